package vn.gov.ward.assistant.reminder;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

import vn.gov.ward.assistant.dossier.Dossier;

/**
 * "Đã nhận" on a reminder: the officer has it in hand, so no more due-soon reminders for that
 * appointment (overdue ones still come). A new appointment date (after a supplement) starts afresh.
 */
@Service
class ReminderAcks {

    private final StringRedisTemplate redis;
    private final PendingReminders pending;

    ReminderAcks(StringRedisTemplate redis, PendingReminders pending) {
        this.redis = redis;
        this.pending = pending;
    }

    void acknowledge(Dossier dossier) {
        redis.opsForValue().set(ReminderKeys.acknowledged(dossier.code()), appointment(dossier.appointmentAt()), ReminderKeys.ACKNOWLEDGEMENT_KEPT);
        pending.cancel(dossier.code(), ReminderKind.DUE_SOON);
    }

    /** The codes of those dossiers acknowledged for their current appointment, in one read. */
    Set<String> acknowledged(Collection<Dossier> dossiers) {
        if (dossiers.isEmpty()) return Set.of();
        List<Dossier> ordered = List.copyOf(dossiers);
        List<String> stored = redis.opsForValue().multiGet(ordered.stream().map(d -> ReminderKeys.acknowledged(d.code())).toList());
        Set<String> acknowledged = new HashSet<>();
        for (int i = 0; i < ordered.size(); i++) {
            Dossier d = ordered.get(i);
            if (stored != null && Objects.equals(stored.get(i), appointment(d.appointmentAt()))) acknowledged.add(d.code());
        }
        return acknowledged;
    }

    private static String appointment(Instant t) {
        return Long.toString(t.toEpochMilli());
    }
}
