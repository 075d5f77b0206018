package vn.gov.ward.assistant.channel.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

import okhttp3.OkHttpClient;
import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.dossier.DossierCodes;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.officer.LinkCodes;
import vn.gov.ward.assistant.officer.OfficerMessages;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.officer.OfficerReplies;
import vn.gov.ward.assistant.outbox.Outbox;
import vn.gov.ward.assistant.reminder.DossierLines;
import vn.gov.ward.assistant.reminder.OfficerDossiers;

/**
 * The officers' Telegram bot, on only with {@code telegram.enabled=true}. The library's client, its
 * OkHttp and its Jackson 2 stay inside this package: no bean of those types is offered to others.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "telegram.enabled", havingValue = "true")
class TelegramConfiguration {

    private final TelegramProperties properties;
    private final TelegramUrl url;
    private final OkHttpTelegramClient client;

    TelegramConfiguration(TelegramProperties properties) {
        this.properties = checked(properties);
        var api = properties.apiUrl();
        int port = api.getPort() != -1 ? api.getPort() : "https".equals(api.getScheme()) ? 443 : 80;
        this.url = new TelegramUrl(api.getScheme(), api.getHost(), port, false);
        OkHttpClient http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(15)).build();
        this.client = new OkHttpTelegramClient(http, properties.botToken(), url);
    }

    private static TelegramProperties checked(TelegramProperties p) {
        if (p.botToken() == null || p.botToken().isBlank()) {
            throw new IllegalStateException("telegram.enabled=true needs telegram.bot-token (set TELEGRAM_BOT_TOKEN in the environment)");
        }
        if (p.mode() == TelegramProperties.Mode.WEBHOOK) {
            if (p.webhookSecret() == null || !p.webhookSecret().matches("[A-Za-z0-9_-]{1,256}")) {
                throw new IllegalStateException("telegram.mode=webhook needs telegram.webhook-secret: 1–256 characters of A-Z a-z 0-9 _ -");
            }
            if (p.webhookUrl() == null || !p.webhookUrl().startsWith("https://")) {
                throw new IllegalStateException("telegram.mode=webhook needs telegram.webhook-url, the public https:// address of /webhooks/telegram");
            }
        }
        return p;
    }

    @Bean
    TelegramSender telegramSender(OfficerRegistry officers, OfficerMessages messages, StringRedisTemplate redis, Outbox outbox) {
        return new TelegramSender(client, properties, officers, messages, redis, new TelegramEdits(client, outbox));
    }

    @Bean
    ChatLinks chatLinks(LinkCodes linkCodes, OfficerRegistry registry, OfficerMessages messages) {
        return new ChatLinks(linkCodes, registry, messages);
    }

    @Bean
    DossierCommands dossierCommands(DossierService dossiers, DossierCodes codes, OfficerDossiers officerDossiers, DossierLines lines,
                                    OfficerRegistry registry, WorkingCalendar calendar, Clock clock) {
        return new DossierCommands(dossiers, codes, officerDossiers, lines, registry, calendar, clock);
    }

    @Bean
    OfficerCommands officerCommands(OfficerRegistry registry, OfficerMessages messages, ChatLinks links, DossierCommands dossierCommands,
                                    WorkingCalendar calendar, Clock clock, List<OfficerReplies> features) {
        return new OfficerCommands(client, registry, messages, links, dossierCommands, new MessageStamps(client, calendar, clock), features);
    }

    @Bean
    TelegramUpdates telegramUpdates(OfficerCommands commands, StringRedisTemplate redis) {
        return new TelegramUpdates(commands, redis);
    }

    @Bean
    TelegramBot telegramBot(TelegramUpdates updates) {
        return new TelegramBot(properties, client, url, updates);
    }
}
