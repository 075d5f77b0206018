package vn.gov.ward.assistant.redis;

import java.time.Duration;

import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Redis's round trip as the assistant sees it: a PING every {@code assistant.redis.ping-every} (15 s) timed as
 * {@code redis.ping} (outcome {@code success} or {@code error}). A timer per command would cost every command
 * (Boot 4 measures Lettuce's commands only through the observation the assistant leaves off, application.yml);
 * one PING on the same connection says what a command waits for.
 */
@Component
class RedisLatency {

    private final StringRedisTemplate redis;
    private final Timer success;
    private final Timer error;

    RedisLatency(StringRedisTemplate redis, MeterRegistry meters) {
        this.redis = redis;
        this.success = timer(meters, "success");
        this.error = timer(meters, "error");
    }

    private static Timer timer(MeterRegistry meters, String outcome) {
        return Timer.builder("redis.ping").description("Round trip of a PING to Redis").tag("outcome", outcome)
                .serviceLevelObjectives(Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10),
                        Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofSeconds(1))
                .register(meters);
    }

    @Scheduled(fixedDelayString = "${assistant.redis.ping-every:15s}", initialDelayString = "${assistant.redis.ping-every:15s}")
    void ping() {
        long start = System.nanoTime();
        try {
            redis.execute((RedisCallback<String>) connection -> connection.ping());
            success.record(Duration.ofNanos(System.nanoTime() - start));
        } catch (DataAccessException e) {
            // Readiness says Redis is away; the failed PING is timed up to the command timeout.
            error.record(Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
