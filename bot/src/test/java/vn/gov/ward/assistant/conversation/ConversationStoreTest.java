package vn.gov.ward.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.core.StringRedisTemplate;

import vn.gov.ward.assistant.AssistantProperties;
import vn.gov.ward.assistant.support.RedisForTests;

/** What a conversation remembers is written with its lifetime in one step: a connection lost after the write leaves nothing kept for ever. */
class ConversationStoreTest {

    static final Duration TTL = Duration.ofMinutes(30);
    static RedisForTests redis;

    @BeforeAll
    static void startRedis() {
        redis = new RedisForTests();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        redis.close();
    }

    @Test
    void theStateNeverOutlivesItsQuietSpellEvenWhenTheConnectionIsLostAfterTheWrite() {
        // The connection goes after the first command: a write followed by a separate EXPIRE would leave the hash
        // without a lifetime (kept for ever, and never evicted under volatile-lru).
        StringRedisTemplate lostAfterTheWrite = new StringRedisTemplate(redis.connectionFactory()) {
            @Override
            public Boolean expire(String key, long timeout, TimeUnit unit) {
                throw new RedisConnectionFailureException("connection reset");
            }

            @Override
            public Boolean expire(String key, Duration timeout) {
                throw new RedisConnectionFailureException("connection reset");
            }
        };
        ConversationStore store = new ConversationStore(lostAfterTheWrite, new AssistantProperties("config/ward.yml", "./data", TTL));

        store.rememberProcedure("web:ttl-1", "1.001193");

        assertThat(store.load("web:ttl-1").procedureCode()).contains("1.001193");
        assertThat(redis.template().getExpire(ConversationKeys.state("web:ttl-1"), TimeUnit.SECONDS)).isBetween(1L, TTL.toSeconds());
    }
}
