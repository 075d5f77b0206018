package vn.gov.ward.assistant.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * The durable queue every outgoing channel message goes through: written to Redis before any
 * attempt to send it, queued once per idempotency key, sent by {@link OutboxWorker}s, with each
 * message's status kept for admins.
 *
 * <p>Redis: see {@link OutboxKeys}; each channel's stream is read by the consumer group "senders".
 */
@Service
public class Outbox {

    static final String GROUP = "senders";
    // Checked and set in one step, so a worker picking the message up at the same moment sees one or the other.
    private static final RedisScript<Long> CANCEL = RedisScript.of("""
            local status = redis.call('HGET', KEYS[1], 'status')
            if status == 'QUEUED' or status == 'RETRYING' then
              redis.call('HSET', KEYS[1], 'status', ARGV[1], 'updatedAt', ARGV[2])
              return 1
            end
            return 0""", Long.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final OutboxProperties properties;
    private final Clock clock;

    public Outbox(StringRedisTemplate redis, JsonMapper json, OutboxProperties properties, Clock clock) {
        this.redis = redis;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Queues a message unless one with the same idempotency key was queued before.
     *
     * @return the id of the message queued now or before
     */
    public String enqueue(String channel, String recipient, String idempotencyKey, String text,
                          List<OutboxMessage.Button> buttons, OutboxMessage.Fallback fallback, Instant notBefore) {
        String id = UUID.randomUUID().toString();
        Boolean first = redis.opsForValue().setIfAbsent(OutboxKeys.idempotency(idempotencyKey), id, properties.keepFor());
        if (!Boolean.TRUE.equals(first)) return redis.opsForValue().get(OutboxKeys.idempotency(idempotencyKey));
        OutboxMessage message = new OutboxMessage(id, channel, recipient, idempotencyKey, text, buttons, fallback, notBefore);
        Map<String, String> record = new HashMap<>();
        record.put("message", json.writeValueAsString(message));
        record.put("status", Outbox.Status.QUEUED.name());
        record.put("attempts", "0");
        record.put("updatedAt", clock.instant().toString());
        redis.opsForHash().putAll(OutboxKeys.message(id), record);
        redis.expire(OutboxKeys.message(id), properties.keepFor());
        MapRecord<String, String, String> entry = StreamRecords.newRecord().in(OutboxKeys.stream(channel)).ofMap(Map.of("id", id));
        redis.opsForStream().add(entry);
        return id;
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
        Map<Object, Object> hash = redis.opsForHash().entries(OutboxKeys.message(id));
        if (hash.isEmpty()) return Optional.empty();
        return Optional.of(new Tracked(json.readValue((String) hash.get("message"), OutboxMessage.class),
                Outbox.Status.valueOf((String) hash.get("status")), Integer.parseInt((String) hash.getOrDefault("attempts", "0")),
                (String) hash.get("lastError"), (String) hash.get("providerId"), Instant.parse((String) hash.get("updatedAt"))));
    }

    /** The latest failed or undeliverable messages, newest first, for admins. */
    public List<Tracked> failed(int limit) {
        List<Tracked> result = new ArrayList<>();
        var ids = redis.opsForZSet().reverseRange(OutboxKeys.FAILED, 0, limit - 1L);
        if (ids != null) ids.forEach(id -> find(id).ifPresent(result::add));
        return result;
    }

    /** How many messages failed for good or were undeliverable in [from, to). */
    public long failedBetween(Instant from, Instant to) {
        Long count = redis.opsForZSet().count(OutboxKeys.FAILED, from.toEpochMilli(), to.toEpochMilli() - 1);
        return count == null ? 0 : count;
    }

    /**
     * Withdraws a message not sent yet (queued or waiting for a retry or for quiet hours to end).
     *
     * @return whether it was withdrawn; false when it was already sent or final
     */
    public boolean cancel(String id) {
        Long cancelled = redis.execute(CANCEL, List.of(OutboxKeys.message(id)), Outbox.Status.CANCELLED.name(), clock.instant().toString());
        return cancelled != null && cancelled == 1;
    }

    /** A delivery receipt from the channel (Zalo's user_received_message). */
    public void markDelivered(String channel, String providerId) {
        String id = redis.opsForValue().get(OutboxKeys.provider(channel, providerId));
        if (id != null) setStatus(id, Outbox.Status.DELIVERED, null, null);
    }

    void setStatus(String id, Outbox.Status status, String error, String providerId) {
        Map<String, String> fields = new HashMap<>();
        fields.put("status", status.name());
        fields.put("updatedAt", clock.instant().toString());
        if (error != null) fields.put("lastError", error);
        if (providerId != null) fields.put("providerId", providerId);
        redis.opsForHash().putAll(OutboxKeys.message(id), fields);
        if (status == Outbox.Status.FAILED || status == Outbox.Status.UNDELIVERABLE) {
            redis.opsForZSet().add(OutboxKeys.FAILED, id, clock.millis());
        }
    }

    void rememberProvider(String channel, String providerId, String id) {
        redis.opsForValue().set(OutboxKeys.provider(channel, providerId), id, properties.keepFor());
    }

    int recordAttempt(String id) {
        Long attempts = redis.opsForHash().increment(OutboxKeys.message(id), "attempts", 1);
        return attempts == null ? 0 : attempts.intValue();
    }
}
