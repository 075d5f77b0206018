package vn.gov.ward.assistant.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.gov.ward.assistant.AssistantTest;
import vn.gov.ward.assistant.HttpJson;
import vn.gov.ward.assistant.support.StatusChanges;
import vn.gov.ward.assistant.support.MutableClock;
import vn.gov.ward.assistant.support.ResilienceTestBase;
import vn.gov.ward.assistant.support.ZaloEvents;

/** What a status change entails is carried out from the effects stream: a failing listener fails neither the request nor the survey. */
class DossierEffectsTest extends ResilienceTestBase {

    static final String[] KEY = {"X-Api-Key", AssistantTest.API_KEY};

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    StatusChanges changes;

    @Test
    void aListenerThatFailsFailsNeitherTheChangeNorTheSurveyWhichGoesOnce() {
        HttpJson http = new HttpJson(port);
        String code = "000.32.33.H26-260310-7401";
        assertThat(new ZaloEvents(http).text("7401001", "eff-m-1", "xin chào", clock.millis())).isEqualTo(200); // inside the window
        await().atMost(Duration.ofSeconds(15)).until(() -> textsTo("7401001").size() == 1);
        Map<String, Object> dossier = new LinkedHashMap<>();
        dossier.put("procedureCode", "1.001193");
        dossier.put("applicantName", "Nguyễn Văn An");
        dossier.put("applicantPhone", "0912 345 671");
        dossier.put("zaloUserId", "7401001");
        dossier.put("officerId", "tuphap-hotich-01");
        dossier.put("receivedAt", clock.instant().minus(Duration.ofDays(3)).toString());
        dossier.put("appointmentAt", clock.instant().plus(Duration.ofDays(2)).toString());
        dossier.put("status", "RESULT_READY");
        HttpJson.Response created = http.put("/api/v1/dossiers/" + code, dossier, KEY);
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        changes.failOnce(code);

        HttpJson.Response returned = http.post("/api/v1/dossiers/" + code + "/status",
                Map.of("status", "RETURNED", "at", clock.instant().toString()), KEY);

        assertThat(returned.status()).as("stored, whatever its listeners do").isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> textsTo("7401001").stream().anyMatch(t -> t.contains("hài lòng thế nào")));
        settled.await();
        assertThat(textsTo("7401001")).filteredOn(t -> t.contains("hài lòng thế nào")).hasSize(1);
    }

    private List<String> textsTo(String user) {
        return zalo.sent("/v3.0/oa/message/cs").stream().filter(m -> m.get("recipient").get("user_id").asString().equals(user))
                .map(m -> m.get("message").get("text").asString()).toList();
    }
}
