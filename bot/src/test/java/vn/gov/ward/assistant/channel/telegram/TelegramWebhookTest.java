package vn.gov.ward.assistant.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.gov.ward.assistant.HttpJson;
import vn.gov.ward.assistant.support.PublicEdgeTestBase;

/**
 * Webhook mode: the bot registers its webhook with the secret, and updates are taken only with that secret. In the
 * public edge's context, which runs the bot in webhook mode (one context fewer to start).
 */
class TelegramWebhookTest extends PublicEdgeTestBase {

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
        assertThat(registration.get("secret_token").asString()).isEqualTo(TELEGRAM_SECRET);
        assertThat(registration.get("allowed_updates").toString()).contains("message", "callback_query");
        assertThat(telegram.calls("getupdates")).as("no polling in webhook mode").isEmpty();

        HttpJson http = new HttpJson(port);
        assertThat(http.postRaw("/webhooks/telegram", update(1, 6001, "/help")).status()).isEqualTo(401);
        assertThat(http.postRaw("/webhooks/telegram", update(2, 6001, "/help"),
                TelegramWebhookController.SECRET_HEADER, "wrong").status()).isEqualTo(401);
        assertThat(http.postRaw("/webhooks/telegram", "{not json", TelegramWebhookController.SECRET_HEADER, TELEGRAM_SECRET).status()).isEqualTo(400);
        assertThat(http.postRaw("/webhooks/telegram", "{\"message\":{\"text\":\"/help\"}}", TelegramWebhookController.SECRET_HEADER,
                TELEGRAM_SECRET).status()).as("no update_id").isEqualTo(400);
        assertThat(http.postRaw("/webhooks/telegram", update(3, 6002, "/help"), TelegramWebhookController.SECRET_HEADER, TELEGRAM_SECRET).status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.textsTo(6002).size() == 1);
        assertThat(telegram.textsTo(6002).get(0)).isEqualTo(OfficerCommands.STRANGER);
        assertThat(telegram.textsTo(6001)).isEmpty();
    }
}
