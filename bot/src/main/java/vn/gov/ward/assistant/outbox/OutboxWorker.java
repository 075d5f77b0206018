package vn.gov.ward.assistant.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import vn.gov.ward.assistant.redis.StreamConsumer;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;

/**
 * Sends one channel's outbox messages: reads the channel's stream as a member of the "senders"
 * consumer group (so each message goes to one instance, and one a dead worker left is taken over),
 * honours the channel's rate limit, retries passing failures on the configured schedule and stops
 * at permanent ones. A message already in a final state is never sent again.
 */
final class OutboxWorker implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    private static final Duration BLOCK = Duration.ofMillis(500);

    private final ChannelSender sender;
    private final Outbox outbox;
    private final StringRedisTemplate redis;
    private final OutboxProperties properties;
    private final Clock clock;
    private final RateLimiter rateLimiter;
    private final StreamConsumer stream;
    private volatile boolean running = true;

    OutboxWorker(ChannelSender sender, Outbox outbox, StringRedisTemplate redis, OutboxProperties properties, Clock clock) {
        this.sender = sender;
        this.outbox = outbox;
        this.redis = redis;
        this.properties = properties;
        this.clock = clock;
        // One permit every 1/rate seconds rather than rate permits a second: no burst of twice the rate across a second's edge.
        Duration spacing = Duration.ofNanos(Math.max(1, Math.round(1e9 / sender.ratePerSecond())));
        this.rateLimiter = RateLimiter.of("outbox-" + sender.channel(), RateLimiterConfig.custom()
                .limitForPeriod(1).limitRefreshPeriod(spacing).timeoutDuration(Duration.ofSeconds(30)).build());
        this.stream = new StreamConsumer(redis, OutboxKeys.stream(sender.channel()), Outbox.GROUP, properties.claimIdle(),
                entry -> attempt((String) entry.get("id")));
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        while (running) {
            try {
                drain(BLOCK);
            } catch (RuntimeException e) {
                if (!running) return;
                log.warn("Outbox worker for {} hit {}; going on in a second", sender.channel(), e.toString());
                sleep(Duration.ofSeconds(1));
            }
        }
    }

    /** One pass: due retries back into the stream, then what the stream holds (waiting up to {@code block}). */
    void drain(Duration block) {
        releaseDueRetries();
        stream.poll(block);
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
        if (!rateLimiter.acquirePermission()) {
            scheduleRetry(id, now.plusSeconds(1));
            return;
        }
        int attempts = outbox.recordAttempt(id);
        Delivery delivery;
        try {
            delivery = sender.send(message);
        } catch (RuntimeException e) {
            delivery = new Delivery.Retry(e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        }
        if (delivery instanceof Delivery.Sent sent) {
            outbox.setStatus(id, Outbox.Status.SENT, null, sent.providerId());
            if (sent.providerId() != null) outbox.rememberProvider(sender.channel(), sent.providerId(), id);
        } else if (delivery instanceof Delivery.Retry retry) {
            List<Duration> delays = properties.retryDelays();
            if (attempts > delays.size()) {
                outbox.setStatus(id, Outbox.Status.FAILED, "gave up after " + attempts + " tries: " + retry.reason(), null);
                log.warn("Outbox message {} on {} failed after {} tries", id, sender.channel(), attempts);
            } else {
                Duration wait = retry.after() != null ? retry.after() : delays.get(attempts - 1);
                outbox.setStatus(id, Outbox.Status.RETRYING, retry.reason(), null);
                scheduleRetry(id, now.plus(wait));
            }
        } else if (delivery instanceof Delivery.Failed failed) {
            outbox.setStatus(id, Outbox.Status.FAILED, failed.reason(), null);
            log.warn("Outbox message {} on {} refused: {}", id, sender.channel(), failed.reason());
        } else if (delivery instanceof Delivery.Undeliverable undeliverable) {
            outbox.setStatus(id, Outbox.Status.UNDELIVERABLE, undeliverable.reason(), null);
        }
    }

    private void scheduleRetry(String id, Instant at) {
        redis.opsForZSet().add(OutboxKeys.retries(sender.channel()), id, at.toEpochMilli());
    }

    /** Moves messages whose wait is over back into the stream; removing first means one instance moves each. */
    private void releaseDueRetries() {
        String retries = OutboxKeys.retries(sender.channel());
        var due = redis.opsForZSet().rangeByScore(retries, Double.NEGATIVE_INFINITY, clock.millis(), 0, 100);
        if (due == null) return;
        for (String id : due) {
            Long removed = redis.opsForZSet().remove(retries, id);
            if (removed != null && removed == 1) {
                redis.opsForStream().add(OutboxKeys.stream(sender.channel()), Map.of("id", id));
            }
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
