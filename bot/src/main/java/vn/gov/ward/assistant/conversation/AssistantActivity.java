package vn.gov.ward.assistant.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import vn.gov.ward.assistant.calendar.WorkingCalendar;

/**
 * What the assistant did with the questions it was asked, counted per day in the ward's time zone
 * ({@link ConversationKeys#activity}): the search's decisions where the search step takes them, and the
 * conversations handed to an officer. The console's dashboard shows them as the assistant's health; each is
 * counted for Prometheus too, as {@code assistant.questions} by {@code decision} (answered, clarified, …).
 */
@Component
public class AssistantActivity {

    /** How long a day's counts are kept: a year of them, and a month more. */
    static final Duration KEPT = Duration.ofDays(400);
    // Counted and given its lifetime in one step.
    private static final RedisScript<Long> COUNT = RedisScript.of("""
            local n = redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            return n""", Long.class);

    public enum Kind { ANSWERED, CLARIFIED, REFERRED, DECLINED, HANDED_OFF }

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final ZoneId zone;
    private final Map<Kind, Counter> questions = new EnumMap<>(Kind.class);

    AssistantActivity(StringRedisTemplate redis, Clock clock, WorkingCalendar calendar, MeterRegistry meters) {
        this.redis = redis;
        this.clock = clock;
        this.zone = calendar.zone();
        for (Kind kind : Kind.values()) {
            questions.put(kind, Counter.builder("assistant.questions").description("Questions by what the assistant did with them")
                    .tag("decision", kind.name().toLowerCase(Locale.ROOT)).register(meters));
        }
    }

    public void record(Kind kind) {
        questions.get(kind).increment();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        redis.execute(COUNT, List.of(ConversationKeys.activity(today)), kind.name(), Long.toString(KEPT.toMillis()));
    }

    /** The counts of the days from {@code first} to {@code last}, both included (one pipelined read). */
    public Map<Kind, Long> between(LocalDate first, LocalDate last) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) days.add(d);
        List<Object> hashes = redis.executePipelined(new SessionCallback<Object>() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object execute(RedisOperations ops) {
                days.forEach(day -> ops.opsForHash().entries(ConversationKeys.activity(day)));
                return null;
            }
        });
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) counts.put(kind, 0L);
        for (Object hash : hashes) {
            if (!(hash instanceof Map<?, ?> fields)) continue;
            fields.forEach((kind, n) -> counts.merge(Kind.valueOf(kind.toString()), Long.parseLong(n.toString()), Long::sum));
        }
        return counts;
    }
}
