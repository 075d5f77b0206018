package vn.gov.ward.assistant.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.gov.ward.assistant.AssistantTest;
import vn.gov.ward.assistant.HttpJson;

/** The procedure endpoints other tools depend on: shapes and errors stay stable. */
@AssistantTest
class ProcedureApiTest {

    @LocalServerPort
    int port;
    HttpJson http;

    @BeforeEach
    void setUp() {
        http = new HttpJson(port);
    }

    /** The procedure API is for the ward's systems: it needs the key, like everything not named public. */
    private HttpJson.Response get(String path) {
        return http.get(path, "X-Api-Key", AssistantTest.API_KEY);
    }

    @Test
    void withoutAKeyTheProcedureApiIs401() {
        assertThat(http.get("/api/v1/procedures/1.001193").status()).isEqualTo(401);
        assertThat(http.get("/api/v1/procedures/search?q=khai+sinh").status()).isEqualTo(401);
    }

    @Test
    void searchWithAndWithoutToneMarksFindsTheSameProcedure() {
        HttpJson.Response plain = get("/api/v1/procedures/search?limit=3&q=" + HttpJson.encode("lam giay khai sinh cho con can gi"));
        HttpJson.Response accented = get("/api/v1/procedures/search?limit=3&q=" + HttpJson.encode("Làm giấy khai sinh cho con cần gì"));
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.body().get("decision").asString()).isEqualTo("answer");
        assertThat(plain.body().get("results").size()).isBetween(1, 3);
        assertThat(plain.body().get("results").get(0).get("code").asString()).isEqualTo("1.001193");
        assertThat(accented.body().get("results").get(0).get("code").asString()).isEqualTo("1.001193");
        assertThat(plain.body().get("results").get(0).has("name")).isTrue();
        assertThat(plain.body().get("results").get(0).has("field")).isTrue();
        assertThat(plain.body().get("results").get(0).get("score").asDouble()).isPositive();
    }

    @Test
    void outOfScopeQuestionIsDeclined() {
        HttpJson.Response r = get("/api/v1/procedures/search?q=" + HttpJson.encode("mua vé tàu hỏa đi Sài Gòn"));
        assertThat(r.body().get("decision").asString()).isEqualTo("decline");
    }

    @Test
    void badQueriesAre400WithTheField() {
        HttpJson.Response empty = get("/api/v1/procedures/search?q=%20");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().get("fields").get(0).get("field").asString()).isEqualTo("q");
        assertThat(empty.body().get("message").asString()).isEqualTo("q: the question is empty");
        assertThat(empty.body().get("error").asString()).isEqualTo("Bad Request");
        assertThat(get("/api/v1/procedures/search").status()).isEqualTo(400);
        assertThat(get("/api/v1/procedures/search?q=" + "a".repeat(501)).status()).isEqualTo(400);
        assertThat(get("/api/v1/procedures/search?q=" + "a".repeat(500)).status()).isEqualTo(200);
        assertThat(get("/api/v1/procedures/search?q=khai+sinh&limit=0").status()).isEqualTo(400);
        assertThat(get("/api/v1/procedures/search?q=khai+sinh&limit=abc").status()).isEqualTo(400);
    }

    @Test
    void procedureByCodeIsTheFullNormalisedRecord() {
        HttpJson.Response r = get("/api/v1/procedures/1.001193");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("name").asString()).isEqualTo("Thủ tục đăng ký khai sinh");
        assertThat(r.body().get("processingTime").get("limits").get(0).get("unit").asString()).isEqualTo("WORKING_DAYS");
        assertThat(r.body().get("documentGroups").size()).isPositive();
        assertThat(r.body().get("sourceUrl").asString()).startsWith("https://dichvucong.gov.vn/");
    }

    @Test
    void unknownCodeIs404WithAJsonError() {
        HttpJson.Response r = get("/api/v1/procedures/9.999999");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body().get("message").asString()).contains("9.999999");
    }

    @Test
    void apiDocsAndHealthAreServed() {
        HttpJson.Response docs = http.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.raw()).contains("/api/v1/procedures/search", "/api/v1/chat");
        assertThat(http.get("/swagger-ui/index.html").status()).isEqualTo(200);
        HttpJson.Response health = http.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asString()).isEqualTo("UP");
    }
}
