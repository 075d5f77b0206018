package vn.gov.ward.assistant.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

import vn.gov.ward.assistant.dossier.Dossier;

/**
 * "Đã nhận" on a reminder: the officer has it in hand, so no more due-soon reminders for that
 * appointment (overdue ones still come). A new appointment date (after a supplement) starts afresh.
 */
@Service
public class ReminderAcks {

    private static final Duration KEEP = Duration.ofDays(90);

    private final StringRedisTemplate redis;
    private final PendingReminders pending;

    ReminderAcks(StringRedisTemplate redis, PendingReminders pending) {
        this.redis = redis;
        this.pending = pending;
    }

    public void acknowledge(Dossier dossier) {
        redis.opsForValue().set(key(dossier.code()), appointment(dossier.appointmentAt()), KEEP);
        pending.cancel(dossier.code(), ReminderKind.DUE_SOON);
    }

    public boolean acknowledged(Dossier dossier) {
        return Objects.equals(redis.opsForValue().get(key(dossier.code())), appointment(dossier.appointmentAt()));
    }

    private static String appointment(Instant t) {
        return Long.toString(t.toEpochMilli());
    }

    private static String key(String code) {
        return "reminders:ack:{" + code + "}";
    }
}
