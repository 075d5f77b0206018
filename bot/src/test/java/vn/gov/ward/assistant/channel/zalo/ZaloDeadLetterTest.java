package vn.gov.ward.assistant.channel.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.AssistantTest;
import vn.gov.ward.assistant.HttpJson;
import vn.gov.ward.assistant.support.ResilienceTestBase;
import vn.gov.ward.assistant.support.ZaloEvents;

/**
 * A kept Zalo event the inbox cannot handle (a text event without its message object) is tried a few times,
 * then moves to the dead letters, which admins read with the API key, instead of coming back every minute forever.
 */
class ZaloDeadLetterTest extends ResilienceTestBase {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    ZaloInbox inbox;

    @Test
    void anEventThatFailsEveryDeliveryEndsInTheDeadLettersWithTheReason() {
        HttpJson http = new HttpJson(port);
        String raw = JSON.writeValueAsString(Map.of("app_id", ZaloEvents.APP_ID, "event_name", "user_send_text",
                "timestamp", Long.toString(System.currentTimeMillis()), "sender", Map.of("id", "poison-user"), "recipient", Map.of("id", "oa-1")));
        inbox.accept(JSON.readTree(raw), raw); // as the webhook keeps a verified event

        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetter(http) != null);
        JsonNode dead = deadLetter(http);
        assertThat(dead.get("reason").asString()).contains("IllegalArgumentException", "without a message object");
        assertThat(dead.get("deliveries").asInt()).isEqualTo(3);
        assertThat(dead.get("stream").asString()).isEqualTo(ZaloKeys.EVENTS);
        assertThat(http.get("/api/v1/dead-letters").status()).as("admins only").isEqualTo(401);

        String replay = "/api/v1/dead-letters/replay?key=" + HttpJson.encode(ZaloKeys.DEAD_LETTERS) + "&id=";
        assertThat(http.post(replay + dead.get("id").asString(), "").status()).as("admins only").isEqualTo(401);
        assertThat(http.post(replay + "1-1", "", "X-Api-Key", AssistantTest.API_KEY).status()).isEqualTo(404);
        assertThat(http.post(replay + "not-an-id", "", "X-Api-Key", AssistantTest.API_KEY).status()).isEqualTo(400);
        HttpJson.Response replayed = http.post(replay + dead.get("id").asString(), "", "X-Api-Key", AssistantTest.API_KEY);
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.body().get("stream").asString()).isEqualTo(ZaloKeys.EVENTS);
    }

    private JsonNode deadLetter(HttpJson http) {
        HttpJson.Response answer = http.get("/api/v1/dead-letters", "X-Api-Key", AssistantTest.API_KEY);
        assertThat(answer.status()).isEqualTo(200);
        for (JsonNode stream : answer.body()) {
            if (!stream.get("key").asString().equals(ZaloKeys.DEAD_LETTERS)) continue;
            for (JsonNode entry : stream.get("latest")) if (entry.get("fields").get("event").asString().contains("poison-user")) return entry;
        }
        return null;
    }
}
