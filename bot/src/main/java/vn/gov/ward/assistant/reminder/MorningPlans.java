package vn.gov.ward.assistant.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * What each officer's morning message listed today ({@link ReminderKeys#morning}: one key per officer,
 * written with its lifetime in one command), so the reminders of the rest of the day say only what changed.
 */
@Component
class MorningPlans {

    private final StringRedisTemplate redis;

    MorningPlans(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** What a morning message listed, and when it was made. */
    record Listed(Instant at, Set<String> codes) {

        /**
         * Whether a reminder due at {@code trigger} would repeat the morning message: the dossier was listed, and
         * the reminder was due by the time the message was made, or it is a day ahead or more (the message
         * covered the next working day). A deadline in the next hours later in the day is news.
         */
        boolean folds(String code, Instant trigger, boolean aDayAhead) {
            return codes.contains(code) && (aDayAhead || !trigger.isAfter(at));
        }
    }

    void record(String officerId, LocalDate day, Listed listed) {
        redis.opsForValue().set(ReminderKeys.morning(officerId), day + "\n" + listed.at().toEpochMilli() + "\n" + String.join("\n", listed.codes()),
                ReminderKeys.MORNING_KEPT);
    }

    /** Officer id → what their morning message listed on {@code day}, for those who had one; one read. */
    Map<String, Listed> of(Collection<String> officerIds, LocalDate day) {
        List<String> ids = List.copyOf(officerIds);
        Map<String, Listed> listed = new HashMap<>();
        if (ids.isEmpty()) return listed;
        List<String> stored = redis.opsForValue().multiGet(ids.stream().map(ReminderKeys::morning).toList());
        for (int i = 0; stored != null && i < ids.size(); i++) {
            String value = stored.get(i);
            if (value == null) continue;
            String[] parts = value.split("\n");
            if (!parts[0].equals(day.toString())) continue;
            listed.put(ids.get(i), new Listed(Instant.ofEpochMilli(Long.parseLong(parts[1])), Set.copyOf(Arrays.asList(parts).subList(2, parts.length))));
        }
        return listed;
    }
}
