package vn.gov.ward.assistant.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import vn.gov.ward.assistant.redis.RedisOutage;
import vn.gov.ward.assistant.redis.StreamConsumer;


/**
 * Sends one lane of a channel's outbox messages: reads the lane's stream as a member of the "senders"
 * consumer group (so each message goes to one instance, and one a dead worker left is taken over),
 * honours the channel's rate limit (shared by all instances), retries passing failures on the configured schedule and stops
 * at permanent ones. A message already in a final state is never sent again; the outcome of a message
 * sent is recorded even if Redis is away at that moment (the worker waits for it), so it is not sent twice.
 */
final class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    private static final Duration RETENTION_EVERY = Duration.ofHours(1);
    private static final Duration PERMIT_WAIT = Duration.ofSeconds(30);
    // The channel's pace across all instances (its platform's limit is the OA's or the bot's, not an instance's): one
    // permit every ARGV[1] µs of Redis's own time, rather than rate permits a second (no burst of twice the rate across a
    // second's edge). Returns 0 with the permit taken, or the µs until the next one.
    private static final RedisScript<Long> PACE = RedisScript.of("""
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
            local next = tonumber(redis.call('GET', KEYS[1]) or '0')
            if next > now then return math.ceil(next - now) end
            redis.call('SET', KEYS[1], string.format('%.0f', now + tonumber(ARGV[1])), 'PX', math.ceil(tonumber(ARGV[1]) / 1000) + 1000)
            return 0""", Long.class);
    /** Longer than any send takes (a Zalo call gives up after 30 s, a token refresh waits up to 30 s for its lock). */
    static final Duration SENDING_LEASE = Duration.ofMinutes(2);
    // Taken out of the waiting set and put back in the queue in one step: one instance moves each, none is lost between.
    private static final RedisScript<Long> RELEASE_DUE = RedisScript.of("""
            local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[2])
            for _, id in ipairs(due) do
              redis.call('ZREM', KEYS[1], id)
              redis.call('XADD', KEYS[2], '*', 'id', id)
            end
            return #due""", Long.class);

    private final ChannelSender sender;
    private final Outbox outbox;
    private final SendLeases leases;
    private final StringRedisTemplate redis;
    private final OutboxProperties properties;
    private final Clock clock;
    private final String spacingMicros;
    private final int lane;
    private final StreamConsumer stream;
    private final String name = "sender-" + UUID.randomUUID();
    private volatile boolean running = true;
    private Instant nextRetentionPass = Instant.MIN;

    OutboxWorker(ChannelSender sender, int lane, Outbox outbox, StringRedisTemplate redis, OutboxProperties properties, Clock clock) {
        this.sender = sender;
        this.outbox = outbox;
        this.leases = new SendLeases(redis);
        this.redis = redis;
        this.properties = properties;
        this.clock = clock;
        this.lane = lane;
        this.spacingMicros = Long.toString(Math.max(1, Math.round(1e6 / sender.ratePerSecond())));
        this.stream = new StreamConsumer(redis, OutboxKeys.stream(sender.channel(), lane), OutboxKeys.deadLetters(sender.channel(), lane),
                Outbox.GROUP, properties.claimIdle(), properties.maxDeliveries(), entry -> attempt((String) entry.get("id")))
                .whenDeadLettered(() -> outbox.meters().count(sender.channel(), OutboxMeters.Event.DEAD_LETTERED));
    }

    /** Waits at most this long between tries while Redis is away ({@code streams.longest-back-off}). */
    OutboxWorker backingOffUpTo(Duration longest) {
        stream.backingOffUpTo(longest);
        return this;
    }

    /** Sends on a thread of its own until {@link #stop}. */
    void start() {
        running = true;
        stream.start("outbox-" + sender.channel() + "-" + lane, this::housekeeping);
    }

    /** Stops after the message in hand, its outcome recorded. */
    void stop() {
        running = false;
        stream.stop();
    }

    /** One pass: the lane's due retries back into its stream, then what the stream holds (waiting up to {@code block}). */
    void drain(Duration block) {
        housekeeping();
        stream.poll(block);
    }

    private void housekeeping() {
        redis.execute(RELEASE_DUE, List.of(OutboxKeys.retries(sender.channel(), lane), OutboxKeys.stream(sender.channel(), lane)),
                Long.toString(clock.millis()), "100");
        Instant now = clock.instant();
        if (lane != 0 || now.isBefore(nextRetentionPass)) return; // the channel's retention pass: one lane's job
        int removed = outbox.removeQueuedBefore(sender.channel(), now.minus(properties.keepFor()), 1000);
        if (removed > 0) log.info("Outbox of {}: {} messages older than {} removed", sender.channel(), removed, properties.keepFor());
        nextRetentionPass = removed == 1000 ? now : now.plus(RETENTION_EVERY);
    }

    private void attempt(String id) {
        if (id == null) return;
        Optional<Outbox.Tracked> tracked = outbox.find(id);
        if (tracked.isEmpty() || tracked.get().status().isFinal()) return;
        OutboxMessage message = tracked.get().message();
        Instant now = clock.instant();
        if (message.notBefore() != null && message.notBefore().isAfter(now)) {
            scheduleRetry(id, message.notBefore());
            return;
        }
        Duration pace = sender.waitBeforeSending(message);
        if (!pace.isZero() && !pace.isNegative()) {
            scheduleRetry(id, now.plus(pace));
            return;
        }
        if (!awaitPermit()) {
            scheduleRetry(id, now.plusSeconds(1));
            return;
        }
        int attempts = leases.take(id, name, SENDING_LEASE);
        if (attempts == SendLeases.ALREADY_FINAL) return;
        if (attempts == SendLeases.BEING_SENT) {
            // Its sender is slow, not dead: look again later; by then it is sent, or its lease has ended and it goes from here.
            scheduleRetry(id, now.plus(properties.claimIdle()));
            return;
        }
        Delivery delivery;
        try {
            delivery = sender.send(message);
        } catch (RuntimeException e) {
            delivery = new Delivery.Retry(e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        }
        Delivery outcome = delivery;
        // Sent is sent: the outcome waits for Redis rather than leave the message to be sent again.
        if (!RedisOutage.untilDone(() -> {
            recordOutcome(id, outcome, attempts, now);
            leases.release(id, name);
        }, () -> running)) {
            log.warn("Outbox message {} on {}: its outcome could not be recorded before the worker stopped", id, sender.channel());
        }
    }

    private void recordOutcome(String id, Delivery delivery, int attempts, Instant now) {
        if (delivery instanceof Delivery.Sent sent) {
            outbox.record(id, lane, Outbox.Status.SENT, null, sent.providerId(), null);
            count(OutboxMeters.Event.SENT);
        } else if (delivery instanceof Delivery.Retry retry) {
            List<Duration> delays = properties.retryDelays();
            if (attempts > delays.size()) {
                outbox.record(id, lane, Outbox.Status.FAILED, "gave up after " + attempts + " tries: " + retry.reason(), null, null);
                count(OutboxMeters.Event.FAILED);
                log.warn("Outbox message {} on {} failed after {} tries", id, sender.channel(), attempts);
            } else {
                Duration wait = retry.after() != null ? retry.after() : delays.get(attempts - 1);
                outbox.record(id, lane, Outbox.Status.RETRYING, retry.reason(), null, now.plus(wait));
                count(OutboxMeters.Event.RETRIED);
            }
        } else if (delivery instanceof Delivery.Failed failed) {
            outbox.record(id, lane, Outbox.Status.FAILED, failed.reason(), null, null);
            count(OutboxMeters.Event.FAILED);
            log.warn("Outbox message {} on {} refused: {}", id, sender.channel(), failed.reason());
        } else if (delivery instanceof Delivery.Undeliverable undeliverable) {
            outbox.record(id, lane, Outbox.Status.UNDELIVERABLE, undeliverable.reason(), null, null);
            count(OutboxMeters.Event.UNDELIVERABLE);
        }
    }

    private void count(OutboxMeters.Event event) {
        outbox.meters().count(sender.channel(), event);
    }

    /** Waits for the channel's next permit, shared by every instance, up to {@link #PERMIT_WAIT}. @return whether it came */
    private boolean awaitPermit() {
        long deadline = System.nanoTime() + PERMIT_WAIT.toNanos();
        while (running) {
            Long waitMicros = redis.execute(PACE, List.of(OutboxKeys.pace(sender.channel())), spacingMicros);
            if (waitMicros == null || waitMicros <= 0) return true;
            if (System.nanoTime() + waitMicros * 1000 > deadline) return false;
            LockSupport.parkNanos(waitMicros * 1000);
        }
        return false;
    }

    private void scheduleRetry(String id, Instant at) {
        redis.opsForZSet().add(OutboxKeys.retries(sender.channel(), lane), id, at.toEpochMilli());
    }
}
