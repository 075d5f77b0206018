package vn.gov.ward.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.core.StringRedisTemplate;

import vn.gov.ward.assistant.AssistantProperties;
import vn.gov.ward.assistant.support.EmptyRedis;

/** What a conversation remembers is written with its lifetime in one step: a connection lost after the write leaves nothing kept for ever. */
class ConversationStoreTest {

    static final Duration TTL = Duration.ofMinutes(30);
    @RegisterExtension
    static final EmptyRedis redis = new EmptyRedis();

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
