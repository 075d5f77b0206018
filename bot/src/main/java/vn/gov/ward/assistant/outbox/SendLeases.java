package vn.gov.ward.assistant.outbox;

import java.time.Duration;
import java.util.List;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * A message taken by one sender for one attempt: an instance slower than the stream's claim time keeps its message
 * while another instance takes the stream entry over, so the two never send it both.
 */
final class SendLeases {

    static final int ALREADY_FINAL = -1;
    static final int BEING_SENT = -2;
    // Whether the message may go, and taken for one sender, in one step: two instances never send it at the same time.
    private static final RedisScript<Long> TAKE = RedisScript.of("""
            local status = redis.call('HGET', KEYS[1], 'status')
            if status ~= 'QUEUED' and status ~= 'RETRYING' then return -1 end
            if not redis.call('SET', KEYS[2], ARGV[1], 'NX', 'PX', ARGV[2]) then return -2 end
            return redis.call('HINCRBY', KEYS[1], 'attempts', 1)""", Long.class);
    private static final RedisScript<Long> RELEASE = RedisScript.of("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0""", Long.class);

    private final StringRedisTemplate redis;

    SendLeases(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /**
     * Takes a message for one attempt by {@code sender} (checked and taken in one step) and counts the attempt.
     *
     * @param lease how long the message stays taken if the sender never says it is done (it died while sending)
     * @return the attempt's number; {@link #ALREADY_FINAL} when it is sent or given up; {@link #BEING_SENT} when another
     *         sender has it (an instance slower than the stream's claim time, whose entry another instance took over)
     */
    int take(String id, String sender, Duration lease) {
        String channel = Outbox.channelOf(id);
        Long attempts = redis.execute(TAKE, List.of(OutboxKeys.message(channel, id), OutboxKeys.sending(channel, id)),
                sender, Long.toString(lease.toMillis()));
        return attempts == null ? ALREADY_FINAL : attempts.intValue();
    }

    /** The attempt {@link #take}n by {@code sender} is over, its outcome recorded. */
    void release(String id, String sender) {
        redis.execute(RELEASE, List.of(OutboxKeys.sending(Outbox.channelOf(id), id)), sender);
    }
}
