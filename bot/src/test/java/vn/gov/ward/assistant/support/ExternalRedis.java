package vn.gov.ward.assistant.support;

import java.util.List;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * A Redis the tests start, given to the assistant through Spring Boot's standard properties instead of its embedded
 * Redis ({@link OnRedisCluster}, {@link OnRedisSentinel}). One value per setup: test classes with the same one and
 * the same other configuration share one application context.
 */
enum ExternalRedis implements ContextCustomizer {

    CLUSTER {
        @Override
        List<String> properties() {
            return List.of("spring.data.redis.cluster.nodes=" + RedisClusterForTests.shared().nodes());
        }
    },
    CLUSTER_WITH_REPLICAS {
        @Override
        List<String> properties() {
            return List.of("spring.data.redis.cluster.nodes=" + RedisClusterForTests.withReplicas().nodes(), BACK_SOON);
        }
    },
    SENTINEL {
        @Override
        List<String> properties() {
            return List.of("spring.data.redis.sentinel.master=" + RedisSentinelForTests.MASTER,
                    "spring.data.redis.sentinel.nodes=" + RedisSentinelForTests.shared().sentinelNodes(), BACK_SOON);
        }
    };

    /**
     * Where a master dies, the workers try again at least every second (5 s by default): back within a second of the
     * switch, not up to five, for the tests' next steps. They still back off, from a quarter second.
     */
    private static final String BACK_SOON = "streams.longest-back-off=1s";

    abstract List<String> properties();

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
        TestPropertyValues.of(properties()).applyTo(context);
    }
}
