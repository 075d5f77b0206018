package vn.gov.ward.assistant.redis;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.DataRedisProperties;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientConfigurationBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.resource.Delay;

/**
 * How the assistant talks to Redis when it is away: commands fail at once while the connection is down
 * (instead of queueing until their timeout, which held every request thread), within
 * {@code spring.data.redis.timeout} (1 s) when Redis hangs, and the connection is tried again every few
 * hundred milliseconds up to two seconds apart, so the assistant works again as soon as Redis is back,
 * without a restart.
 */
@Configuration(proxyBeanMethods = false)
class RedisClientConfiguration {

    /**
     * A new connection's handshake may take longer than a command: the first one of a cold JVM on a busy host
     * took over a second. Commands still time out after {@code spring.data.redis.timeout}.
     */
    private static final Duration HANDSHAKE = Duration.ofSeconds(5);

    @Bean
    LettuceClientOptionsBuilderCustomizer failFastWithoutRedis(DataRedisProperties properties) {
        Duration commandTimeout = properties.getTimeout() == null ? Duration.ofSeconds(1) : properties.getTimeout();
        return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout));
    }

    @Bean
    LettuceClientConfigurationBuilderCustomizer handshakeTime() {
        return client -> client.commandTimeout(HANDSHAKE);
    }

    @Bean
    ClientResourcesBuilderCustomizer reconnectSoon() {
        return resources -> resources.reconnectDelay(Delay.exponential(Duration.ofMillis(100), Duration.ofSeconds(2), 2, TimeUnit.MILLISECONDS));
    }
}
