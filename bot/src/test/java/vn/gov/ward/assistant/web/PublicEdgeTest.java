package vn.gov.ward.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.gov.ward.assistant.AssistantTest;
import vn.gov.ward.assistant.HttpJson;
import vn.gov.ward.assistant.support.PublicEdgeTestBase;

/** The public edge: bodies judged before they are read, 4xx for every bad request, deny by default, nothing personal logged. */
@ExtendWith(OutputCaptureExtension.class)
class PublicEdgeTest extends PublicEdgeTestBase {

    static final String[] KEY = {"X-Api-Key", AssistantTest.API_KEY};

    @LocalServerPort
    int port;

    private String head(String method, String path, String... headers) {
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (String h : headers) head.append(h).append("\r\n");
        return head.append("\r\n").toString();
    }

    @Test
    void theTelegramSecretIsCheckedBeforeTheBodyIsRead() throws Exception {
        // A body still coming: answered at once, nothing read or buffered.
        assertThat(statusBeforeTheBodyEnds(port, head("POST", "/webhooks/telegram", "Content-Type: application/json",
                "Transfer-Encoding: chunked"), 64 * 1024)).isEqualTo(401);
        assertThat(statusBeforeTheBodyEnds(port, head("POST", "/webhooks/telegram", "Content-Type: application/json",
                "Content-Length: 125829120", TELEGRAM_SECRET_HEADER + ": " + TELEGRAM_SECRET), 16 * 1024)).isEqualTo(413);
        assertThat(statusBeforeTheBodyEnds(port, head("POST", "/webhooks/telegram", "Content-Type: application/json",
                "Transfer-Encoding: chunked", TELEGRAM_SECRET_HEADER + ": " + TELEGRAM_SECRET), 200 * 1024)).isEqualTo(413);
    }

    @Test
    void everyBodyIsCappedBeforeItIsRead() throws Exception {
        assertThat(statusBeforeTheBodyEnds(port, head("POST", "/api/v1/chat", "Content-Type: application/json",
                "Content-Length: 31457280"), 8 * 1024)).isEqualTo(413);
        assertThat(statusBeforeTheBodyEnds(port, head("POST", "/api/v1/chat", "Content-Type: application/json",
                "Transfer-Encoding: chunked"), 200 * 1024)).isEqualTo(413);
        assertThat(statusBeforeTheBodyEnds(port, head("POST", "/webhooks/zalo", "Content-Type: application/json",
                "Transfer-Encoding: chunked"), 200 * 1024)).as("no signature: refused from the header").isEqualTo(401);
        assertThat(statusBeforeTheBodyEnds(port, head("PUT", "/api/v1/dossiers/000.32.33.H26-260310-0001",
                "Content-Type: application/json", "X-Api-Key: " + AssistantTest.API_KEY, "Content-Length: 200000"), 8 * 1024))
                .isEqualTo(413);
        assertThat(statusBeforeTheBodyEnds(port, head("POST", "/api/v1/dossiers/import", "Content-Type: text/csv",
                "X-Api-Key: " + AssistantTest.API_KEY, "Content-Length: 20000000"), 8 * 1024)).isEqualTo(413);
    }

    @Test
    void badRequestsGet4xxNot500(CapturedOutput output) {
        HttpJson http = new HttpJson(port);
        assertThat(http.get("/api/v1/chat/bad%20id!/updates").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/chat/x/updates").status()).isEqualTo(400);

        String sig = "X-ZEvent-Signature";
        String wellFormed = "mac=" + "0".repeat(64);
        for (String event : new String[] {
                "{\"app_id\":{\"a\":1},\"timestamp\":\"1\",\"event_name\":\"user_send_text\"}",
                "{\"app_id\":\"3608213\",\"timestamp\":[1],\"event_name\":\"user_send_text\"}",
                "{\"app_id\":\"3608213\",\"timestamp\":\"1\",\"event_name\":{}}",
                "null", "[]", "\"x\"", "{\"app_id\":true,\"timestamp\":1.5,\"event_name\":2}"}) {
            int status = http.postBody("/webhooks/zalo", "application/json", event, sig, wellFormed).status();
            assertThat(status).as(event).isBetween(400, 401);
        }
        assertThat(output.getAll()).as("no stack trace").doesNotContain("Exception", "\tat ");

        for (String path : new String[] {"/api/v1/chat", "/api/v1/officers", "/webhooks/telegram"}) {
            HttpJson.Response r = http.postBody(path, "*/*", "{}", "X-Api-Key", AssistantTest.API_KEY,
                    TELEGRAM_SECRET_HEADER, TELEGRAM_SECRET);
            assertThat(r.status()).as(path).isEqualTo(415);
        }
        assertThat(http.putBody("/api/v1/dossiers/000.32.33.H26-260310-0001", "*/*", "{}", KEY).status()).isEqualTo(415);
        assertThat(http.postBody("/api/v1/chat", "application/json; charset=no-such-charset", "{}").status()).isEqualTo(415);

        assertThat(http.get("/error").status()).isEqualTo(401);
        assertThat(http.get("/error", KEY).status()).isEqualTo(404);
        assertThat(http.postBody("/webhooks/telegram", "application/json", "null", TELEGRAM_SECRET_HEADER, TELEGRAM_SECRET).status())
                .isEqualTo(400);
        assertThat(http.postBody("/webhooks/telegram", "application/json", "[1,2]", TELEGRAM_SECRET_HEADER, TELEGRAM_SECRET).status())
                .isEqualTo(400);
        assertThat(output.getAll()).doesNotContain("\tat ");
    }

    @Test
    void everythingNotNamedPublicNeedsTheKey() {
        HttpJson http = new HttpJson(port);
        for (String path : new String[] {"/api/v1/outbox/failed", "/api/v1/officers", "/api/v1/procedures/1.001193",
                "/api/v1/procedures/search?q=khai+sinh", "/v3/api-docs", "/swagger-ui/index.html", "/no-such-page",
                "/api/v1/reports/satisfaction?from=2026-01-01&to=2026-01-31", "/actuator/prometheus"}) {
            assertThat(http.get(path).status()).as(path).isEqualTo(401);
        }
        assertThat(http.get("/v3/api-docs", KEY).status()).isEqualTo(200);
        assertThat(http.get("/").status()).isEqualTo(200);
        assertThat(http.get("/actuator/health").status()).isEqualTo(200);
        assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(http.get("/actuator/env", KEY).status()).isIn(401, 403, 404);
        assertThat(http.get("/danh-gia/forged.token").status()).isBetween(200, 499).isNotEqualTo(401);
        assertThat(http.post("/api/v1/chat", Map.of("sessionId", "edge-test-0001", "text", "xin chào")).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/chat/edge-test-0001/updates").status()).isEqualTo(200);
    }

    @Test
    void tomcatLogsNoRejectedHeaderOrParameterValue(CapturedOutput output) throws Exception {
        String key = AssistantTest.API_KEY;
        String badHeader = "GET /api/v1/officers HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Api-Key: " + key + "\u0001\r\nX-Bad Header: "
                + key + "\r\n\r\n";
        assertThat(raw(port, badHeader.getBytes(StandardCharsets.ISO_8859_1))).startsWith("HTTP/1.1 400");
        String badTarget = "GET /api/v1/chat/x/updates?phone=0912399887&name=<Ri\u00eang> HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n";
        assertThat(raw(port, badTarget.getBytes(StandardCharsets.ISO_8859_1))).startsWith("HTTP/1.1 400");
        String badParameters = "GET /api/v1/chat/x/updates?phone=0912399887%&name=%ZZRieng HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "X-Api-Key: " + key + "\r\nConnection: close\r\n\r\n";
        raw(port, badParameters.getBytes(StandardCharsets.ISO_8859_1));
        String undecodable = "score=5&comment=G%E1%BB%8Di+0912399887+Rieng+%ZZ";  // %ZZ: no escape
        String badForm = "POST /danh-gia/forged.token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + undecodable.length() + "\r\nConnection: close\r\n\r\n" + undecodable;
        assertThat(raw(port, badForm.getBytes(StandardCharsets.ISO_8859_1))).startsWith("HTTP/1.1 400")
                .contains("cannot be decoded").doesNotContain("0912399887");
        assertThat(output.getAll()).doesNotContain(key, "0912399887", "Rieng", "Ri\u00eang");
    }
}
