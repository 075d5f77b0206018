package vn.gov.ward.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.redis.core.RedisCallback;

import vn.gov.ward.assistant.support.EmptyRedis;

/**
 * A master set to refuse writes while no replica keeps up ({@code min-replicas-to-write}, README "Redis: embedded,
 * standalone, Sentinel, Cluster") refuses with NOREPLICAS: an outage, so the caller is answered 503 and tries again.
 */
class NoReplicasTest {

    @RegisterExtension
    static final EmptyRedis redis = new EmptyRedis();

    @Test
    void aWriteRefusedForWantOfAReplicaIsAnOutage() {
        redis.template().execute((RedisCallback<Object>) connection -> {
            connection.serverCommands().setConfig("min-replicas-to-write", "1");
            return null;
        });
        try {
            Throwable refused = catchThrowable(() -> redis.template().opsForValue().set("dossier:{000.32.33.H26-260310-0001}", "{}"));

            assertThat(refused).hasStackTraceContaining("NOREPLICAS");
            assertThat(RedisOutage.isOutage(refused)).isTrue();
        } finally {
            redis.template().execute((RedisCallback<Object>) connection -> {
                connection.serverCommands().setConfig("min-replicas-to-write", "0");
                return null;
            });
        }
    }
}
