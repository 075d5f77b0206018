package vn.gov.ward.assistant.outbox;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * How many parts of a split outbox message a channel has sent, so that a retry after a failure
 * part-way goes on from the first part not yet sent instead of repeating the ones the person has.
 */
public final class PartsSent {

    private final StringRedisTemplate redis;
    private final String channel;

    public PartsSent(StringRedisTemplate redis, String channel) {
        this.redis = redis;
        this.channel = channel;
    }

    public int of(String messageId) {
        String done = redis.opsForValue().get(OutboxKeys.partsSent(channel, messageId));
        return done == null ? 0 : Integer.parseInt(done);
    }

    public void record(String messageId, int count) {
        redis.opsForValue().set(OutboxKeys.partsSent(channel, messageId), Integer.toString(count), OutboxKeys.PARTS_SENT_KEPT);
    }
}
