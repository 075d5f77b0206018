package vn.gov.ward.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The embedded Redis starts only when no Redis is configured: standalone, Sentinel or Cluster, in any form Boot reads. */
class EmbeddedRedisDefaultTest {

    @Test
    void withNoRedisConfiguredTheEmbeddedOneStarts() {
        assertThat(EmbeddedRedisDefault.applies(new MockEnvironment())).isTrue();
        assertThat(EmbeddedRedisDefault.applies(new MockEnvironment().withProperty("spring.data.redis.host", ""))).isTrue();
    }

    @Test
    void aConfiguredRedisOfAnyKindKeepsItOff() {
        assertThat(EmbeddedRedisDefault.applies(new MockEnvironment().withProperty("spring.data.redis.host", "redis"))).isFalse();
        assertThat(EmbeddedRedisDefault.applies(new MockEnvironment().withProperty("spring.data.redis.url", "redis://redis:6379"))).isFalse();
        assertThat(EmbeddedRedisDefault.applies(new MockEnvironment().withProperty("spring.data.redis.sentinel.master", "ward"))).isFalse();
        assertThat(EmbeddedRedisDefault.applies(new MockEnvironment()
                .withProperty("spring.data.redis.cluster.nodes", "10.0.0.1:6379,10.0.0.2:6379"))).isFalse();
        assertThat(EmbeddedRedisDefault.applies(new MockEnvironment()
                .withProperty("spring.data.redis.cluster.nodes[0]", "10.0.0.1:6379"))).as("a YAML list").isFalse();
    }
}
