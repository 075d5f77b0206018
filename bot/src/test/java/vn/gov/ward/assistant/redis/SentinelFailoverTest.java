package vn.gov.ward.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.gov.ward.assistant.support.OnRedisSentinel;
import vn.gov.ward.assistant.support.RedisSentinelForTests;

/**
 * The assistant on a master and replica watched by three Sentinels: dossiers are taken in, citizens ask on Zalo and
 * a returned dossier gets its survey; then the Sentinels make the replica the master in the middle of the run (a
 * planned switch: the replica has every write first), and the same goes on, without a restart. What the one-stop
 * system and Zalo were told was stored is there after the switch, each question is answered once and each survey
 * sent once. Requests refused during the switch are sent again, as the one-stop system and Zalo do.
 */
@OnRedisSentinel
class SentinelFailoverTest extends FailoverTestBase {

    private static final Logger log = LoggerFactory.getLogger(SentinelFailoverTest.class);
    static final int DOSSIERS = 10;

    @Override
    int series() {
        return 1;
    }

    @Test
    void aFailoverInTheMiddleLosesNothingAcknowledgedAndTheAssistantGoesOnWithoutARestart() {
        RedisSentinelForTests redis = RedisSentinelForTests.shared();
        int firstMaster = redis.masterPort();
        int replica = redis.replicaPort();

        for (int i = 1; i <= DOSSIERS; i++) assertThat(putDossier(i).status()).isEqualTo(200);
        askUntilAcknowledged(zaloUser(1), "fo-before");
        returnUntilAcknowledged(1);
        awaitZalo(zaloUser(1), SURVEY);

        long failoverAt = System.nanoTime();
        redis.failOver();
        redis.awaitMaster(replica);
        await().atMost(SWITCH).pollInterval(Duration.ofMillis(50)).until(() -> putDossier(DOSSIERS + 1).status() == 200);
        log.info("Sentinel failover: the first write after SENTINEL FAILOVER was acknowledged after {} ms",
                Duration.ofNanos(System.nanoTime() - failoverAt).toMillis());

        for (int i = DOSSIERS + 2; i <= 2 * DOSSIERS; i++) {
            int n = i;
            await().atMost(SWITCH).pollInterval(Duration.ofMillis(50)).until(() -> putDossier(n).status() == 200);
        }
        askUntilAcknowledged(zaloUser(2), "fo-after");
        returnUntilAcknowledged(2);
        awaitZalo(zaloUser(2), SURVEY);

        assertThat(redis.masterPort()).as("the replica is the master now").isEqualTo(replica).isNotEqualTo(firstMaster);
        for (int i = 1; i <= 2 * DOSSIERS; i++) {
            assertThat(http.get("/api/v1/dossiers/" + code(i), KEY).status()).as("dossier %d, acknowledged, is there", i).isEqualTo(200);
        }
        for (int returned = 1; returned <= 2; returned++) {
            assertThat(http.get("/api/v1/dossiers/" + code(returned), KEY).body().get("dossier").get("status").asString()).isEqualTo("RETURNED");
        }
        await().pollDelay(Duration.ofSeconds(3)).until(() -> true); // time for a second answer or survey, if one were sent
        for (String user : new String[] {zaloUser(1), zaloUser(2)}) {
            assertThat(zaloTextsTo(user)).as("to %s", user).filteredOn(t -> t.startsWith(ANSWER)).hasSize(1);
            assertThat(zaloTextsTo(user)).as("to %s", user).filteredOn(t -> t.contains(SURVEY)).hasSize(1);
        }
    }
}
