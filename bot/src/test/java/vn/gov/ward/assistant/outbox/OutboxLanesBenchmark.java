package vn.gov.ward.assistant.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.data.redis.autoconfigure.DataRedisProperties;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.redis.StreamProperties;
import vn.gov.ward.assistant.support.RedisForTests;

/**
 * How fast one channel's outbox empties on each number of lanes ({@code outbox.lanes}) when a send takes as long as
 * a platform's HTTP call: a {@code main}, not run by {@code mvn verify} (see BENCHMARKS.md, "Outbox lanes").
 * {@code bench.messages} messages (400) to {@code bench.recipients} recipients (100) are queued on an embedded Redis,
 * then the outbox's own workers send them through a channel that answers after {@code bench.sendMs} ms (100);
 * {@code bench.lanes} (1,2,4,8) are run one after the other, each on an emptied Redis.
 */
public final class OutboxLanesBenchmark {

    private OutboxLanesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int messages = Integer.getInteger("bench.messages", 400);
        int recipients = Integer.getInteger("bench.recipients", 100);
        long sendMs = Long.getLong("bench.sendMs", 100);
        List<Integer> layouts = Arrays.stream(System.getProperty("bench.lanes", "1,2,4,8").split(",")).map(Integer::valueOf).toList();
        Clock clock = Clock.systemUTC();
        System.out.printf("%d messages to %d recipients, each send %d ms%n lanes  seconds  messages/s%n", messages, recipients, sendMs);
        try (RedisForTests redis = new RedisForTests()) {
            for (int lanes : layouts) {
                redis.flush();
                OutboxProperties properties = new OutboxProperties(List.of(Duration.ofSeconds(10)), Duration.ofSeconds(60), Duration.ofDays(30),
                        true, 5, lanes);
                Outbox outbox = new Outbox(redis.template(), JsonMapper.builder().build(), clock, new SimpleMeterRegistry(), properties);
                for (int i = 0; i < messages; i++) {
                    outbox.enqueue("bench", "user-" + i % recipients, "bench:" + i, "Xin chào Ông/Bà", List.of(), null, null);
                }
                SlowChannel channel = new SlowChannel(sendMs);
                OutboxWorkers workers = new OutboxWorkers(List.of(channel), outbox, redis.template(), properties,
                        new StreamProperties(Duration.ofSeconds(60), 5, Duration.ofSeconds(5)), clock, new DataRedisProperties());
                long start = System.nanoTime();
                workers.start();
                while (channel.sent.get() < messages) Thread.sleep(5);
                double seconds = (System.nanoTime() - start) / 1e9;
                workers.stop();
                System.out.printf("%6d %8.2f %11.1f%n", lanes, seconds, messages / seconds);
            }
        }
    }

    /** A platform that takes {@code sendMs} to answer each send, from any number of threads. */
    private static final class SlowChannel implements ChannelSender {
        final AtomicInteger sent = new AtomicInteger();
        private final long sendMs;

        SlowChannel(long sendMs) {
            this.sendMs = sendMs;
        }

        @Override
        public String channel() {
            return "bench";
        }

        @Override
        public Delivery send(OutboxMessage message) {
            try {
                Thread.sleep(sendMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Delivery.Sent("p-" + sent.incrementAndGet());
        }

        @Override
        public double ratePerSecond() {
            return 100_000;
        }
    }
}
