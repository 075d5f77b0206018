package vn.gov.ward.assistant.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.gov.ward.assistant.AssistantTest;
import vn.gov.ward.assistant.HttpJson;
import vn.gov.ward.assistant.support.FakeTelegram;

/** Webhook mode: the bot registers its webhook with the secret, and updates are taken only with that secret. */
@AssistantTest
class TelegramWebhookTest {

    static final FakeTelegram telegram = new FakeTelegram();
    static final String SECRET = "webhook_Secret-0123456789";

    @DynamicPropertySource
    static void webhookMode(DynamicPropertyRegistry registry) {
        registry.add("telegram.enabled", () -> "true");
        registry.add("telegram.bot-token", () -> FakeTelegram.TOKEN);
        registry.add("telegram.api-url", telegram::url);
        registry.add("telegram.mode", () -> "webhook");
        registry.add("telegram.webhook-url", () -> "https://tro-ly.phuong.example/webhooks/telegram");
        registry.add("telegram.webhook-secret", () -> SECRET);
    }

    @AfterAll
    static void stopFake() throws IOException {
        telegram.stop();
    }

    @LocalServerPort
    int port;

    private static String update(int id, long chat, String text) {
        return """
                {"update_id": %d, "message": {"message_id": 5, "date": 1, "chat": {"id": %d, "type": "private"},
                 "from": {"id": %d, "is_bot": false, "first_name": "A"}, "text": "%s"}}""".formatted(id, chat, chat, text);
    }

    @Test
    void theWebhookIsRegisteredWithItsSecretAndOnlyUpdatesCarryingItAreTaken() {
        await().atMost(Duration.ofSeconds(10)).until(() -> !telegram.calls("setwebhook").isEmpty());
        var registration = telegram.calls("setwebhook").get(0).body();
        assertThat(registration.get("url").asString()).isEqualTo("https://tro-ly.phuong.example/webhooks/telegram");
        assertThat(registration.get("secret_token").asString()).isEqualTo(SECRET);
        assertThat(registration.get("allowed_updates").toString()).contains("message", "callback_query");
        assertThat(telegram.calls("getupdates")).as("no polling in webhook mode").isEmpty();

        HttpJson http = new HttpJson(port);
        assertThat(http.postRaw("/webhooks/telegram", update(1, 6001, "/help")).status()).isEqualTo(401);
        assertThat(http.postRaw("/webhooks/telegram", update(2, 6001, "/help"),
                TelegramWebhookController.SECRET_HEADER, "wrong").status()).isEqualTo(401);
        assertThat(http.postRaw("/webhooks/telegram", "{not json", TelegramWebhookController.SECRET_HEADER, SECRET).status()).isEqualTo(400);
        assertThat(http.postRaw("/webhooks/telegram", update(3, 6002, "/help"), TelegramWebhookController.SECRET_HEADER, SECRET).status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.textsTo(6002).size() == 1);
        assertThat(telegram.textsTo(6002).get(0)).isEqualTo(OfficerCommands.STRANGER);
        assertThat(telegram.textsTo(6001)).isEmpty();
    }
}
