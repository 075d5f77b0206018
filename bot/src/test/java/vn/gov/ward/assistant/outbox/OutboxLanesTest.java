package vn.gov.ward.assistant.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.data.redis.autoconfigure.DataRedisProperties;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.redis.StreamProperties;
import vn.gov.ward.assistant.support.EmptyRedis;
import vn.gov.ward.assistant.support.MutableClock;

/** A channel's outbox on several lanes ({@code outbox.lanes}): each recipient in order, recipients in parallel. */
class OutboxLanesTest {

    static final int LANES = 4;
    @RegisterExtension
    static final EmptyRedis redis = new EmptyRedis();
    MutableClock clock;
    List<OutboxWorkers> running = new ArrayList<>();

    @BeforeEach
    void setUp() {
        clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
    }

    @AfterEach
    void stopWorkers() {
        running.forEach(OutboxWorkers::stop);
    }

    static OutboxProperties properties(int lanes) {
        return new OutboxProperties(List.of(Duration.ofSeconds(10)), Duration.ofSeconds(30), Duration.ofDays(30), true, 3, lanes);
    }

    Outbox outbox(int lanes) {
        return new Outbox(redis.template(), JsonMapper.builder().build(), clock, new SimpleMeterRegistry(), properties(lanes));
    }

    /** One instance's worker threads, one a lane. */
    void startWorkers(Outbox outbox, ChannelSender channel, int lanes) {
        OutboxWorkers workers = new OutboxWorkers(List.of(channel), outbox, redis.template(), properties(lanes),
                new StreamProperties(Duration.ofSeconds(60), 5, Duration.ofSeconds(5)), clock, new DataRedisProperties());
        running.add(workers);
        workers.start();
    }

    /** Recipients ("user-n") of {@code count} different lanes, the first on lane {@code from}. */
    static List<String> recipientsOnLanes(Outbox outbox, int from, int count) {
        List<String> recipients = new ArrayList<>();
        for (int n = 0; recipients.size() < count && n < 1000; n++) {
            String recipient = "user-" + n;
            int lane = outbox.lane(recipient);
            if (lane == (from + recipients.size()) % LANES) recipients.add(recipient);
        }
        assertThat(recipients).as("recipients of %s lanes from lane %s", count, from).hasSize(count);
        return recipients;
    }

    static String queue(Outbox outbox, String recipient, String text) {
        return outbox.enqueue("test", recipient, "reply:" + recipient + ":" + text, text, List.of(), null, null);
    }

    @Test
    void aSlowRecipientHoldsUpOnlyItsOwnLaneAndEachRecipientsPartsLeaveInOrder() throws Exception {
        Outbox outbox = outbox(LANES);
        List<String> recipients = recipientsOnLanes(outbox, 0, 2);
        String slow = recipients.get(0);
        String other = recipients.get(1);
        CountDownLatch otherDone = new CountDownLatch(1);
        RecordingChannel channel = new RecordingChannel(message -> {
            // The slow recipient's first part waits until the other recipient's answer has gone: on one thread it never would.
            if (message.text().equals("slow 1")) {
                try {
                    return otherDone.await(10, TimeUnit.SECONDS) ? "after the other" : "alone";
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (message.text().equals("other 3")) otherDone.countDown();
            return "";
        });
        for (int part = 1; part <= 3; part++) queue(outbox, slow, "slow " + part);
        for (int part = 1; part <= 3; part++) queue(outbox, other, "other " + part);

        startWorkers(outbox, channel, LANES);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> channel.sent.size() == 6);
        assertThat(channel.notes).as("the other recipient's answer went while the slow one's first part was being sent")
                .containsEntry("slow 1", "after the other");
        assertThat(channel.textsTo(slow)).containsExactly("slow 1", "slow 2", "slow 3");
        assertThat(channel.textsTo(other)).containsExactly("other 1", "other 2", "other 3");
    }

    @Test
    void manyRecipientsOnAllLanesEachGetTheirMessagesInTheOrderTheyWereQueued() {
        Outbox outbox = outbox(LANES);
        // Uneven send times, so that messages going through parallel threads would pass each other.
        RecordingChannel channel = new RecordingChannel(message -> {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(ThreadLocalRandom.current().nextInt(3)));
            return "";
        });
        List<String> recipients = IntStream.range(0, 12).mapToObj(n -> "user-" + n).toList();
        for (int part = 1; part <= 8; part++) {
            for (String recipient : recipients) queue(outbox, recipient, "part " + part);
        }
        assertThat(recipients.stream().map(outbox::lane).distinct()).as("the recipients use every lane").hasSize(LANES);

        startWorkers(outbox, channel, LANES);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> channel.sent.size() == 12 * 8);
        List<String> inOrder = IntStream.rangeClosed(1, 8).mapToObj(part -> "part " + part).toList();
        for (String recipient : recipients) assertThat(channel.textsTo(recipient)).as(recipient).isEqualTo(inOrder);
    }

    @Test
    void aRetryGoesBackToTheLaneItWasSentFromAndEveryLaneCountsAsWaiting() {
        Outbox outbox = outbox(LANES);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OutboxMeters watched = new OutboxMeters(meters);
        watched.watchWaiting("test", outbox);
        List<String> recipients = recipientsOnLanes(outbox, 1, 2);
        RecordingChannel channel = new RecordingChannel(message -> "");
        channel.failFirst.add("first try fails");
        String retried = queue(outbox, recipients.get(0), "first try fails");
        queue(outbox, recipients.get(1), "on lane 2");
        assertThat(meters.get("outbox.waiting").tag("channel", "test").gauge().value()).as("both lanes").isEqualTo(2);

        OutboxWorker lane1 = new OutboxWorker(channel, 1, outbox, redis.template(), properties(LANES), clock);
        OutboxWorker lane2 = new OutboxWorker(channel, 2, outbox, redis.template(), properties(LANES), clock);
        lane1.drain(Duration.ZERO);
        assertThat(outbox.find(retried).orElseThrow().status()).isEqualTo(Outbox.Status.RETRYING);
        assertThat(redis.template().opsForZSet().score(OutboxKeys.retries("test", 1), retried)).isNotNull();
        for (int lane : new int[] {0, 2, 3}) assertThat(redis.template().opsForZSet().zCard(OutboxKeys.retries("test", lane))).isZero();

        clock.advance(Duration.ofSeconds(11));
        lane2.drain(Duration.ZERO);
        lane2.drain(Duration.ZERO);
        assertThat(channel.textsTo(recipients.get(0))).as("not sent from another lane").isEmpty();
        assertThat(channel.textsTo(recipients.get(1))).containsExactly("on lane 2");
        lane1.drain(Duration.ZERO);
        lane1.drain(Duration.ZERO);
        assertThat(channel.textsTo(recipients.get(0))).containsExactly("first try fails");
        assertThat(outbox.find(retried).orElseThrow().status()).isEqualTo(Outbox.Status.SENT);
        assertThat(meters.get("outbox.waiting").tag("channel", "test").gauge().value()).isZero();
    }

    @Test
    void whatTheSingleLaneOutboxQueuedIsSentAfterTheUpgrade() {
        // Queued, and one of them waiting for its retry, by the outbox before lanes (its keys, as they were).
        Outbox before = outbox(1);
        RecordingChannel failing = new RecordingChannel(message -> "");
        failing.failFirst.add("retried after the upgrade");
        String retried = queue(before, "user-0", "retried after the upgrade");
        new OutboxWorker(failing, 0, before, redis.template(), properties(1), clock).drain(Duration.ZERO);
        List<String> queued = IntStream.range(1, 9).mapToObj(n -> queue(before, "user-" + n, "queued before the upgrade")).toList();
        assertThat(redis.template().opsForStream().size("outbox:{test}:stream")).isEqualTo(8);
        assertThat(redis.template().opsForZSet().zCard("outbox:{test}:retry")).isEqualTo(1);

        Outbox after = outbox(LANES);
        RecordingChannel channel = new RecordingChannel(message -> "");
        clock.advance(Duration.ofSeconds(11));
        startWorkers(after, channel, LANES);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> channel.sent.size() == 9);
        for (String id : queued) assertThat(after.find(id).orElseThrow().status()).isEqualTo(Outbox.Status.SENT);
        assertThat(after.find(retried).orElseThrow().status()).isEqualTo(Outbox.Status.SENT);
    }

    @Test
    void twoInstancesOnSeveralLanesSendEachMessageOnce() {
        Outbox outbox = outbox(LANES);
        RecordingChannel first = new RecordingChannel(message -> "");
        RecordingChannel second = new RecordingChannel(message -> "");
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < 200; n++) ids.add(queue(outbox, "user-" + n % 20, "message " + n));

        startWorkers(outbox, first, LANES);
        startWorkers(outbox(LANES), second, LANES);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> first.sent.size() + second.sent.size() >= 200);
        List<String> sent = new ArrayList<>(first.sent.stream().map(OutboxMessage::id).toList());
        second.sent.forEach(message -> sent.add(message.id()));
        assertThat(sent).containsExactlyInAnyOrderElementsOf(ids);
        for (String id : ids) assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(Outbox.Status.SENT);
    }

    /** A channel that keeps what it sent, from any thread, after a scripted step per message (which may note something). */
    static final class RecordingChannel implements ChannelSender {
        final List<OutboxMessage> sent = new CopyOnWriteArrayList<>();
        final Map<String, String> notes = new ConcurrentHashMap<>();
        final List<String> failFirst = new CopyOnWriteArrayList<>();
        private final Function<OutboxMessage, String> step;

        RecordingChannel(Function<OutboxMessage, String> step) {
            this.step = step;
        }

        List<String> textsTo(String recipient) {
            return sent.stream().filter(m -> m.recipient().equals(recipient)).map(OutboxMessage::text).toList();
        }

        @Override
        public String channel() {
            return "test";
        }

        @Override
        public Delivery send(OutboxMessage message) {
            if (failFirst.remove(message.text())) return new Delivery.Retry("503", null);
            String note = step.apply(message);
            if (!note.isEmpty()) notes.put(message.text(), note);
            sent.add(message);
            return new Delivery.Sent("p-" + message.id());
        }

        @Override
        public double ratePerSecond() {
            return 100_000;
        }
    }
}
