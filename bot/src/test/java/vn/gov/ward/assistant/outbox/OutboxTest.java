package vn.gov.ward.assistant.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.core.HashOperations;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.support.EmptyRedis;
import vn.gov.ward.assistant.support.MutableClock;

/** The outbox against a real Redis, with a channel that answers as scripted. */
class OutboxTest {

    @RegisterExtension
    static final EmptyRedis redis = new EmptyRedis();
    MutableClock clock;
    Outbox outbox;
    ScriptedChannel channel;
    OutboxProperties properties;
    SimpleMeterRegistry meters;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
        meters = new SimpleMeterRegistry();
        properties = new OutboxProperties(List.of(Duration.ofSeconds(10), Duration.ofMinutes(1)), Duration.ZERO, Duration.ofDays(30), true, 3, 1);
        outbox = new Outbox(redis.template(), JsonMapper.builder().build(), clock, meters, properties);
        channel = new ScriptedChannel();
    }

    OutboxWorker worker() {
        return new OutboxWorker(channel, 0, outbox, redis.template(), properties, clock);
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
    void theMetersCountWhatHappensAndHowLongTheOldestDueMessageHasWaited() {
        channel.script(new Delivery.Retry("503", null));
        enqueue("reply:m1");
        enqueue("reply:m1");
        outbox.enqueue("test", "user-1", "notice:m2", "Sau giờ yên lặng", List.of(), null, clock.instant().plus(Duration.ofHours(8)));
        outbox.meters().watchWaiting("test", outbox);
        OutboxWorker worker = worker();
        worker.drain(Duration.ZERO);
        clock.advance(Duration.ofSeconds(11));

        assertThat(counted("queued")).as("once per idempotency key").isEqualTo(2);
        assertThat(counted("retried")).isEqualTo(1);
        assertThat(meters.get("outbox.waiting").tag("channel", "test").gauge().value()).as("not the one waiting for its hour").isEqualTo(1);
        assertThat(meters.get("outbox.oldest.waiting").tag("channel", "test").timeGauge().value(TimeUnit.SECONDS)).isEqualTo(11);

        worker.drain(Duration.ZERO);
        worker.drain(Duration.ZERO);
        assertThat(counted("sent")).isEqualTo(1);
        assertThat(meters.get("outbox.waiting").tag("channel", "test").gauge().value()).isZero();
        assertThat(meters.get("outbox.oldest.waiting").tag("channel", "test").timeGauge().value(TimeUnit.SECONDS)).isZero();
        clock.advance(Duration.ofHours(8));
        assertThat(meters.get("outbox.waiting").tag("channel", "test").gauge().value()).as("due now").isEqualTo(1);
    }

    private double counted(String event) {
        return meters.get("outbox.messages").tag("channel", "test").tag("event", event).counter().count();
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
    void aFailedMessageAnAdminReplaysIsSentOnceWithTheWholeRetryScheduleAndLeavesTheFailedList() {
        channel.script(new Delivery.Retry("503", null), new Delivery.Retry("503", null), new Delivery.Retry("503", null),
                new Delivery.Retry("503", null));
        String id = enqueue("reply:13");
        OutboxWorker worker = worker();
        for (int i = 0; i < 4; i++) {
            worker.drain(Duration.ZERO);
            clock.advance(Duration.ofMinutes(5));
        }
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(Outbox.Status.FAILED);

        assertThat(outbox.replay(id)).isTrue();
        assertThat(outbox.failed(10)).extracting(t -> t.message().id()).doesNotContain(id);
        worker.drain(Duration.ZERO); // the fourth Retry: a try of the new schedule, not a fourth failure
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(Outbox.Status.RETRYING);
        clock.advance(Duration.ofMinutes(5));
        worker.drain(Duration.ZERO);

        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(Outbox.Status.SENT);
        assertThat(channel.sent).extracting(OutboxMessage::id).containsOnlyOnce(id);
        assertThat(outbox.replay(id)).as("a sent message is not sent again").isFalse();
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
        redis.template().opsForStream().createGroup(OutboxKeys.stream("test", 0), ReadOffset.from("0"), Outbox.GROUP);
        // A worker reads the entry and dies before sending or acknowledging it.
        redis.template().opsForStream().read(Consumer.from(Outbox.GROUP, "dead-instance"), StreamReadOptions.empty().count(10),
                StreamOffset.create(OutboxKeys.stream("test", 0), ReadOffset.lastConsumed()));
        OutboxWorker survivor = worker();
        survivor.drain(Duration.ZERO);
        survivor.drain(Duration.ZERO);
        assertThat(channel.sent).hasSize(1);
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(Outbox.Status.SENT);
    }

    @Test
    void aMessageASlowInstanceIsStillSendingIsNotSentAgainByTheInstanceTakingItsEntryOver() throws Exception {
        channel.holdEachSend = new CountDownLatch(1);
        String id = enqueue("reply:13");
        OutboxWorker slow = worker();
        slow.start();
        assertThat(channel.sending.await(10, TimeUnit.SECONDS)).isTrue();
        // Its entry has been pending longer than the claim time (zero here): the other instance takes it over.
        ScriptedChannel otherChannel = new ScriptedChannel();
        OutboxWorker other = new OutboxWorker(otherChannel, 0, outbox, redis.template(), properties, clock);
        other.drain(Duration.ZERO);
        assertThat(otherChannel.sent).as("sent by the instance that took the entry over").isEmpty();

        channel.holdEachSend.countDown();
        slow.stop();
        other.drain(Duration.ZERO);
        other.drain(Duration.ZERO);
        assertThat(channel.sent).hasSize(1);
        assertThat(otherChannel.sent).isEmpty();
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(Outbox.Status.SENT);
        assertThat(redis.template().keys("outbox:{test}:sending:*")).as("no lease left").isEmpty();
    }

    @Test
    void theChannelsRateIsOneForAllInstances() {
        channel.rate = 1.0 / 3600; // one message an hour
        ScriptedChannel otherChannel = new ScriptedChannel();
        otherChannel.rate = channel.rate;
        String first = enqueue("reply:14");
        worker().drain(Duration.ZERO);
        assertThat(channel.sent).hasSize(1);

        String second = enqueue("reply:15");
        new OutboxWorker(otherChannel, 0, outbox, redis.template(), properties, clock).drain(Duration.ZERO);
        assertThat(otherChannel.sent).as("sent by the other instance within the hour").isEmpty();
        assertThat(outbox.find(second).orElseThrow().status()).isEqualTo(Outbox.Status.QUEUED);
        assertThat(outbox.find(first).orElseThrow().status()).isEqualTo(Outbox.Status.SENT);
    }

    @Test
    void deliveryReceiptsMarkTheMessage() {
        String id = enqueue("reply:7");
        worker().drain(Duration.ZERO);
        outbox.markDelivered("test", "p-1");
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(Outbox.Status.DELIVERED);
    }

    @Test
    void aConnectionLostWhileQueueingLeavesNothingHalfWrittenAndTheRetryQueuesTheMessage() {
        // The outbox's Redis goes away after the first command of the call: before, that was the idempotency key alone,
        // and the retry found the key and returned the id of a message that was never written.
        StringRedisTemplate flaky = new StringRedisTemplate(redis.connectionFactory()) {
            boolean lost;

            @Override
            public <K, V> HashOperations<String, K, V> opsForHash() {
                lose();
                return super.opsForHash();
            }

            @Override
            public <T> T execute(RedisScript<T> script, List<String> keys, Object... args) {
                lose();
                return super.execute(script, keys, args);
            }

            private void lose() {
                if (lost) return;
                lost = true;
                throw new RedisConnectionFailureException("connection reset");
            }
        };
        Outbox lossy = new Outbox(flaky, JsonMapper.builder().build(), clock, new SimpleMeterRegistry(), properties);
        assertThatThrownBy(() -> lossy.enqueue("test", "user-1", "reply:8", "Xin chào Ông/Bà", List.of(), null, null))
                .isInstanceOf(RedisConnectionFailureException.class);

        String id = lossy.enqueue("test", "user-1", "reply:8", "Xin chào Ông/Bà", List.of(), null, null);
        worker().drain(Duration.ZERO);

        assertThat(outbox.find(id)).as("the message behind the idempotency key").isPresent();
        assertThat(channel.sent).hasSize(1);
    }

    @Test
    void noOutboxKeyCanBeEvictedAndOldMessagesAreRemovedWithTheirKeysAfterKeepFor() {
        channel.script(new Delivery.Failed("-201 bad parameter"));
        String failed = enqueue("reply:9");
        String sent = enqueue("reply:10");
        OutboxWorker worker = worker();
        worker.drain(Duration.ZERO);
        var keys = redis.template().keys("outbox:*");
        assertThat(keys).isNotEmpty();
        // volatile-lru evicts keys with a lifetime only: a message must have none (the channel's pace may go: it only paces).
        keys.stream().filter(key -> !key.equals(OutboxKeys.pace("test")))
                .forEach(key -> assertThat(redis.template().getExpire(key)).as(key).isEqualTo(-1L));

        clock.advance(Duration.ofDays(31));
        worker.drain(Duration.ZERO);

        assertThat(outbox.find(failed)).isEmpty();
        assertThat(outbox.find(sent)).isEmpty();
        assertThat(outbox.failed(10)).isEmpty();
        assertThat(redis.template().keys("outbox:{test}:key:*")).isEmpty();
        assertThat(redis.template().keys("outbox:{test}:provider:*")).isEmpty();
    }

    @Test
    void anEntryThatBreaksTheWorkerEveryTimeGoesToTheDeadLettersInsteadOfComingBackForever() {
        String id = enqueue("reply:11");
        redis.template().opsForHash().put(OutboxKeys.message("test", id), "message", "{not json");
        OutboxWorker worker = worker();
        for (int i = 0; i < 6; i++) worker.drain(Duration.ZERO);

        var dead = redis.template().opsForStream().range(OutboxKeys.deadLetters("test", 0), Range.unbounded());
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).getValue()).containsEntry("id", id).containsEntry("dead-letter-deliveries", "3");
        assertThat(counted("dead-lettered")).isEqualTo(1);
        assertThat(redis.template().opsForStream().size(OutboxKeys.stream("test", 0))).isZero();
    }

    @Test
    void stoppingWaitsForTheMessageInHandAndItsOutcome() throws Exception {
        channel.holdEachSend = new CountDownLatch(1);
        String id = enqueue("reply:12");
        OutboxWorker worker = worker();
        worker.start();
        assertThat(channel.sending.await(10, TimeUnit.SECONDS)).isTrue();
        Thread release = new Thread(() -> {
            sleep(Duration.ofMillis(300));
            channel.holdEachSend.countDown();
        });
        release.start();

        worker.stop();

        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(Outbox.Status.SENT);
        release.join();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A channel that answers each attempt from a script, then accepts. */
    static final class ScriptedChannel implements ChannelSender {
        final Deque<Delivery> script = new ArrayDeque<>();
        final List<OutboxMessage> sent = new ArrayList<>();
        final CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch holdEachSend;
        double rate = 1000;
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
            sending.countDown();
            if (holdEachSend != null) {
                try {
                    holdEachSend.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            attempts++;
            Delivery next = script.poll();
            if (next != null) return next;
            sent.add(message);
            return new Delivery.Sent("p-" + sent.size());
        }

        @Override
        public double ratePerSecond() {
            return rate;
        }
    }

}
