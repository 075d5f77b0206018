package vn.gov.ward.assistant.reminder;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.dossier.DossierStatusChanged;
import vn.gov.ward.assistant.outbox.Outbox;
import vn.gov.ward.assistant.redis.Expiring;

/**
 * The reminders queued for each dossier ({@link ReminderKeys#pending}: outbox id → kind), so they
 * can be withdrawn while they wait (quiet hours, retries) once they no longer apply: the dossier
 * closed or has its result, or its clock stopped for a supplement, or the officer acknowledged it.
 */
@Component
class PendingReminders {

    private final StringRedisTemplate redis;
    private final Outbox outbox;

    PendingReminders(StringRedisTemplate redis, Outbox outbox) {
        this.redis = redis;
        this.outbox = outbox;
    }

    void queued(String dossierCode, String outboxId, ReminderKind kind) {
        Expiring.hashPut(redis, ReminderKeys.pending(dossierCode), Map.of(outboxId, kind.name()), ReminderKeys.PENDING_KEPT);
    }

    /** Withdraws the dossier's waiting reminders of the given kind, or of every kind when null. */
    void cancel(String dossierCode, ReminderKind kind) {
        Map<Object, Object> pending = redis.opsForHash().entries(ReminderKeys.pending(dossierCode));
        pending.forEach((id, k) -> {
            if (kind == null || kind.name().equals(k)) {
                outbox.cancel((String) id);
                redis.opsForHash().delete(ReminderKeys.pending(dossierCode), id);
            }
        });
    }

    @EventListener
    void statusChanged(DossierStatusChanged change) {
        DossierStatus status = change.dossier().status();
        if (status.isClosed() || status.pausesTheClock() || status == DossierStatus.RESULT_READY) {
            cancel(change.dossier().code(), null);
        }
    }
}
