package vn.gov.ward.assistant.channel.zalo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.conversation.NotificationPreferences;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.dossier.DossierStatusChanged;
import vn.gov.ward.assistant.outbox.Outbox;
import vn.gov.ward.assistant.outbox.OutboxMessage;

/**
 * Tells a citizen tied to a dossier (a Zalo user id) when it needs something from them or has an
 * outcome, and when it has gone past its appointment. Each notice is queued once (its idempotency
 * key is the dossier, the status and the time), waits out quiet hours, and falls back to the
 * "status-update" ZNS template by phone when the chat window is closed. "Dừng thông báo" stops them.
 */
class ZaloStatusNotifier {

    static final Set<DossierStatus> NOTIFIED = EnumSet.of(DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.AWAITING_PAYMENT,
            DossierStatus.RESULT_READY, DossierStatus.REJECTED);

    private final Outbox outbox;
    private final DossierService dossiers;
    private final NotificationPreferences preferences;
    private final WorkingCalendar calendar;
    private final StringRedisTemplate redis;
    private final Clock clock;

    ZaloStatusNotifier(Outbox outbox, DossierService dossiers, NotificationPreferences preferences,
                       WorkingCalendar calendar, StringRedisTemplate redis, Clock clock) {
        this.outbox = outbox;
        this.dossiers = dossiers;
        this.preferences = preferences;
        this.calendar = calendar;
        this.redis = redis;
        this.clock = clock;
    }

    @EventListener
    void statusChanged(DossierStatusChanged change) {
        Dossier d = change.dossier();
        if (!NOTIFIED.contains(d.status())) return;
        Dossier.StatusChange last = d.history().get(d.history().size() - 1);
        String text = "Hồ sơ " + d.code() + " (" + dossiers.procedure(d.procedureCode()).name() + "): " + d.status().label() + ".\n"
                + d.status().nextStep() + (last.note() == null || last.note().isBlank() ? "" : "\nGhi chú của cán bộ: " + last.note());
        notify(d, "zalo-status:" + d.code() + ":" + d.status() + ":" + last.at().toEpochMilli(), text);
    }

    /** Dossiers whose appointment passed since the last look: the citizen hears it is late, once. */
    @Scheduled(fixedDelayString = "${zalo.late-scan-every:PT5M}", initialDelayString = "PT1M")
    void lateDossiers() {
        Instant now = clock.instant();
        String last = redis.opsForValue().get(ZaloKeys.LATE_SCAN);
        Instant since = last == null ? now.minusSeconds(86_400) : Instant.parse(last);
        for (Dossier d : dossiers.openDueBetween(since, now)) {
            notify(d, "zalo-late:" + d.code() + ":" + d.appointmentAt().toEpochMilli(),
                    "Hồ sơ " + d.code() + " (" + dossiers.procedure(d.procedureCode()).name() + ") đã quá ngày hẹn trả. "
                            + "Cơ quan giải quyết sẽ gửi Ông/Bà văn bản xin lỗi và hẹn lại ngày trả kết quả. "
                            + "Ông/Bà có thể gửi mã hồ sơ để xem tình trạng mới nhất.");
        }
        redis.opsForValue().set(ZaloKeys.LATE_SCAN, now.toString());
    }

    private void notify(Dossier d, String idempotencyKey, String text) {
        String user = d.applicant().zaloUserId();
        if (user == null || preferences.optedOut("zalo:" + user)) return;
        ZonedDateTime now = clock.instant().atZone(calendar.zone());
        Instant notBefore = calendar.quietHours().isQuiet(now) ? calendar.quietHours().nextAllowed(now).toInstant() : null;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", d.code());
        fields.put("status", d.status().label());
        fields.put("procedure", dossiers.procedure(d.procedureCode()).name());
        outbox.enqueue(ZaloInbox.CHANNEL, user, idempotencyKey, text, List.of(),
                new OutboxMessage.Fallback("status-update", d.applicant().phone(), fields), notBefore);
    }
}
