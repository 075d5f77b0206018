package vn.gov.ward.assistant.support;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;
import org.springframework.data.redis.connection.DataType;
import org.springframework.data.redis.connection.stream.StreamInfo;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Waits until the assistant has done all it was given: every stream a consumer group reads (the Zalo inbox, the
 * dossier effects, each channel's outbox) read to its end and every entry acknowledged, and no outbox message due
 * again within {@link #HORIZON}. A test that something did not happen asserts it after this, not after a pause:
 * whatever the test set off has then come out, and a retry due soon is waited for, where a pause of a few seconds
 * only hoped for both (and made every such test that much slower).
 */
public class Settled {

    /** A message waiting longer than this (quiet hours, Telegram's Retry-After, the production back-off) is not waited for. */
    static final Duration HORIZON = Duration.ofSeconds(3);
    private static final Duration AT_MOST = Duration.ofSeconds(20);

    private final StringRedisTemplate redis;
    private final Clock clock;

    /** In a test context through {@code @AssistantTest}; made by hand for instances a test starts itself (TwoInstancesTest). */
    public Settled(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    /**
     * Returns once two readings in a row find everything done and the streams unchanged between them (a handler
     * that adds to a stream already read, then acknowledges its own entry, is caught by the second reading).
     */
    public void await() {
        AtomicReference<List<String>> previous = new AtomicReference<>();
        Awaitility.await().pollInterval(Duration.ofMillis(50)).atMost(AT_MOST).until(() -> {
            List<String> now = pending();
            boolean settled = now != null && now.equals(previous.get());
            previous.set(now);
            return settled;
        });
    }

    /** Each stream's last id where nothing is left to do; null while something is. */
    private List<String> pending() {
        List<String> streams = new ArrayList<>();
        for (String key : keys(DataType.STREAM, "*")) {
            StreamInfo.XInfoStream stream = redis.opsForStream().info(key);
            for (StreamInfo.XInfoGroup group : redis.opsForStream().groups(key)) {
                if (group.pendingCount() > 0 || !group.lastDeliveredId().equals(stream.lastGeneratedId())) return null;
            }
            streams.add(key + "@" + stream.lastGeneratedId());
        }
        double dueSoon = clock.instant().plus(HORIZON).toEpochMilli();
        for (String retries : keys(DataType.ZSET, "outbox:*:retry")) {
            Long due = redis.opsForZSet().count(retries, Double.NEGATIVE_INFINITY, dueSoon);
            if (due != null && due > 0) return null;
        }
        streams.sort(null);
        return streams;
    }

    private List<String> keys(DataType type, String pattern) {
        List<String> keys = new ArrayList<>();
        try (Cursor<String> cursor = redis.scan(ScanOptions.scanOptions().type(type).match(pattern).count(1000).build())) {
            cursor.forEachRemaining(keys::add);
        }
        return keys;
    }
}
