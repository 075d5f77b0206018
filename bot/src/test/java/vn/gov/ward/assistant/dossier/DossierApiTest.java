package vn.gov.ward.assistant.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.gov.ward.assistant.AssistantTest;
import vn.gov.ward.assistant.HttpJson;

/** Intake from the one-stop system over HTTP, against the embedded Redis. */
@AssistantTest
class DossierApiTest {

    static final String[] KEY = {"X-Api-Key", AssistantTest.API_KEY};

    @LocalServerPort
    int port;
    @Autowired
    DossierService dossiers;
    HttpJson http;
    String code;

    @BeforeEach
    void setUp() {
        http = new HttpJson(port);
        code = "000.32.33.H26-260302-" + String.format("%04d", Math.abs(UUID.randomUUID().hashCode()) % 10000);
    }

    static Map<String, Object> dossier() {
        Map<String, Object> body = new HashMap<>();
        body.put("procedureCode", "1.001193");
        body.put("applicantName", "Nguyễn Văn An");
        body.put("applicantPhone", "0912 345 678");
        body.put("officerId", "tuphap-hotich-01");
        body.put("receivedAt", "2026-03-02T08:00:00+07:00");
        body.put("appointmentAt", "2026-03-06T16:00:00+07:00");
        body.put("status", "RECEIVED");
        return body;
    }

    private HttpJson.Response status(String status, String at, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("at", at);
        if (note != null) body.put("note", note);
        return http.post("/api/v1/dossiers/" + code + "/status", body, KEY);
    }

    @Test
    void aWrongOrMissingKeyGets401AndChangesNothing() {
        assertThat(http.put("/api/v1/dossiers/" + code, dossier()).status()).isEqualTo(401);
        HttpJson.Response wrong = http.put("/api/v1/dossiers/" + code, dossier(), "X-Api-Key", "wrong");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body().get("message").asString()).contains("X-Api-Key");
        assertThat(dossiers.find(code)).isEmpty();
        assertThat(http.get("/api/v1/dossiers/" + code, "X-Api-Key", "second-key").status()).as("second key works").isEqualTo(404);
    }

    @Test
    void createReadAndComputedFields() {
        HttpJson.Response created = http.put("/api/v1/dossiers/" + code.toLowerCase(), dossier(), KEY);
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        HttpJson.Response read = http.get("/api/v1/dossiers/" + code, KEY);
        assertThat(read.body().get("dossier").get("code").asString()).isEqualTo(code);
        assertThat(read.body().get("dossier").get("applicant").get("phone").asString()).isEqualTo("0912345678");
        assertThat(read.body().get("procedureName").asString()).isEqualTo("Thủ tục đăng ký khai sinh");
        assertThat(read.body().get("late").asBoolean()).as("the appointment is in the past").isTrue();
        assertThat(read.body().get("apologyOwed").asBoolean()).isTrue();
        assertThat(read.body().get("lateByWorkingDays").asDouble()).isPositive();
    }

    @Test
    void theAppointmentIsComputedFromTheProcessingTimeWhenAbsent() {
        Map<String, Object> body = dossier();
        body.remove("appointmentAt");
        HttpJson.Response created = http.put("/api/v1/dossiers/" + code, body, KEY);
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        // Đăng ký khai sinh takes 1 working day: received Monday 08:00, due Tuesday 08:00.
        assertThat(created.body().get("dossier").get("appointmentAt").asString()).isEqualTo("2026-03-03T01:00:00Z");
    }

    @Test
    void aSupplementRequestStopsTheClockAndMovesTheAppointment() {
        http.put("/api/v1/dossiers/" + code, dossier(), KEY);
        assertThat(status("IN_PROGRESS", "2026-03-02T09:00:00+07:00", null).status()).isEqualTo(200);
        assertThat(status("SUPPLEMENT_REQUESTED", "2026-03-03T09:00:00+07:00", "Giấy chứng sinh bản chính").status()).isEqualTo(200);
        HttpJson.Response resumed = status("IN_PROGRESS", "2026-03-09T09:00:00+07:00", null);
        assertThat(resumed.status()).isEqualTo(200);
        // Paused Tuesday 09:00 to the next Monday 09:00: 30 working hours, so Friday 16:00 becomes Thursday 16:00.
        assertThat(resumed.body().get("dossier").get("appointmentAt").asString()).isEqualTo("2026-03-12T09:00:00Z");
    }

    @Test
    void repeatingAnEventIsHarmlessAndNonsenseIsRefused() {
        http.put("/api/v1/dossiers/" + code, dossier(), KEY);
        status("IN_PROGRESS", "2026-03-02T09:00:00+07:00", null);
        status("RESULT_READY", "2026-03-04T10:00:00+07:00", null);
        HttpJson.Response returned = status("RETURNED", "2026-03-04T15:00:00+07:00", null);
        HttpJson.Response again = status("RETURNED", "2026-03-04T15:00:00+07:00", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("dossier").get("history").size()).isEqualTo(returned.body().get("dossier").get("history").size());
        assertThat(again.body().get("onTime").asBoolean()).isTrue();

        HttpJson.Response back = status("RECEIVED", "2026-03-05T08:00:00+07:00", null);
        assertThat(back.status()).isEqualTo(409);
        assertThat(back.body().get("message").asString()).contains("RETURNED", "RECEIVED");
        assertThat(status("IN_PROGRESS", "2026-03-05T08:00:00+07:00", null).status()).isEqualTo(409);
    }

    @Test
    void everyBadFieldIsNamed() {
        Map<String, Object> body = dossier();
        body.put("procedureCode", "9.999999");
        body.put("applicantPhone", "12345");
        body.put("status", "DONE");
        body.put("receivedAt", "yesterday");
        body.put("officerId", "");
        HttpJson.Response r = http.put("/api/v1/dossiers/" + code, body, KEY);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("fields").toString()).contains("procedureCode", "applicantPhone", "status", "receivedAt", "officerId");

        Map<String, Object> order = dossier();
        order.put("appointmentAt", "2026-03-01T08:00:00+07:00");
        HttpJson.Response wrongOrder = http.put("/api/v1/dossiers/" + code, order, KEY);
        assertThat(wrongOrder.status()).isEqualTo(400);
        assertThat(wrongOrder.body().get("fields").toString()).contains("appointmentAt");

        Map<String, Object> wrongType = dossier();
        wrongType.put("applicantName", Map.of("first", "An"));
        HttpJson.Response typed = http.put("/api/v1/dossiers/" + code, wrongType, KEY);
        assertThat(typed.status()).isEqualTo(400);
        assertThat(typed.body().get("fields").toString()).contains("applicantName");

        assertThat(http.put("/api/v1/dossiers/not-a-code", dossier(), KEY).status()).isEqualTo(400);
        assertThat(http.postRaw("/api/v1/dossiers/" + code + "/status", "{\"status\":\"IN_PROGRESS\"}", KEY).status()).isEqualTo(400);
        assertThat(dossiers.find(code)).isEmpty();
    }

    @Test
    void unknownDossierIs404() {
        assertThat(http.get("/api/v1/dossiers/" + code, KEY).status()).isEqualTo(404);
        assertThat(status("IN_PROGRESS", "2026-03-02T09:00:00+07:00", null).status()).isEqualTo(404);
    }

    @Test
    void fiveHundredParallelChangesOfOneDossierAreEachStoredOrAskedAgainNeverAFiveHundred() throws Exception {
        String code = "000.32.33.H26-260302-0500";
        assertThat(http.put("/api/v1/dossiers/" + code, dossier(), KEY).status()).isEqualTo(200);
        ExecutorService clients = Executors.newFixedThreadPool(32);
        List<Future<HttpJson.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Map<String, Object> body = dossier();
            body.put("applicantName", "Nguyễn Văn An " + (char) ('A' + i % 26) + (char) ('a' + i / 26));
            answers.add(clients.submit(() -> http.put("/api/v1/dossiers/" + code, body, KEY)));
        }
        int stored = 0;
        for (var answer : answers) {
            HttpJson.Response r = answer.get();
            assertThat(r.status()).as(r.raw()).isIn(200, 409);
            if (r.status() == 200) stored++;
        }
        clients.shutdown();
        assertThat(stored).isPositive();
    }
}
