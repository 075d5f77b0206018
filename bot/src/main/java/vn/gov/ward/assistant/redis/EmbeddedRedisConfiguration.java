package vn.gov.ward.assistant.redis;

import java.io.IOException;

import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import vn.gov.ward.assistant.AssistantProperties;

/**
 * The local default: a real Redis server (shipped in the embedded-redis jar) on a free loopback port, with
 * its append-only file under {@code assistant.data-dir} so a restart loses nothing, kept running by its
 * owner ({@link EmbeddedRedis}). Configuring a Redis (standalone, Sentinel or Cluster: {@link EmbeddedRedisDefault})
 * switches this off and that Redis is used instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedRedisDefault.class)
class EmbeddedRedisConfiguration {

    @Bean(destroyMethod = "stop")
    EmbeddedRedis embeddedRedis(AssistantProperties assistant, EmbeddedRedisProperties properties) throws IOException {
        EmbeddedRedis redis = new EmbeddedRedis(assistant.dataPath(), properties);
        redis.start();
        return redis;
    }

    @Bean
    DataRedisConnectionDetails embeddedRedisConnectionDetails(EmbeddedRedis redis) {
        int port = redis.port();
        return new DataRedisConnectionDetails() {
            @Override
            public Standalone getStandalone() {
                return Standalone.of("127.0.0.1", port);
            }
        };
    }
}
