package vn.gov.ward.assistant.outbox;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;

/**
 * Sends one channel's outbox messages: reads the channel's stream as a member of the "senders"
 * consumer group (so each message goes to one instance), honours the channel's rate limit, retries
 * passing failures on the configured schedule, stops at permanent ones, and takes over messages a
 * dead worker left pending. A message already in a final state is never sent again.
 */
final class OutboxWorker implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    private static final int BATCH = 20;
    private static final Duration BLOCK = Duration.ofMillis(500);

    private final ChannelSender sender;
    private final Outbox outbox;
    private final StringRedisTemplate redis;
    private final OutboxProperties properties;
    private final Clock clock;
    private final RateLimiter rateLimiter;
    private final String consumer;
    private volatile boolean running = true;

    OutboxWorker(ChannelSender sender, Outbox outbox, StringRedisTemplate redis, OutboxProperties properties, Clock clock) {
        this.sender = sender;
        this.outbox = outbox;
        this.redis = redis;
        this.properties = properties;
        this.clock = clock;
        int perSecond = Math.max(1, (int) Math.round(sender.ratePerSecond()));
        this.rateLimiter = RateLimiter.of("outbox-" + sender.channel(), RateLimiterConfig.custom()
                .limitForPeriod(perSecond).limitRefreshPeriod(Duration.ofSeconds(1)).timeoutDuration(Duration.ofSeconds(30)).build());
        this.consumer = hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
        ensureGroup();
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        String stream = Outbox.streamKey(sender.channel());
        while (running) {
            try {
                releaseDueRetries();
                claimAbandoned();
                List<MapRecord<String, Object, Object>> records = redis.opsForStream().read(Consumer.from(Outbox.GROUP, consumer),
                        StreamReadOptions.empty().count(BATCH).block(BLOCK), StreamOffset.create(stream, ReadOffset.lastConsumed()));
                if (records != null) records.forEach(this::handle);
            } catch (RuntimeException e) {
                if (!running) return;
                log.warn("Outbox worker for {} hit {}; going on in a second", sender.channel(), e.toString());
                sleep(Duration.ofSeconds(1));
            }
        }
    }

    /** Runs one pass without blocking: for tests that drive time themselves. */
    void drainOnce() {
        releaseDueRetries();
        claimAbandoned();
        List<MapRecord<String, Object, Object>> records = redis.opsForStream().read(Consumer.from(Outbox.GROUP, consumer),
                StreamReadOptions.empty().count(BATCH), StreamOffset.create(Outbox.streamKey(sender.channel()), ReadOffset.lastConsumed()));
        if (records != null) records.forEach(this::handle);
    }

    private void handle(MapRecord<String, Object, Object> record) {
        String id = (String) record.getValue().get("id");
        try {
            if (id != null) attempt(id);
        } finally {
            redis.opsForStream().acknowledge(Outbox.streamKey(sender.channel()), Outbox.GROUP, record.getId());
            redis.opsForStream().delete(Outbox.streamKey(sender.channel()), record.getId());
        }
    }

    private void attempt(String id) {
        Optional<Outbox.Tracked> tracked = outbox.find(id);
        if (tracked.isEmpty() || tracked.get().status().isFinal()) return;
        OutboxMessage message = tracked.get().message();
        Instant now = clock.instant();
        if (message.notBefore() != null && message.notBefore().isAfter(now)) {
            scheduleRetry(id, message.notBefore());
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
            outbox.setStatus(id, OutboxStatus.SENT, null, sent.providerId());
            if (sent.providerId() != null) outbox.rememberProvider(sender.channel(), sent.providerId(), id);
        } else if (delivery instanceof Delivery.Retry retry) {
            List<Duration> delays = properties.retryDelays();
            if (attempts > delays.size()) {
                outbox.setStatus(id, OutboxStatus.FAILED, "gave up after " + attempts + " tries: " + retry.reason(), null);
                log.warn("Outbox message {} on {} failed after {} tries", id, sender.channel(), attempts);
            } else {
                Duration wait = retry.after() != null ? retry.after() : delays.get(attempts - 1);
                outbox.setStatus(id, OutboxStatus.RETRYING, retry.reason(), null);
                scheduleRetry(id, now.plus(wait));
            }
        } else if (delivery instanceof Delivery.Failed failed) {
            outbox.setStatus(id, OutboxStatus.FAILED, failed.reason(), null);
            log.warn("Outbox message {} on {} refused: {}", id, sender.channel(), failed.reason());
        } else if (delivery instanceof Delivery.Undeliverable undeliverable) {
            outbox.setStatus(id, OutboxStatus.UNDELIVERABLE, undeliverable.reason(), null);
        }
    }

    private void scheduleRetry(String id, Instant at) {
        redis.opsForZSet().add(Outbox.retryKey(sender.channel()), id, at.toEpochMilli());
    }

    /** Moves messages whose wait is over back into the stream; removing first means one instance moves each. */
    private void releaseDueRetries() {
        String retries = Outbox.retryKey(sender.channel());
        var due = redis.opsForZSet().rangeByScore(retries, Double.NEGATIVE_INFINITY, clock.millis(), 0, 100);
        if (due == null) return;
        for (String id : due) {
            Long removed = redis.opsForZSet().remove(retries, id);
            if (removed != null && removed == 1) {
                redis.opsForStream().add(Outbox.streamKey(sender.channel()), Map.of("id", id));
            }
        }
    }

    /** Takes over entries another consumer read but never acknowledged (it died mid-send). */
    private void claimAbandoned() {
        String stream = Outbox.streamKey(sender.channel());
        var pending = redis.opsForStream().pending(stream, Outbox.GROUP, Range.unbounded(), BATCH);
        if (pending == null) return;
        pending.forEach(p -> {
            if (p.getElapsedTimeSinceLastDelivery().compareTo(properties.claimIdle()) < 0 || p.getConsumerName().equals(consumer)) return;
            List<MapRecord<String, Object, Object>> claimed = redis.opsForStream().claim(stream, Outbox.GROUP, consumer,
                    properties.claimIdle(), p.getId());
            claimed.forEach(this::handle);
        });
    }

    private void ensureGroup() {
        String stream = Outbox.streamKey(sender.channel());
        try {
            redis.opsForStream().createGroup(stream, ReadOffset.from("0"), Outbox.GROUP);
        } catch (RedisSystemException e) {
            // BUSYGROUP: the group exists already (another instance or an earlier run made it).
            if (!String.valueOf(e.getMostSpecificCause().getMessage()).contains("BUSYGROUP")) throw e;
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "instance";
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
