package vn.gov.ward.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.ClusterSlotHashUtil;
import org.springframework.data.redis.core.StringRedisTemplate;

import vn.gov.ward.assistant.support.RedisClusterForTests;

/** What talks to Redis beside the template, on a real 3-master Cluster: the rate limits' own connection, the key scan. */
class RedisClusterClientsTest {

    final RedisClusterForTests cluster = RedisClusterForTests.shared();

    @AfterAll
    static void noKeysLeftForTheApplicationSuites() {
        RedisClusterForTests.shared().empty();
    }

    @Test
    void aLimitHoldsAcrossInstancesOnTheCluster() {
        RateLimits first = new RateLimits(cluster.connectionFactory(), RateLimitsTest.THREE_A_MINUTE);
        RateLimits second = new RateLimits(cluster.connectionFactory(), RateLimitsTest.THREE_A_MINUTE);
        try {
            assertThat(first.tryTake("web-chat", "203.0.113.9")).isEmpty();
            assertThat(second.tryTake("web-chat", "203.0.113.9")).isEmpty();
            assertThat(first.tryTake("web-chat", "203.0.113.9")).isEmpty();
            assertThat(second.tryTake("web-chat", "203.0.113.9")).as("the fourth, from the other instance").isPresent();
        } finally {
            first.destroy();
            second.destroy();
        }
    }

    @Test
    void aScanFindsTheKeysOfEveryMaster() {
        StringRedisTemplate redis = cluster.template();
        List<String> written = IntStream.range(0, 60).mapToObj(i -> "scan-test:{code-" + i + "}").toList();
        written.forEach(key -> redis.opsForValue().set(key, "1"));
        assertThat(written.stream().map(ClusterSlotHashUtil::calculateSlot).map(slot -> slot * 3 / 16_384).distinct())
                .as("keys on each of the three masters").hasSize(3);

        List<String> found = new ArrayList<>();
        KeyScan.inBatches(redis, "scan-test:{*", found::addAll);

        assertThat(found).containsExactlyInAnyOrderElementsOf(written);
        redis.delete(written);
    }
}
