package vn.gov.ward.assistant.channel.zalo.api;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.integration.redis.util.RedisLockRegistry;

import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.OkHttpClient;

/**
 * The Zalo client, only with {@code zalo.enabled=true}: the default without credentials starts as before.
 * OkHttp, Jackson 2 and the lock registry stay private to this feature (no beans of those types for others to
 * trip over).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("zalo.enabled")
class ZaloConfiguration implements DisposableBean {

    /**
     * Longer than a refresh can take (its tries, each within the call time-out, and the waits between them), short
     * enough that a crashed holder frees it soon.
     */
    static final Duration LOCK_EXPIRY = Duration.ofMinutes(2);

    private final OkHttpClient http = ZaloHttp.baseClient();
    private final ObjectMapper json = ZaloHttp.json();
    private final RedisLockRegistry locks;

    ZaloConfiguration(RedisConnectionFactory connectionFactory) {
        this.locks = new RedisLockRegistry(connectionFactory, "zalo-locks", LOCK_EXPIRY);
    }

    @Bean
    ZaloTokens zaloTokens(ZaloProperties properties, StringRedisTemplate redis, ApplicationEventPublisher events,
            Clock clock) {
        ZaloOAuthApi oauth = ZaloHttp.api(ZaloOAuthApi.class, properties.oa().oauthUrl(), http, json);
        return new ZaloTokens(redis, locks, oauth, properties.oa(), events, clock, ZaloTokens.REFRESH_BACKOFF);
    }

    @Bean
    ZaloClient zaloClient(ZaloProperties properties, ZaloTokens tokens) {
        OkHttpClient withToken = ZaloHttp.withAccessToken(http, tokens);
        return new ZaloClient(
                ZaloHttp.api(ZaloOaApi.class, properties.oa().apiUrl(), withToken, json),
                ZaloHttp.api(ZnsApi.class, properties.zns().apiUrl(), withToken, json),
                tokens, json);
    }

    @Bean
    ZaloTokenRefresher zaloTokenRefresher(ZaloTokens tokens) {
        return new ZaloTokenRefresher(tokens);
    }

    @Override
    public void destroy() {
        locks.destroy();
    }
}
