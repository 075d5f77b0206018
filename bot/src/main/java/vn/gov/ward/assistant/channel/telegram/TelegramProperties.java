package vn.gov.ward.assistant.channel.telegram;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code telegram.*}. Off by default so the embedded default starts without a token.
 *
 * @param botToken        from BotFather; from the environment only
 * @param botUsername     the bot's username, for link deep links
 * @param apiUrl          the Bot API server (tests point it at a fake)
 * @param mode            {@code polling} (default) or {@code webhook}
 * @param webhookUrl      the public HTTPS address of {@code /webhooks/telegram}, registered in webhook mode
 * @param webhookSecret   1–256 of {@code A-Za-z0-9_-}; Telegram echoes it in {@code X-Telegram-Bot-Api-Secret-Token}
 * @param pollTimeout     how long one getUpdates call waits for updates
 * @param ratePerSecond   messages per second overall (Telegram allows about 30)
 * @param perChat         the pace of messages to one chat (Telegram allows about one a second)
 * @param registerRetries the longest wait between tries to reach Telegram at start-up
 */
@ConfigurationProperties("telegram")
record TelegramProperties(
        boolean enabled,
        String botToken,
        @DefaultValue("ward_assistant_bot") String botUsername,
        @DefaultValue("https://api.telegram.org") URI apiUrl,
        @DefaultValue("polling") Mode mode,
        String webhookUrl,
        String webhookSecret,
        @DefaultValue("50s") Duration pollTimeout,
        @DefaultValue("30") double ratePerSecond,
        @DefaultValue("1s") Duration perChat,
        @DefaultValue("5m") Duration registerRetries) {

    public enum Mode { POLLING, WEBHOOK }
}
