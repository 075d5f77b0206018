package vn.gov.ward.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import vn.gov.ward.assistant.support.EmptyRedis;

/** A stream's consumer against a real Redis: poison entries end in the dead letters, a lost group is made again, an outage is waited out. */
class StreamConsumerTest {

    static final String STREAM = "test:{t}:events";
    static final String DEAD = "test:{t}:dead-letters";
    @RegisterExtension
    static final EmptyRedis redis = new EmptyRedis();
    final List<String> handled = new ArrayList<>();

    StreamConsumer consumer(int maxDeliveries) {
        return new StreamConsumer(redis.template(), STREAM, DEAD, "handlers", Duration.ZERO, maxDeliveries, entry -> {
            String text = (String) entry.get("text");
            if (text.equals("poison")) throw new IllegalArgumentException("no message object in the event");
            handled.add(text);
        });
    }

    void add(String text) {
        redis.template().opsForStream().add(STREAM, Map.of("text", text));
    }

    @Test
    void anEntryThatFailsEveryDeliveryGoesToTheDeadLettersWithTheReasonAndTheOthersAreHandled() {
        StreamConsumer consumer = consumer(3);
        add("first");
        add("poison");
        add("second");
        for (int i = 0; i < 10; i++) consumer.poll(Duration.ZERO);

        assertThat(handled).containsExactly("first", "second");
        assertThat(redis.template().opsForStream().size(STREAM)).as("nothing left to retry forever").isZero();
        assertThat(redis.template().opsForStream().pending(STREAM, "handlers").getTotalPendingMessages()).isZero();
        var dead = redis.template().opsForStream().range(DEAD, Range.unbounded());
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).getValue()).containsEntry("text", "poison").containsEntry("dead-letter-deliveries", "3")
                .containsEntry("dead-letter-stream", STREAM);
        assertThat((String) dead.get(0).getValue().get("dead-letter-reason")).contains("no message object");
        assertThat(redis.template().opsForSet().members(RedisKeys.DEAD_LETTER_STREAMS)).containsExactly(DEAD);
        assertThat(redis.template().hasKey(RedisKeys.deadLetterReasons(DEAD))).as("reasons of handled entries forgotten").isFalse();
    }

    @Test
    void aDeadLetterReplayedGoesBackToItsStreamAsItWasAndIsHandledOnceItsCauseIsFixed() {
        add("poison");
        StreamConsumer consumer = consumer(2);
        for (int i = 0; i < 4; i++) consumer.poll(Duration.ZERO);
        DeadLetters deadLetters = new DeadLetters(redis.template());
        DeadLetters.DeadLetter dead = deadLetters.list(10).get(0).latest().get(0);
        assertThat(deadLetters.replay(DEAD, "0-1")).as("no such dead letter").isEmpty();
        assertThat(deadLetters.replay(STREAM, dead.id())).as("not a dead-letter stream").isEmpty();

        var replayed = deadLetters.replay(DEAD, dead.id()).orElseThrow();
        // The cause is fixed: the same entry now goes through.
        StreamConsumer fixed = new StreamConsumer(redis.template(), STREAM, DEAD, "handlers", Duration.ZERO, 2,
                entry -> handled.add("fixed " + entry.get("text") + " " + entry.keySet()));
        fixed.poll(Duration.ZERO);

        assertThat(replayed.stream()).isEqualTo(STREAM);
        assertThat(handled).containsExactly("fixed poison [text]");
        assertThat(redis.template().opsForStream().size(DEAD)).isZero();
        assertThat(deadLetters.replay(DEAD, dead.id())).as("replayed once").isEmpty();
    }

    @Test
    void aGroupLostWithRedisDataIsMadeAgain() {
        StreamConsumer consumer = consumer(3);
        add("before");
        consumer.poll(Duration.ZERO);
        redis.flush(); // Redis came back without its data
        add("after");
        for (int i = 0; i < 3; i++) {
            try {
                consumer.poll(Duration.ZERO);
            } catch (RuntimeException e) {
                // NOGROUP once: the next poll makes the group again
            }
        }
        assertThat(handled).containsExactly("before", "after");
    }

    @Test
    void aWorkerWhoseRedisIsAwayBacksOffInsteadOfSpinning() throws Exception {
        LettuceConnectionFactory nowhere = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", 1));
        nowhere.afterPropertiesSet();
        nowhere.start();
        AtomicInteger passes = new AtomicInteger();
        StreamConsumer consumer = new StreamConsumer(new StringRedisTemplate(nowhere), STREAM, DEAD, "handlers", Duration.ZERO, 3,
                entry -> { });
        try {
            consumer.start("test-worker", passes::incrementAndGet);
            Thread.sleep(2_000);
        } finally {
            consumer.stop();
            nowhere.destroy();
        }
        // Waits of 0.25, 0.5, 1, 2… s: a handful of tries in two seconds, where a loop without back-off makes thousands.
        assertThat(passes.get()).isBetween(1, 8);
    }
}
