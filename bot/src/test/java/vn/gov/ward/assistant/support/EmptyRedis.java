package vn.gov.ward.assistant.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A {@link RedisForTests} for one test class, emptied before each of its tests:
 * {@code @RegisterExtension static final EmptyRedis redis = new EmptyRedis();}.
 */
public final class EmptyRedis implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private RedisForTests redis;

    @Override
    public void beforeAll(ExtensionContext context) {
        redis = new RedisForTests();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        flush();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        redis.close();
    }

    /** Empties it now (done before each test), as a Redis that came back without its data. */
    public void flush() {
        redis.flush();
    }

    public StringRedisTemplate template() {
        return redis.template();
    }

    public LettuceConnectionFactory connectionFactory() {
        return redis.connectionFactory();
    }
}
