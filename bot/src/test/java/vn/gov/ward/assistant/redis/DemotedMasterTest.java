package vn.gov.ward.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.redis.core.RedisCallback;

import io.lettuce.core.RedisException;
import vn.gov.ward.assistant.support.EmptyRedis;

/**
 * What a Redis answers while a failover is under way is an outage, not a fault of the request: the caller is answered
 * 503 and tries again. A master the Sentinels demoted refuses writes (READONLY) until the client follows the switch; a
 * replica that lost its master and serves no stale data refuses reads (MASTERDOWN); a Cluster moving a slot asks a
 * multi-key command to wait (TRYAGAIN).
 */
class DemotedMasterTest {

    @RegisterExtension
    static final EmptyRedis redis = new EmptyRedis();

    @Test
    void aWriteToAMasterMadeAReplicaIsAnOutage() throws IOException {
        replicaOfNobodyListening(() -> {
            Throwable refused = catchThrowable(() -> redis.template().opsForValue().set("dossier:{000.32.33.H26-260310-0001}", "{}"));

            assertThat(refused).hasStackTraceContaining("READONLY");
            assertThat(RedisOutage.isOutage(refused)).isTrue();
        }, false);
    }

    @Test
    void aReadFromAReplicaThatLostItsMasterIsAnOutage() throws IOException {
        replicaOfNobodyListening(() -> {
            Throwable refused = catchThrowable(() -> redis.template().opsForValue().get("dossier:{000.32.33.H26-260310-0001}"));

            assertThat(refused).hasStackTraceContaining("MASTERDOWN");
            assertThat(RedisOutage.isOutage(refused)).isTrue();
        }, true);
    }

    @Test
    void aSlotMovingUnderAMultiKeyCommandIsAnOutageButAnErrorOfTheRequestIsNot() {
        assertThat(RedisOutage.isOutage(new RedisException("TRYAGAIN Multiple keys request during rehashing of slot"))).isTrue();
        assertThat(RedisOutage.isOutage(new RedisException("WRONGTYPE Operation against a key holding the wrong kind of value"))).isFalse();
    }

    /** Runs the check while the test's Redis is the replica of a master that is not there, then makes it a master again. */
    private static void replicaOfNobodyListening(Runnable check, boolean servesNoStaleData) throws IOException {
        int nobody;
        try (ServerSocket socket = new ServerSocket(0)) {
            nobody = socket.getLocalPort();
        }
        redis.template().execute((RedisCallback<Object>) connection -> {
            if (servesNoStaleData) connection.serverCommands().setConfig("replica-serve-stale-data", "no");
            connection.serverCommands().replicaOf("127.0.0.1", nobody);
            return null;
        });
        try {
            check.run();
        } finally {
            redis.template().execute((RedisCallback<Object>) connection -> {
                connection.serverCommands().replicaOfNoOne();
                connection.serverCommands().setConfig("replica-serve-stale-data", "yes");
                return null;
            });
        }
    }
}
