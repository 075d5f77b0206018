package vn.gov.ward.assistant.outbox;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;

/**
 * The outbox for Prometheus: {@code outbox.messages} by {@code channel} and {@code event} (queued, sent, retried,
 * failed, undeliverable, dead-lettered), and per channel the messages due and not sent yet ({@code outbox.waiting})
 * and how long the oldest of them has waited ({@code outbox.oldest.waiting}, seconds), read from Redis at each scrape.
 */
final class OutboxMeters {

    enum Event { QUEUED, SENT, RETRIED, FAILED, UNDELIVERABLE, DEAD_LETTERED }

    private final MeterRegistry meters;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    OutboxMeters(MeterRegistry meters) {
        this.meters = meters;
    }

    void count(String channel, Event event) {
        counters.computeIfAbsent(channel + "/" + event, k -> Counter.builder("outbox.messages")
                .description("Outbox messages by what happened to them").tag("channel", channel)
                .tag("event", event.name().toLowerCase(Locale.ROOT).replace('_', '-')).register(meters)).increment();
    }

    /** The gauges of one channel's waiting messages; {@code NaN} while Redis cannot say. */
    void watchWaiting(String channel, Outbox outbox) {
        Gauge.builder("outbox.waiting", outbox, readOrNaN(o -> o.waiting(channel).count()))
                .description("Outbox messages due and not sent yet").tag("channel", channel).register(meters);
        TimeGauge.builder("outbox.oldest.waiting", outbox, TimeUnit.MILLISECONDS,
                        readOrNaN(o -> o.waiting(channel).oldest().toMillis()))
                .description("How long the oldest outbox message due and not sent yet has waited").tag("channel", channel).register(meters);
    }

    private static ToDoubleFunction<Outbox> readOrNaN(ToDoubleFunction<Outbox> read) {
        return outbox -> {
            try {
                return read.applyAsDouble(outbox);
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        };
    }

    /** Messages due and not sent yet, and the wait of the oldest ({@link Duration#ZERO} when none waits). */
    record Waiting(long count, Duration oldest) {
    }
}
