package vn.gov.ward.assistant.channel.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.redis.StreamProperties;
import vn.gov.ward.assistant.support.EmptyRedis;

/**
 * Redis full under {@code maxmemory} with {@code volatile-lru} evicts the idlest keys with a lifetime: what the inbox
 * keeps to drop Zalo's retries must not be one of them, or a retry after the eviction is answered twice.
 */
class ZaloInboxUnderMemoryPressureTest {

    @RegisterExtension
    static final EmptyRedis redis = new EmptyRedis();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anEventKeptIsStillDroppedWhenDeliveredAgainAfterRedisEvictedUnderMemoryPressure() {
        ZaloInbox inbox = new ZaloInbox(redis.template(), json, null, null, null, null, null, null, null, ZaloKeys.heldFor(Duration.ofHours(24)),
                new StreamProperties(Duration.ofSeconds(60), 5, Duration.ofSeconds(5)), null);
        String raw = "{\"event_name\":\"follow\",\"follower\":{\"id\":\"8412001\"},\"timestamp\":\"1773108000000\"}";
        JsonNode event = json.readTree(raw);
        assertThat(inbox.accept(event, raw)).isEqualTo(ZaloInbox.Acceptance.KEPT);

        long used = Long.parseLong(info("memory").getProperty("used_memory"));
        config("maxmemory-policy", "volatile-lru");
        config("maxmemory", Long.toString(used + 1_000_000));
        try {
            // Conversations go on: 10 MB of keys with a lifetime, each newer than the event's id.
            for (int batch = 0; batch < 10; batch++) {
                int from = batch * 1_000;
                redis.template().executePipelined(new SessionCallback<Object>() {
                    @Override
                    @SuppressWarnings({"unchecked", "rawtypes"})
                    public Object execute(RedisOperations ops) {
                        for (int i = from; i < from + 1_000; i++) ops.opsForValue().set("conversation:{zalo:" + i + "}:state", "x".repeat(1_000), Duration.ofHours(1));
                        return null;
                    }
                });
            }
            assertThat(Long.parseLong(info("stats").getProperty("evicted_keys"))).as("Redis evicted").isPositive();

            assertThat(inbox.accept(event, raw)).as("Zalo's retry of the event").isEqualTo(ZaloInbox.Acceptance.DUPLICATE);
            assertThat(redis.template().opsForStream().size(ZaloKeys.EVENTS)).isEqualTo(1);
        } finally {
            config("maxmemory", "0");
        }
    }

    private Properties info(String section) {
        return redis.template().execute((RedisCallback<Properties>) connection -> connection.serverCommands().info(section));
    }

    private void config(String name, String value) {
        redis.template().execute((RedisCallback<Object>) connection -> {
            connection.serverCommands().setConfig(name, value);
            return null;
        });
    }
}
