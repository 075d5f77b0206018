package vn.gov.ward.assistant.outbox;

import java.time.Duration;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * How many parts of a split outbox message a channel has sent, so that a retry after a failure
 * part-way goes on from the first part not yet sent instead of repeating the ones the person has.
 */
public final class PartsSent {

    private static final Duration KEEP = Duration.ofDays(2);

    private final StringRedisTemplate redis;
    private final String channel;

    public PartsSent(StringRedisTemplate redis, String channel) {
        this.redis = redis;
        this.channel = channel;
    }

    public int of(String messageId) {
        String done = redis.opsForValue().get(key(messageId));
        return done == null ? 0 : Integer.parseInt(done);
    }

    public void record(String messageId, int count) {
        redis.opsForValue().set(key(messageId), Integer.toString(count), KEEP);
    }

    private String key(String messageId) {
        return channel + ":progress:{" + messageId + "}";
    }
}
