package vn.gov.ward.assistant.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.support.MutableClock;
import vn.gov.ward.assistant.support.RedisForTests;

/** The outbox against a real Redis, with a channel that answers as scripted. */
class OutboxTest {

    static RedisForTests redis;
    MutableClock clock;
    Outbox outbox;
    ScriptedChannel channel;
    OutboxProperties properties;

    @BeforeAll
    static void startRedis() {
        redis = new RedisForTests();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        redis.close();
    }

    @BeforeEach
    void setUp() {
        redis.template().execute((org.springframework.data.redis.core.RedisCallback<Object>) c -> {
            c.serverCommands().flushAll();
            return null;
        });
        clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
        properties = new OutboxProperties(List.of(Duration.ofSeconds(10), Duration.ofMinutes(1)), Duration.ZERO, Duration.ofDays(30), true);
        outbox = new Outbox(redis.template(), JsonMapper.builder().build(), properties, clock);
        channel = new ScriptedChannel();
    }

    OutboxWorker worker() {
        return new OutboxWorker(channel, outbox, redis.template(), properties, clock);
    }

    String enqueue(String key) {
        return outbox.enqueue("test", "user-1", key, "Xin chào Ông/Bà", List.of(), null, null);
    }

    @Test
    void theSameLogicalMessageIsQueuedAndSentOnce() {
        String id = enqueue("reply:1");
        assertThat(enqueue("reply:1")).isEqualTo(id);
        OutboxWorker worker = worker();
        worker.drain(Duration.ZERO);
        worker.drain(Duration.ZERO);
        assertThat(channel.sent).hasSize(1);
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(Outbox.Status.SENT);
        assertThat(outbox.find(id).orElseThrow().providerId()).isEqualTo("p-1");
    }

    @Test
    void passingFailuresAreRetriedOnScheduleThenSent() {
        channel.script(new Delivery.Retry("503", null), new Delivery.Retry("timeout", null));
        String id = enqueue("reply:2");
        OutboxWorker worker = worker();
        worker.drain(Duration.ZERO);
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(Outbox.Status.RETRYING);
        worker.drain(Duration.ZERO);
        assertThat(channel.attempts).as("not before its time").isEqualTo(1);
        clock.advance(Duration.ofSeconds(11));
        worker.drain(Duration.ZERO);
        worker.drain(Duration.ZERO);
        assertThat(channel.attempts).isEqualTo(2);
        clock.advance(Duration.ofMinutes(2));
        worker.drain(Duration.ZERO);
        worker.drain(Duration.ZERO);
        Outbox.Tracked tracked = outbox.find(id).orElseThrow();
        assertThat(tracked.status()).isEqualTo(Outbox.Status.SENT);
        assertThat(tracked.attempts()).isEqualTo(3);
        assertThat(channel.sent).hasSize(1);
    }

    @Test
    void aChannelsOwnWaitIsHonoured() {
        channel.script(new Delivery.Retry("429", Duration.ofSeconds(30)));
        String id = enqueue("reply:3");
        OutboxWorker worker = worker();
        worker.drain(Duration.ZERO);
        clock.advance(Duration.ofSeconds(11));
        worker.drain(Duration.ZERO);
        worker.drain(Duration.ZERO);
        assertThat(channel.attempts).isEqualTo(1);
        clock.advance(Duration.ofSeconds(20));
        worker.drain(Duration.ZERO);
        worker.drain(Duration.ZERO);
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(Outbox.Status.SENT);
    }

    @Test
    void permanentRefusalsStopAndAreShownToAdmins() {
        channel.script(new Delivery.Failed("-201 bad parameter"));
        String id = enqueue("reply:4");
        OutboxWorker worker = worker();
        worker.drain(Duration.ZERO);
        clock.advance(Duration.ofHours(1));
        worker.drain(Duration.ZERO);
        assertThat(channel.attempts).isEqualTo(1);
        assertThat(outbox.failed(10)).extracting(t -> t.message().id()).containsExactly(id);
        assertThat(outbox.failed(10).get(0).lastError()).contains("-201");
    }

    @Test
    void afterTheLastRetryTheMessageFails() {
        channel.script(new Delivery.Retry("503", null), new Delivery.Retry("503", null), new Delivery.Retry("503", null));
        String id = enqueue("reply:5");
        OutboxWorker worker = worker();
        for (int i = 0; i < 6; i++) {
            worker.drain(Duration.ZERO);
            clock.advance(Duration.ofMinutes(5));
            worker.drain(Duration.ZERO);
        }
        assertThat(channel.attempts).isEqualTo(3);
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(Outbox.Status.FAILED);
        assertThat(outbox.find(id).orElseThrow().lastError()).contains("gave up after 3 tries");
    }

    @Test
    void quietHoursWaitForTheirTime() {
        String id = outbox.enqueue("test", "user-1", "notice:1", "Hồ sơ đã có kết quả", List.of(), null,
                clock.instant().plus(Duration.ofHours(8)));
        OutboxWorker worker = worker();
        worker.drain(Duration.ZERO);
        worker.drain(Duration.ZERO);
        assertThat(channel.attempts).isZero();
        clock.advance(Duration.ofHours(8));
        worker.drain(Duration.ZERO);
        worker.drain(Duration.ZERO);
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(Outbox.Status.SENT);
    }

    @Test
    void aMessageADeadWorkerTookIsTakenOverAndSentOnce() {
        String id = enqueue("reply:6");
        worker(); // makes the consumer group
        // A worker reads the entry and dies before sending or acknowledging it.
        redis.template().opsForStream().read(Consumer.from(Outbox.GROUP, "dead-instance"), StreamReadOptions.empty().count(10),
                StreamOffset.create(OutboxKeys.stream("test"), ReadOffset.lastConsumed()));
        OutboxWorker survivor = worker();
        survivor.drain(Duration.ZERO);
        survivor.drain(Duration.ZERO);
        assertThat(channel.sent).hasSize(1);
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(Outbox.Status.SENT);
    }

    @Test
    void deliveryReceiptsMarkTheMessage() {
        String id = enqueue("reply:7");
        worker().drain(Duration.ZERO);
        outbox.markDelivered("test", "p-1");
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(Outbox.Status.DELIVERED);
    }

    /** A channel that answers each attempt from a script, then accepts. */
    static final class ScriptedChannel implements ChannelSender {
        final Deque<Delivery> script = new ArrayDeque<>();
        final List<OutboxMessage> sent = new ArrayList<>();
        int attempts;

        void script(Delivery... deliveries) {
            script.addAll(List.of(deliveries));
        }

        @Override
        public String channel() {
            return "test";
        }

        @Override
        public Delivery send(OutboxMessage message) {
            attempts++;
            Delivery next = script.poll();
            if (next != null) return next;
            sent.add(message);
            return new Delivery.Sent("p-" + sent.size());
        }

        @Override
        public double ratePerSecond() {
            return 1000;
        }
    }

}
