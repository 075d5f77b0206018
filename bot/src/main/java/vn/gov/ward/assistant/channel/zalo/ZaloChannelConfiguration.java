package vn.gov.ward.assistant.channel.zalo;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.conversation.CitizenMessages;
import vn.gov.ward.assistant.conversation.ConversationEngine;
import vn.gov.ward.assistant.conversation.NotificationPreferences;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.channel.zalo.api.ZaloClient;
import vn.gov.ward.assistant.channel.zalo.api.ZaloProperties;
import vn.gov.ward.assistant.officer.OfficerMessages;
import vn.gov.ward.assistant.outbox.Outbox;
import vn.gov.ward.assistant.redis.RateLimits;
import vn.gov.ward.assistant.redis.StreamProperties;
import vn.gov.ward.assistant.survey.SurveyService;

/** The Zalo channel, on only with {@code zalo.enabled=true}: the embedded default runs without it. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "zalo.enabled", havingValue = "true")
@EnableScheduling
class ZaloChannelConfiguration {

    @Bean
    ZaloInteractions zaloInteractions(StringRedisTemplate redis, Clock clock) {
        return new ZaloInteractions(redis, clock);
    }

    @Bean
    ZaloInbox zaloInbox(StringRedisTemplate redis, JsonMapper json, ConversationEngine conversations, Outbox outbox,
                        ZaloInteractions interactions, DossierService dossiers, SurveyService surveys, CitizenMessages citizens,
                        ZaloProperties properties, StreamProperties streams, RateLimits limits) {
        return new ZaloInbox(redis, json, conversations, outbox, interactions, dossiers, surveys, citizens,
                new ZaloInfoRequests(redis), ZaloKeys.heldFor(properties.webhookMaxAge()), streams, limits);
    }

    @Bean
    ZaloSender zaloSender(ZaloClient client, ZaloProperties properties, ZaloInteractions interactions, StringRedisTemplate redis,
                          Clock clock, WorkingCalendar calendar, @Value("${zalo.rate-per-second:60}") double ratePerSecond) {
        return new ZaloSender(client, properties, interactions, redis, clock, calendar.zone(), ratePerSecond);
    }

    @Bean
    ZaloRatings zaloRatings(ZaloClient client, ZaloProperties properties, SurveyService surveys, StringRedisTemplate redis, Clock clock) {
        return new ZaloRatings(client, properties, surveys, redis, clock);
    }

    @Bean
    ZaloAlerts zaloAlerts(OfficerMessages messages, Clock clock) {
        return new ZaloAlerts(messages, clock);
    }

    @Bean
    ZaloStatusNotifier zaloStatusNotifier(Outbox outbox, DossierService dossiers, NotificationPreferences preferences,
                                          WorkingCalendar calendar, ZaloProperties properties, StringRedisTemplate redis, Clock clock) {
        return new ZaloStatusNotifier(outbox, dossiers, preferences, calendar, properties, redis, clock);
    }
}
