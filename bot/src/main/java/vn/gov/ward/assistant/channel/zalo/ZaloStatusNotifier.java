package vn.gov.ward.assistant.channel.zalo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.channel.zalo.api.ZaloProperties;
import vn.gov.ward.assistant.conversation.NotificationPreferences;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.dossier.DossierStatusChanged;
import vn.gov.ward.assistant.outbox.Outbox;
import vn.gov.ward.assistant.outbox.OutboxMessage;

/**
 * Tells a citizen tied to a dossier (a Zalo user id) when it needs something from them or has an
 * outcome, when the documents they supplied were accepted (with the new appointment date), and when it
 * has gone past its appointment (with the office's apology). Each notice is queued once (its idempotency
 * key is the dossier, the status and the time), waits out quiet hours, and falls back to a ZNS template by
 * phone when the chat window is closed: "late" for a late dossier when that template is configured,
 * "status-update" otherwise. "Dừng thông báo" stops them.
 */
class ZaloStatusNotifier {

    static final Set<DossierStatus> NOTIFIED = EnumSet.of(DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.AWAITING_PAYMENT,
            DossierStatus.RESULT_READY, DossierStatus.REJECTED);
    static final String LATE_TEMPLATE = "late";
    private static final String STATUS_TEMPLATE = "status-update";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] WEEKDAYS = {"thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"};

    private final Outbox outbox;
    private final DossierService dossiers;
    private final NotificationPreferences preferences;
    private final WorkingCalendar calendar;
    private final ZaloProperties properties;
    private final StringRedisTemplate redis;
    private final Clock clock;

    ZaloStatusNotifier(Outbox outbox, DossierService dossiers, NotificationPreferences preferences,
                       WorkingCalendar calendar, ZaloProperties properties, StringRedisTemplate redis, Clock clock) {
        this.outbox = outbox;
        this.dossiers = dossiers;
        this.preferences = preferences;
        this.calendar = calendar;
        this.properties = properties;
        this.redis = redis;
        this.clock = clock;
    }

    @EventListener
    void statusChanged(DossierStatusChanged change) {
        Dossier d = change.dossier();
        Dossier.StatusChange last = d.history().get(d.history().size() - 1);
        String key = "zalo-status:" + d.code() + ":" + d.status() + ":" + last.at().toEpochMilli();
        String procedure = dossiers.procedure(d.procedureCode()).name();
        if (change.previous() == DossierStatus.SUPPLEMENT_REQUESTED && !d.status().isClosed() && !d.status().pausesTheClock()) {
            // The clock runs again: the appointment has moved by the time it stood still.
            notify(d, key, "Hồ sơ " + d.code() + " (" + procedure + "): đã nhận đủ giấy tờ bổ sung, hồ sơ được giải quyết tiếp.\n"
                    + "Ngày hẹn trả mới: " + day(d.appointmentAt()) + ".", STATUS_TEMPLATE);
            return;
        }
        if (!NOTIFIED.contains(d.status())) return;
        String text = "Hồ sơ " + d.code() + " (" + procedure + "): " + d.status().label() + ".\n"
                + d.status().nextStep() + (last.note() == null || last.note().isBlank() ? "" : "\nGhi chú của cán bộ: " + last.note());
        notify(d, key, text, STATUS_TEMPLATE);
    }

    /** Dossiers whose appointment passed since the last look: the citizen hears it is late, once. */
    @Scheduled(fixedDelayString = "${zalo.late-scan-every:PT5M}", initialDelayString = "PT1M")
    void lateDossiers() {
        Instant now = clock.instant();
        String last = redis.opsForValue().get(ZaloKeys.LATE_SCAN);
        Instant since = last == null ? now.minusSeconds(86_400) : Instant.parse(last);
        for (Dossier d : dossiers.openDueBetween(since, now)) {
            notify(d, "zalo-late:" + d.code() + ":" + d.appointmentAt().toEpochMilli(),
                    "Hồ sơ " + d.code() + " (" + dossiers.procedure(d.procedureCode()).name() + ") đã quá ngày hẹn trả ("
                            + day(d.appointmentAt()) + "). Phường thành thật xin lỗi Ông/Bà. Cơ quan giải quyết sẽ gửi Ông/Bà văn bản "
                            + "xin lỗi và hẹn lại ngày trả kết quả. Ông/Bà có thể gửi mã hồ sơ để xem tình trạng mới nhất.",
                    properties.zns().template(LATE_TEMPLATE).isPresent() ? LATE_TEMPLATE : STATUS_TEMPLATE);
        }
        redis.opsForValue().set(ZaloKeys.LATE_SCAN, now.toString());
    }

    /** @param template the ZNS template's purpose when the chat window is closed */
    private void notify(Dossier d, String idempotencyKey, String text, String template) {
        String user = d.applicant().zaloUserId();
        if (user == null || preferences.optedOut("zalo:" + user)) return;
        ZonedDateTime now = clock.instant().atZone(calendar.zone());
        Instant notBefore = calendar.quietHours().isQuiet(now) ? calendar.quietHours().nextAllowed(now).toInstant() : null;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", d.code());
        fields.put("status", template.equals(LATE_TEMPLATE) ? "Quá hạn hẹn trả" : d.status().label());
        fields.put("procedure", dossiers.procedure(d.procedureCode()).name());
        fields.put("appointment", DAY.format(d.appointmentAt().atZone(calendar.zone())));
        outbox.enqueue(ZaloInbox.CHANNEL, user, idempotencyKey, text, List.of(),
                new OutboxMessage.Fallback(template, d.applicant().phone(), fields), notBefore);
    }

    /** "thứ Hai, 23/03/2026". */
    private String day(Instant t) {
        ZonedDateTime local = t.atZone(calendar.zone());
        return WEEKDAYS[local.getDayOfWeek().getValue() - 1] + ", " + DAY.format(local);
    }
}
