package vn.gov.ward.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import vn.gov.ward.assistant.support.EmptyRedis;

/** The rate limits in Redis: one bucket per client whichever instance asks; each instance's own while Redis is away. */
class RateLimitsTest {

    static final RateLimitProperties THREE_A_MINUTE = new RateLimitProperties(true,
            Map.of("web-chat", new RateLimitProperties.Limit(3, Duration.ofMinutes(1))));
    @RegisterExtension
    static final EmptyRedis redis = new EmptyRedis();

    @Test
    void aLimitHoldsAcrossInstances() throws Exception {
        RateLimits first = new RateLimits(redis.connectionFactory(), THREE_A_MINUTE);
        RateLimits second = new RateLimits(redis.connectionFactory(), THREE_A_MINUTE);
        try {
            assertThat(first.tryTake("web-chat", "203.0.113.7")).isEmpty();
            assertThat(second.tryTake("web-chat", "203.0.113.7")).isEmpty();
            assertThat(first.tryTake("web-chat", "203.0.113.7")).isEmpty();

            assertThat(second.tryTake("web-chat", "203.0.113.7")).hasValueSatisfying(wait ->
                    assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
            assertThat(second.tryTake("web-chat", "198.51.100.1")).as("another client").isEmpty();
            assertThat(first.tryTake("search", "203.0.113.7")).as("a name without a limit").isEmpty();
            assertThat(redis.template().keys("rate-limit:*")).allSatisfy(key -> {
                assertThat(key).doesNotContain("203.0.113.7");
                assertThat(redis.template().getExpire(key)).as("a bucket expires").isPositive();
            });
        } finally {
            first.destroy();
            second.destroy();
        }
    }

    @Test
    void whileRedisIsAwayEachInstanceStillLimitsOnItsOwn() {
        LettuceConnectionFactory nowhere = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", 1));
        nowhere.afterPropertiesSet();
        nowhere.start();
        RateLimits limits = new RateLimits(nowhere, THREE_A_MINUTE);
        try {
            for (int i = 0; i < 3; i++) assertThat(limits.tryTake("web-chat", "203.0.113.9")).isEmpty();
            assertThat(limits.tryTake("web-chat", "203.0.113.9")).isPresent();
        } finally {
            limits.destroy();
            nowhere.destroy();
        }
    }
}
