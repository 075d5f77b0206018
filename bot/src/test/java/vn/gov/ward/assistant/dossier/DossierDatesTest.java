package vn.gov.ward.assistant.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import vn.gov.ward.assistant.AssistantTest;
import vn.gov.ward.assistant.HttpJson;
import vn.gov.ward.assistant.dossier.internal.DossierStore;
import vn.gov.ward.assistant.reminder.DossierLines;

/** Dates the working calendar cannot count are refused at intake; a dossier stored with one stays readable. */
@AssistantTest
class DossierDatesTest {

    static final String[] KEY = {"X-Api-Key", AssistantTest.API_KEY};

    @LocalServerPort
    int port;
    @Autowired
    DossierService dossiers;
    @Autowired
    DossierStore store;
    @Autowired
    DossierLines lines;
    @Autowired
    StringRedisTemplate redis;
    HttpJson http;
    String code;

    @BeforeEach
    void setUp() {
        http = new HttpJson(port);
        code = "000.32.33.H26-260303-" + String.format("%04d", Math.abs(UUID.randomUUID().hashCode()) % 10000);
    }

    private HttpJson.Response put(String field, String value) {
        Map<String, Object> body = DossierApiTest.dossier();
        if (value == null) body.remove(field);
        else body.put(field, value);
        return http.put("/api/v1/dossiers/" + code, body, KEY);
    }

    @Test
    void anAppointmentOrReceiptTheCalendarCannotCountIs400NamingTheFieldAndNothingIsStored() {
        HttpJson.Response far = put("appointmentAt", "2099-01-05T08:00:00+07:00");
        assertThat(far.status()).as(far.raw()).isEqualTo(400);
        assertThat(far.body().get("fields").get(0).get("field").asString()).isEqualTo("appointmentAt");
        assertThat(far.body().get("fields").get(0).get("problem").asString()).contains("2015–2037");
        assertThat(dossiers.find(code)).isEmpty();

        Map<String, Object> early = DossierApiTest.dossier();
        early.put("receivedAt", "1999-01-05T08:00:00+07:00");
        HttpJson.Response old = http.put("/api/v1/dossiers/" + code, early, KEY);
        assertThat(old.status()).as(old.raw()).isEqualTo(400);
        assertThat(old.body().get("fields").toString()).contains("receivedAt");

        // Received on the calendar's last day, its computed appointment falls after it.
        Map<String, Object> edge = DossierApiTest.dossier();
        edge.remove("appointmentAt");
        edge.put("receivedAt", "2037-12-31T16:00:00+07:00");
        HttpJson.Response atTheEdge = http.put("/api/v1/dossiers/" + code, edge, KEY);
        assertThat(atTheEdge.status()).as(atTheEdge.raw()).isEqualTo(400);
        assertThat(atTheEdge.body().get("fields").get(0).get("field").asString()).isEqualTo("receivedAt");

        HttpJson.Response status = http.post("/api/v1/dossiers/" + code + "/status",
                Map.of("status", "IN_PROGRESS", "at", "+999999999-12-31T00:00:00Z"), KEY);
        assertThat(status.status()).as(status.raw()).isEqualTo(400);
        assertThat(dossiers.find(code)).isEmpty();
    }

    @Test
    void aYearWithoutAHolidayFileIsCountedMondayToFriday() {
        Map<String, Object> body = DossierApiTest.dossier();
        body.remove("appointmentAt");
        body.put("receivedAt", "2029-03-05T08:00:00+07:00");  // a Monday
        HttpJson.Response r = http.put("/api/v1/dossiers/" + code, body, KEY);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.body().get("dossier").get("appointmentAt").asString()).isEqualTo("2029-03-06T01:00:00Z");
    }

    @Test
    void aDossierStoredWithADateBeyondTheCalendarStaysReadable() {
        // As an earlier version stored it: no check at intake.
        Instant received = Instant.parse("2026-03-02T01:00:00Z");
        store.update(code, nothing -> new Dossier(code, "1.001193", new Dossier.Applicant("Nguyễn Văn An", "0912345678", null),
                "tuphap-hotich-01", received, Instant.parse("2099-01-05T01:00:00Z"), DossierStatus.IN_PROGRESS, null,
                List.of(new Dossier.StatusChange(DossierStatus.IN_PROGRESS, received, null))));

        HttpJson.Response read = http.get("/api/v1/dossiers/" + code, KEY);
        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        assertThat(read.body().get("onTime").asBoolean()).isTrue();
        assertThat(lines.details(dossiers.find(code).orElseThrow(), null)).as("/hoso").contains("Còn");

        redis.delete(redis.keys("lookup-guard:*"));
        String session = UUID.randomUUID().toString().replace("-", "");
        HttpJson.Response lookup = http.post("/api/v1/chat", Map.of("sessionId", session, "text", code + " 5678"));
        assertThat(lookup.status()).as(lookup.raw()).isEqualTo(200);
        assertThat(lookup.body().get("replies").get(0).get("text").asString()).contains("Đang giải quyết", "trong hạn");
    }

    @Test
    void reportDatesTheCalendarCannotCountAre400() {
        HttpJson.Response r = http.get("/api/v1/reports/satisfaction?from=2026-01-01&to=" + HttpJson.encode("+999999999-12-31"), KEY);
        assertThat(r.status()).as(r.raw()).isEqualTo(400);
        assertThat(r.body().get("fields").get(0).get("field").asString()).isEqualTo("to");
    }
}
