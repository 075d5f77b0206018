package vn.gov.ward.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import okhttp3.mockwebserver.MockResponse;
import vn.gov.ward.assistant.AssistantTest;
import vn.gov.ward.assistant.HttpJson;
import vn.gov.ward.assistant.channel.zalo.api.ZaloTokens;
import vn.gov.ward.assistant.support.CitizensAndOfficersTestBase;
import vn.gov.ward.assistant.support.ZaloEvents;

/**
 * What an operator watches: the Prometheus scrape behind the API key moves with what the assistant does (a signed
 * Zalo event, a question answered, a message through the outbox to Zalo, a wrong lookup check, a refused webhook), and
 * health shows Zalo's token chain and Telegram, down when Zalo refuses the refresh token, without taking readiness.
 */
class MetricsAndHealthTest extends CitizensAndOfficersTestBase {

    private static final String KEY = AssistantTest.API_KEY;

    @Autowired
    ZaloTokens tokens;
    @Autowired
    StringRedisTemplate redis;

    @Test
    void theScrapeNeedsTheApiKey() {
        assertThat(http.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(http.get("/actuator/prometheus", "X-Api-Key", "not-a-key").status()).isEqualTo(401);
        HttpJson.Response scrape = http.get("/actuator/prometheus", "X-Api-Key", KEY);
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.raw()).contains("# TYPE zalo_webhook_received_total counter", "redis_ping_seconds_count",
                "reminder_pass_seconds_count", "outbox_oldest_waiting_seconds{", "jvm_memory_used_bytes");
    }

    @Test
    void theMetersMoveWithWhatTheAssistantDoes() {
        String before = scrape();
        String user = "u-metrics-" + UUID.randomUUID().toString().substring(0, 8);

        says(user, "đăng ký khai sinh cần giấy tờ gì");
        awaitZalo(user, "khai sinh");
        String unsigned = "{\"app_id\":\"" + ZaloEvents.APP_ID + "\",\"event_name\":\"user_send_text\",\"timestamp\":\"1\"}";
        assertThat(http.postBody("/webhooks/zalo", "application/json", unsigned, "X-ZEvent-Signature", "mac=" + "0".repeat(64))
                .status()).isEqualTo(401);
        redis.delete(redis.keys("lookup-guard:*"));
        String session = UUID.randomUUID().toString().replace("-", "");
        http.post("/api/v1/chat", Map.of("sessionId", session, "text", "000.32.33.H26-260401-0042"));
        http.post("/api/v1/chat", Map.of("sessionId", session, "text", "1111"));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            String after = scrape();
            assertThat(moved(before, after, "zalo_webhook_received_total")).isGreaterThanOrEqualTo(2);
            assertThat(moved(before, after, "zalo_webhook_acknowledged_total", "outcome=\"kept\"")).isGreaterThanOrEqualTo(1);
            assertThat(moved(before, after, "zalo_webhook_rejected_total", "reason=\"signature\"")).isEqualTo(1);
            assertThat(moved(before, after, "assistant_questions_total", "decision=\"answered\"")).isGreaterThanOrEqualTo(1);
            assertThat(moved(before, after, "outbox_messages_total", "channel=\"zalo\"", "event=\"queued\"")).isGreaterThanOrEqualTo(1);
            assertThat(moved(before, after, "outbox_messages_total", "channel=\"zalo\"", "event=\"sent\"")).isGreaterThanOrEqualTo(1);
            assertThat(moved(before, after, "dossier_lookup_checks_failed_total")).isEqualTo(1);
        });
        assertThat(scrape()).as("no user, phone or dossier code as a tag").doesNotContain(user, "000.32.33.H26", "khai sinh");
    }

    @Test
    void healthShowsZaloDownOnceZaloRefusesTheRefreshTokenWhileTheAssistantStaysReady() {
        await().atMost(Duration.ofSeconds(15)).until(() -> "UP".equals(component("telegram")));
        assertThat(component("zalo")).isEqualTo("UP");
        assertThat(http.get("/actuator/health").body().has("components")).as("details for the key holder only").isFalse();
        try {
            zalo.csReplies.add(new MockResponse().setBody("{\"error\":-216,\"message\":\"Access token is invalid\"}"));
            zalo.refreshReplies.add(new MockResponse().setHeader("Content-Type", "application/json").setBody(
                    "{\"error\":-14014,\"error_name\":\"Invalid refresh token\",\"error_description\":\"Refresh token is invalid or expired\"}"));
            says("u-metrics-chain", "xin chào");

            await().atMost(Duration.ofSeconds(15)).until(() -> "DOWN".equals(component("zalo")));
            HttpJson.Response health = http.get("/actuator/health", "X-Api-Key", KEY);
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.body().get("components").get("zalo").get("details").get("chain").asString()).isEqualTo("broken");
            assertThat(health.body().get("components").get("redis").get("status").asString()).isEqualTo("UP");
            assertThat(http.get("/actuator/health/readiness").status()).as("a broken Zalo chain leaves the instance ready").isEqualTo(200);
        } finally {
            tokens.install("mended-access", "mended-refresh");
        }
        assertThat(component("zalo")).isEqualTo("UP");
    }

    private String component(String name) {
        HttpJson.Response health = http.get("/actuator/health", "X-Api-Key", KEY);
        return health.body().get("components").get(name).get("status").asString();
    }

    private String scrape() {
        HttpJson.Response scrape = http.get("/actuator/prometheus", "X-Api-Key", KEY);
        assertThat(scrape.status()).isEqualTo(200);
        return scrape.raw();
    }

    private static double moved(String before, String after, String name, String... labels) {
        return sum(after, name, labels) - sum(before, name, labels);
    }

    /** The sum of the series of {@code name} carrying every label given ({@code key="value"}); 0 when there is none. */
    private static double sum(String scrape, String name, String... labels) {
        return scrape.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .filter(l -> Arrays.stream(labels).allMatch(l::contains))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
