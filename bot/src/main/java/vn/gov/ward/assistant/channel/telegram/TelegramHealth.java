package vn.gov.ward.assistant.channel.telegram;

import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code telegram} in {@code /actuator/health}: with long polling UP while Telegram answered a getUpdates within
 * twice {@code telegram.poll-timeout} and 30 s more (an idle poll returns after the timeout), DOWN otherwise; with the
 * webhook UP once it is registered; UNKNOWN when the bot is off. Not in the readiness group: officers' messages wait in
 * the outbox while Telegram is away, and citizens are served all the same.
 */
@Component("telegramHealthIndicator")
class TelegramHealth implements HealthIndicator {

    private static final Duration SLACK = Duration.ofSeconds(30);

    private final ObjectProvider<TelegramBot> bot;
    private final TelegramProperties properties;

    TelegramHealth(ObjectProvider<TelegramBot> bot, TelegramProperties properties) {
        this.bot = bot;
        this.properties = properties;
    }

    @Override
    public Health health() {
        TelegramBot telegram = bot.getIfAvailable();
        if (telegram == null) return Health.unknown().withDetail("enabled", false).build();
        if (telegram.mode() == TelegramProperties.Mode.WEBHOOK) {
            return (telegram.connected() ? Health.up() : Health.down()).withDetail("mode", "webhook")
                    .withDetail("webhookRegistered", telegram.connected()).build();
        }
        Duration window = properties.pollTimeout().multipliedBy(2).plus(SLACK);
        Optional<Duration> since = telegram.sinceLastPoll();
        boolean live = since.isPresent() && since.get().compareTo(window) <= 0;
        Health.Builder health = (live ? Health.up() : Health.down()).withDetail("mode", "polling").withDetail("window", window.toString());
        since.ifPresent(d -> health.withDetail("lastGetUpdates", d.toSeconds() + " s ago"));
        return health.build();
    }
}
