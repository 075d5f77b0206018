package vn.gov.ward.assistant.redis;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.gov.ward.assistant.AssistantTest;
import vn.gov.ward.assistant.HttpJson;
import vn.gov.ward.assistant.support.CitizensAndOfficersTestBase;

/**
 * What the failover tests send as the one-stop system and Zalo do: dossiers (the first two tied to a Zalo user), a
 * question, a dossier returned, each sent again after a refusal. Each class has its own series of codes and users, as
 * the Redis setups are shared.
 */
abstract class FailoverTestBase extends CitizensAndOfficersTestBase {

    static final String[] KEY = {"X-Api-Key", AssistantTest.API_KEY};
    static final Duration SWITCH = Duration.ofSeconds(60);
    static final String ANSWER = "📋 Thủ tục đăng ký khai sinh";
    static final String SURVEY = "hài lòng thế nào";

    /** One digit telling this class's dossiers and users from the others'. */
    abstract int series();

    /** The citizen asks on Zalo; an event refused during the switch comes again with the same id, as Zalo retries. */
    void askUntilAcknowledged(String user, String messageId) {
        await().atMost(SWITCH).pollInterval(Duration.ofMillis(50))
                .until(() -> events.text(user, messageId, "đăng ký khai sinh", clock.millis()) == 200);
        awaitZalo(user, ANSWER);
    }

    void returnUntilAcknowledged(int i) {
        await().atMost(SWITCH).pollInterval(Duration.ofMillis(50)).until(() -> http.post("/api/v1/dossiers/" + code(i) + "/status",
                Map.of("status", "RETURNED", "at", clock.instant().toString()), KEY).status() == 200);
    }

    HttpJson.Response putDossier(int i) {
        Map<String, Object> dossier = new LinkedHashMap<>();
        dossier.put("procedureCode", "1.001193");
        dossier.put("applicantName", "Nguyễn Văn An");
        dossier.put("applicantPhone", "0912 3" + series() + String.format("%04d", i));
        if (i <= 2) dossier.put("zaloUserId", zaloUser(i));
        dossier.put("officerId", "sv-1");
        dossier.put("receivedAt", clock.instant().minus(Duration.ofDays(3)).toString());
        dossier.put("appointmentAt", clock.instant().plus(Duration.ofDays(2)).toString());
        dossier.put("status", "RESULT_READY");
        return http.put("/api/v1/dossiers/" + code(i), dossier, KEY);
    }

    /** The Zalo user of dossier 1 or 2. */
    String zaloUser(int i) {
        return "770" + series() + "00" + i;
    }

    String code(int i) {
        return "000.32.33.H26-26120" + series() + "-" + String.format("%04d", i);
    }
}
