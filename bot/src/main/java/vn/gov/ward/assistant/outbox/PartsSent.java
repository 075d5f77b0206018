package vn.gov.ward.assistant.outbox;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * How many parts of a split outbox message a channel has sent, so that a retry after a failure
 * part-way goes on from the first part not yet sent instead of repeating the ones the person has.
 * Kept in the message's own hash: it goes when the message goes.
 */
public final class PartsSent {

    private static final String FIELD = "partsSent";

    private final StringRedisTemplate redis;
    private final String channel;

    public PartsSent(StringRedisTemplate redis, String channel) {
        this.redis = redis;
        this.channel = channel;
    }

    public int of(String messageId) {
        Object done = redis.opsForHash().get(OutboxKeys.message(channel, messageId), FIELD);
        return done == null ? 0 : Integer.parseInt((String) done);
    }

    public void record(String messageId, int count) {
        redis.opsForHash().put(OutboxKeys.message(channel, messageId), FIELD, Integer.toString(count));
    }
}
