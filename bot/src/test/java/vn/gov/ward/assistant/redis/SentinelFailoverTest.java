package vn.gov.ward.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.gov.ward.assistant.AssistantTest;
import vn.gov.ward.assistant.HttpJson;
import vn.gov.ward.assistant.support.CitizensAndOfficersTestBase;
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
class SentinelFailoverTest extends CitizensAndOfficersTestBase {

    private static final Logger log = LoggerFactory.getLogger(SentinelFailoverTest.class);
    static final String[] KEY = {"X-Api-Key", AssistantTest.API_KEY};
    static final int DOSSIERS = 10;
    static final Duration SWITCH = Duration.ofSeconds(60);
    static final String ANSWER = "📋 Thủ tục đăng ký khai sinh";
    static final String SURVEY = "hài lòng thế nào";

    @Test
    void aFailoverInTheMiddleLosesNothingAcknowledgedAndTheAssistantGoesOnWithoutARestart() {
        RedisSentinelForTests redis = RedisSentinelForTests.shared();
        int firstMaster = redis.masterPort();
        int replica = redis.replicaPort();

        for (int i = 1; i <= DOSSIERS; i++) assertThat(putDossier(i).status()).isEqualTo(200);
        askUntilAcknowledged("7701001", "fo-before");
        returnUntilAcknowledged(1);
        awaitZalo("7701001", SURVEY);

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
        askUntilAcknowledged("7701002", "fo-after");
        returnUntilAcknowledged(2);
        awaitZalo("7701002", SURVEY);

        assertThat(redis.masterPort()).as("the replica is the master now").isEqualTo(replica).isNotEqualTo(firstMaster);
        for (int i = 1; i <= 2 * DOSSIERS; i++) {
            assertThat(http.get("/api/v1/dossiers/" + code(i), KEY).status()).as("dossier %d, acknowledged, is there", i).isEqualTo(200);
        }
        for (int returned = 1; returned <= 2; returned++) {
            assertThat(http.get("/api/v1/dossiers/" + code(returned), KEY).body().get("dossier").get("status").asString()).isEqualTo("RETURNED");
        }
        await().pollDelay(Duration.ofSeconds(3)).until(() -> true); // time for a second answer or survey, if one were sent
        for (String user : new String[] {"7701001", "7701002"}) {
            assertThat(zaloTextsTo(user)).as("to %s", user).filteredOn(t -> t.startsWith(ANSWER)).hasSize(1);
            assertThat(zaloTextsTo(user)).as("to %s", user).filteredOn(t -> t.contains(SURVEY)).hasSize(1);
        }
    }

    /** The citizen asks on Zalo; an event refused during the switch comes again with the same id, as Zalo retries. */
    private void askUntilAcknowledged(String user, String messageId) {
        await().atMost(SWITCH).pollInterval(Duration.ofMillis(50))
                .until(() -> events.text(user, messageId, "đăng ký khai sinh", clock.millis()) == 200);
        awaitZalo(user, ANSWER);
    }

    private void returnUntilAcknowledged(int i) {
        await().atMost(SWITCH).pollInterval(Duration.ofMillis(50)).until(() -> http.post("/api/v1/dossiers/" + code(i) + "/status",
                Map.of("status", "RETURNED", "at", clock.instant().toString()), KEY).status() == 200);
    }

    private HttpJson.Response putDossier(int i) {
        Map<String, Object> dossier = new LinkedHashMap<>();
        dossier.put("procedureCode", "1.001193");
        dossier.put("applicantName", "Nguyễn Văn An");
        dossier.put("applicantPhone", "0912 345 6" + String.format("%02d", i));
        if (i <= 2) dossier.put("zaloUserId", "770100" + i);
        dossier.put("officerId", "sv-1");
        dossier.put("receivedAt", clock.instant().minus(Duration.ofDays(3)).toString());
        dossier.put("appointmentAt", clock.instant().plus(Duration.ofDays(2)).toString());
        dossier.put("status", "RESULT_READY");
        return http.put("/api/v1/dossiers/" + code(i), dossier, KEY);
    }

    private static String code(int i) {
        return "000.32.33.H26-261201-77" + String.format("%02d", i);
    }
}
