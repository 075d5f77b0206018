package vn.gov.ward.assistant.channel.zalo.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.integration.redis.util.RedisLockRegistry;

import okhttp3.mockwebserver.MockWebServer;
import vn.gov.ward.assistant.support.MutableClock;
import vn.gov.ward.assistant.support.RedisForTests;

/**
 * A real Redis on a free loopback port and Zalo pointed at a MockWebServer; several "instances" may share them.
 * A test class registers it with {@code @RegisterExtension static final ZaloFixture fixture = new ZaloFixture();}.
 */
final class ZaloFixture implements AfterAllCallback {

    static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    /** A refresh failing in passing is tried again at once here (2 s, 4 s in the application). */
    static final Duration REFRESH_BACKOFF = Duration.ofMillis(10);

    final RedisForTests redisServer = new RedisForTests();
    final LettuceConnectionFactory connectionFactory = redisServer.connectionFactory();
    final StringRedisTemplate redis;
    final List<Object> events = new CopyOnWriteArrayList<>();
    /** Time that tests move forward, e.g. to make a token due. */
    final MutableClock clock = new MutableClock(NOW);

    ZaloFixture() {
        redis = redisServer.template();
    }

    void flush() {
        try (var connection = connectionFactory.getConnection()) {
            connection.serverCommands().flushAll();
        }
        events.clear();
        clock.set(NOW);
    }


    static ZaloProperties.Oa oa(MockWebServer server, String accessToken, String refreshToken) {
        String url = server.url("/").toString();
        return new ZaloProperties.Oa("app-1", "app-secret", "oa-secret", accessToken, refreshToken, url, url);
    }

    /** One application instance: its own lock registry and HTTP clients, the shared Redis. */
    Instance instance(MockWebServer server) {
        return instance(oa(server, "old-access", "old-refresh"), server);
    }

    Instance instance(ZaloProperties.Oa oa, MockWebServer server) {
        RedisLockRegistry locks = new RedisLockRegistry(connectionFactory, "zalo-locks", ZaloConfiguration.LOCK_EXPIRY);
        var http = ZaloHttp.baseClient();
        var json = ZaloHttp.json();
        ZaloTokens tokens = new ZaloTokens(redis, locks,
                ZaloHttp.api(ZaloOAuthApi.class, oa.oauthUrl(), http, json), oa, events::add, clock, REFRESH_BACKOFF);
        var withToken = ZaloHttp.withAccessToken(http, tokens);
        String znsUrl = server.url("/").toString();
        ZaloClient client = new ZaloClient(
                ZaloHttp.api(ZaloOaApi.class, oa.apiUrl(), withToken, json),
                ZaloHttp.api(ZnsApi.class, znsUrl, withToken, json),
                tokens, json);
        return new Instance(tokens, client, locks);
    }

    Map<Object, Object> storedPair() {
        return redis.opsForHash().entries(ZaloTokenStore.KEY);
    }

    record Instance(ZaloTokens tokens, ZaloClient client, RedisLockRegistry locks) {
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            redisServer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
