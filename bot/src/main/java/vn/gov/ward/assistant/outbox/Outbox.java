package vn.gov.ward.assistant.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * The durable queue every outgoing channel message goes through: written to Redis before any
 * attempt to send it, queued once per idempotency key, sent by {@link OutboxWorker}s, with each
 * message's status kept for admins.
 *
 * <p>Redis: see {@link OutboxKeys}; each lane of a channel's queue is a stream read by the consumer group "senders". Every
 * write that touches more than one key is one script on keys of the channel's slot.
 */
@Service
public class Outbox {

    static final String GROUP = "senders";
    // The idempotency key, the message, its place in the retention index and in the queue, in one step: a crash
    // cannot leave a key that names a message nobody will send.
    private static final RedisScript<String> ENQUEUE = RedisScript.of("""
            local existing = redis.call('GET', KEYS[1])
            if existing then return existing end
            redis.call('SET', KEYS[1], ARGV[1])
            redis.call('HSET', KEYS[2], 'message', ARGV[2], 'status', 'QUEUED', 'attempts', '0', 'updatedAt', ARGV[3],
                       'idempotencyKey', ARGV[4])
            redis.call('ZADD', KEYS[4], ARGV[5], ARGV[1])
            redis.call('ZADD', KEYS[5], ARGV[6], ARGV[1])
            redis.call('XADD', KEYS[3], '*', 'id', ARGV[1])
            return ARGV[1]""", String.class);
    // A status with what goes with it (the failed list, the provider's id, the next try, out of the waiting messages once
    // final), in one step; a message the
    // retention pass removed is not brought back by a late receipt.
    private static final RedisScript<Long> RECORD = RedisScript.of("""
            if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
            redis.call('HSET', KEYS[1], 'status', ARGV[1], 'updatedAt', ARGV[2])
            if ARGV[3] ~= '' then redis.call('HSET', KEYS[1], 'lastError', ARGV[3]) end
            if ARGV[4] ~= '' then
              redis.call('HSET', KEYS[1], 'providerId', ARGV[4])
              redis.call('SET', KEYS[3], ARGV[7])
            end
            if ARGV[5] == '1' then redis.call('ZADD', KEYS[2], ARGV[6], ARGV[7]) end
            if ARGV[8] ~= '' then redis.call('ZADD', KEYS[4], ARGV[8], ARGV[7]) end
            if ARGV[9] == '1' then redis.call('ZREM', KEYS[5], ARGV[7]) end
            return 1""", Long.class);
    // Checked and set in one step, so a worker picking the message up at the same moment sees one or the other.
    private static final RedisScript<Long> CANCEL = RedisScript.of("""
            local status = redis.call('HGET', KEYS[1], 'status')
            if status == 'QUEUED' or status == 'RETRYING' then
              redis.call('HSET', KEYS[1], 'status', ARGV[1], 'updatedAt', ARGV[2])
              redis.call('ZREM', KEYS[2], ARGV[3])
              return 1
            end
            return 0""", Long.class);
    // A failed message queued again, in one step: out of the failed list, its tries counted from zero, back in the queue.
    private static final RedisScript<Long> REPLAY = RedisScript.of("""
            local status = redis.call('HGET', KEYS[1], 'status')
            if status ~= 'FAILED' and status ~= 'UNDELIVERABLE' then return 0 end
            redis.call('HSET', KEYS[1], 'status', 'QUEUED', 'attempts', '0', 'updatedAt', ARGV[2])
            redis.call('ZREM', KEYS[2], ARGV[1])
            redis.call('ZADD', KEYS[4], ARGV[3], ARGV[1])
            redis.call('XADD', KEYS[3], '*', 'id', ARGV[1])
            return 1""", Long.class);
    // A message past its keeping time with the keys that point at it, in one step.
    private static final RedisScript<Long> REMOVE = RedisScript.of("""
            redis.call('DEL', KEYS[1])
            if redis.call('GET', KEYS[2]) == ARGV[1] then redis.call('DEL', KEYS[2]) end
            if redis.call('GET', KEYS[3]) == ARGV[1] then redis.call('DEL', KEYS[3]) end
            redis.call('ZREM', KEYS[4], ARGV[1])
            redis.call('ZREM', KEYS[6], ARGV[1])
            return redis.call('ZREM', KEYS[5], ARGV[1])""", Long.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final Clock clock;
    private final OutboxMeters meters;
    private final int lanes;

    Outbox(StringRedisTemplate redis, JsonMapper json, Clock clock, MeterRegistry meters, OutboxProperties properties) {
        this.redis = redis;
        this.json = json;
        this.clock = clock;
        this.meters = new OutboxMeters(meters);
        this.lanes = properties.lanes();
    }

    /**
     * Queues a message unless one with the same idempotency key was queued before on the channel.
     *
     * @return the id of the message queued now or before
     */
    public String enqueue(String channel, String recipient, String idempotencyKey, String text,
                          List<OutboxMessage.Button> buttons, OutboxMessage.Fallback fallback, Instant notBefore) {
        return enqueue(channel, recipient, idempotencyKey, text, buttons, fallback, notBefore, null);
    }

    /**
     * Queues the new text of a message sent before ({@code replaces}, its outbox id), once per idempotency key:
     * the channel rewrites it in place, or sends it as a new message when the earlier one never went out.
     *
     * @return the id of this message queued now or before
     */
    public String replace(String channel, String recipient, String idempotencyKey, String text, List<OutboxMessage.Button> buttons,
                          String replaces) {
        return enqueue(channel, recipient, idempotencyKey, text, buttons, null, null, replaces);
    }

    private String enqueue(String channel, String recipient, String idempotencyKey, String text, List<OutboxMessage.Button> buttons,
                           OutboxMessage.Fallback fallback, Instant notBefore, String replaces) {
        String id = channel + "-" + UUID.randomUUID().toString().replace("-", "");
        OutboxMessage message = new OutboxMessage(id, channel, recipient, idempotencyKey, text, buttons, fallback, notBefore, replaces);
        Instant now = clock.instant();
        Instant due = notBefore != null && notBefore.isAfter(now) ? notBefore : now;
        String queued = redis.execute(ENQUEUE, List.of(OutboxKeys.idempotency(channel, idempotencyKey), OutboxKeys.message(channel, id),
                OutboxKeys.stream(channel, lane(recipient)), OutboxKeys.queuedAt(channel), OutboxKeys.waiting(channel)),
                id, json.writeValueAsString(message), now.toString(), idempotencyKey, Long.toString(now.toEpochMilli()),
                Long.toString(due.toEpochMilli()));
        if (id.equals(queued)) meters.count(channel, OutboxMeters.Event.QUEUED);
        return queued;
    }

    /** Where an outbox message is. CANCELLED: withdrawn before it was sent (a reminder whose dossier closed). */
    public enum Status {
        QUEUED, RETRYING, SENT, DELIVERED, FAILED, UNDELIVERABLE, CANCELLED;

        boolean isFinal() {
            return this != QUEUED && this != RETRYING;
        }
    }

    /** A message and where it is. */
    public record Tracked(OutboxMessage message, Outbox.Status status, int attempts, String lastError, String providerId,
                          Instant updatedAt) {
    }

    public Optional<Tracked> find(String id) {
        String channel = channelOf(id);
        if (channel == null) return Optional.empty();
        Map<Object, Object> hash = redis.opsForHash().entries(OutboxKeys.message(channel, id));
        if (hash.isEmpty()) return Optional.empty();
        return Optional.of(new Tracked(json.readValue((String) hash.get("message"), OutboxMessage.class),
                Outbox.Status.valueOf((String) hash.get("status")), Integer.parseInt((String) hash.getOrDefault("attempts", "0")),
                (String) hash.get("lastError"), (String) hash.get("providerId"), Instant.parse((String) hash.get("updatedAt"))));
    }

    /** The latest failed or undeliverable messages of every channel, newest first, for admins. */
    public List<Tracked> failed(int limit) {
        record Failure(String id, double at) {
        }
        List<Failure> failures = new ArrayList<>();
        var channels = redis.opsForSet().members(OutboxKeys.CHANNELS);
        for (String channel : channels == null ? List.<String>of() : channels) {
            var latest = redis.opsForZSet().reverseRangeWithScores(OutboxKeys.failed(channel), 0, limit - 1L);
            if (latest != null) latest.forEach(t -> failures.add(new Failure(t.getValue(), t.getScore() == null ? 0 : t.getScore())));
        }
        failures.sort(Comparator.comparingDouble(Failure::at).reversed());
        List<Tracked> result = new ArrayList<>();
        failures.stream().limit(limit).forEach(f -> find(f.id()).ifPresent(result::add));
        return result;
    }

    /** How many messages failed for good or were undeliverable in [from, to). */
    public long failedBetween(Instant from, Instant to) {
        long failed = 0;
        var channels = redis.opsForSet().members(OutboxKeys.CHANNELS);
        for (String channel : channels == null ? List.<String>of() : channels) {
            Long count = redis.opsForZSet().count(OutboxKeys.failed(channel), from.toEpochMilli(), to.toEpochMilli() - 1);
            failed += count == null ? 0 : count;
        }
        return failed;
    }

    /**
     * Forgets every channel's failed-list entries older than {@code cutoff} (the retention pass); the workers remove
     * the messages themselves after {@code outbox.keep-for}.
     *
     * @return how many entries were removed
     */
    public long forgetFailedBefore(Instant cutoff) {
        long removed = 0;
        var channels = redis.opsForSet().members(OutboxKeys.CHANNELS);
        for (String channel : channels == null ? List.<String>of() : channels) {
            Long gone = redis.opsForZSet().removeRangeByScore(OutboxKeys.failed(channel), Double.NEGATIVE_INFINITY, cutoff.toEpochMilli() - 1);
            removed += gone == null ? 0 : gone;
        }
        return removed;
    }

    /**
     * Withdraws a message not sent yet (queued or waiting for a retry or for quiet hours to end).
     *
     * @return whether it was withdrawn; false when it was already sent or final
     */
    public boolean cancel(String id) {
        String channel = channelOf(id);
        if (channel == null) return false;
        Long cancelled = redis.execute(CANCEL, List.of(OutboxKeys.message(channel, id), OutboxKeys.waiting(channel)),
                Outbox.Status.CANCELLED.name(), clock.instant().toString(), id);
        return cancelled != null && cancelled == 1;
    }

    /**
     * Queues a failed or undeliverable message again, for an admin who has fixed the cause (a blocked user, a
     * template): it gets the whole retry schedule again, and a split message goes on from the first part not sent.
     *
     * @return whether it was queued; false when there is no such message or it has not failed
     */
    public boolean replay(String id) {
        Optional<Tracked> tracked = find(id);
        if (tracked.isEmpty()) return false;
        String channel = channelOf(id);
        Long replayed = redis.execute(REPLAY, List.of(OutboxKeys.message(channel, id), OutboxKeys.failed(channel),
                        OutboxKeys.stream(channel, lane(tracked.get().message().recipient())), OutboxKeys.waiting(channel)),
                id, clock.instant().toString(), Long.toString(clock.millis()));
        return replayed != null && replayed == 1;
    }

    /** A delivery receipt from the channel (Zalo's user_received_message). */
    public void markDelivered(String channel, String providerId) {
        String id = redis.opsForValue().get(OutboxKeys.provider(channel, providerId));
        if (id != null) record(id, 0, Outbox.Status.DELIVERED, null, null, null);
    }

    /** The lane of a recipient's messages: the same on every instance (String's hash is fixed), so they leave in order. */
    int lane(String recipient) {
        return recipient == null ? 0 : Math.floorMod(recipient.hashCode(), lanes);
    }

    /** The channel a message id names, or null for an id that is not one of ours. */
    static String channelOf(String id) {
        int dash = id == null ? -1 : id.indexOf('-');
        return dash <= 0 ? null : id.substring(0, dash);
    }

    /**
     * Records where a message is, with what goes with it in the same step.
     *
     * @param lane       the lane a retry goes back to (the one the message was sent from); any without {@code retryAt}
     * @param providerId the channel's id of the sent message, kept for delivery receipts, or null
     * @param retryAt    when to try again, or null
     */
    void record(String id, int lane, Outbox.Status status, String error, String providerId, Instant retryAt) {
        String channel = channelOf(id);
        Instant now = clock.instant();
        boolean failed = status == Outbox.Status.FAILED || status == Outbox.Status.UNDELIVERABLE;
        if (failed) redis.opsForSet().add(OutboxKeys.CHANNELS, channel); // where admins look for failures
        redis.execute(RECORD, List.of(OutboxKeys.message(channel, id), OutboxKeys.failed(channel),
                        OutboxKeys.provider(channel, providerId == null ? "" : providerId), OutboxKeys.retries(channel, lane),
                        OutboxKeys.waiting(channel)),
                status.name(), now.toString(), error == null ? "" : error, providerId == null ? "" : providerId, failed ? "1" : "0",
                Long.toString(now.toEpochMilli()), id, retryAt == null ? "" : Long.toString(retryAt.toEpochMilli()),
                status.isFinal() ? "1" : "0");
    }

    /** The channel's messages due and not sent yet, and how long the oldest of them has waited. */
    OutboxMeters.Waiting waiting(String channel) {
        long now = clock.millis();
        Long count = redis.opsForZSet().count(OutboxKeys.waiting(channel), Double.NEGATIVE_INFINITY, now);
        var oldest = redis.opsForZSet().rangeByScoreWithScores(OutboxKeys.waiting(channel), Double.NEGATIVE_INFINITY, now, 0, 1);
        Double since = oldest == null || oldest.isEmpty() ? null : oldest.iterator().next().getScore();
        return new OutboxMeters.Waiting(count == null ? 0 : count, since == null ? Duration.ZERO : Duration.ofMillis(now - since.longValue()));
    }

    OutboxMeters meters() {
        return meters;
    }

    /**
     * Removes the channel's messages queued before {@code before}, with their keys, up to {@code max} of them.
     *
     * @return how many were removed
     */
    int removeQueuedBefore(String channel, Instant before, int max) {
        var old = redis.opsForZSet().rangeByScore(OutboxKeys.queuedAt(channel), Double.NEGATIVE_INFINITY, before.toEpochMilli(), 0, max);
        if (old == null) return 0;
        for (String id : old) {
            List<Object> keys = redis.opsForHash().multiGet(OutboxKeys.message(channel, id), List.of("idempotencyKey", "providerId"));
            String key = keys.get(0) == null ? "" : (String) keys.get(0);
            String provider = keys.get(1) == null ? "" : (String) keys.get(1);
            redis.execute(REMOVE, List.of(OutboxKeys.message(channel, id), OutboxKeys.idempotency(channel, key),
                    OutboxKeys.provider(channel, provider), OutboxKeys.queuedAt(channel), OutboxKeys.failed(channel),
                    OutboxKeys.waiting(channel)), id);
        }
        return old.size();
    }
}
