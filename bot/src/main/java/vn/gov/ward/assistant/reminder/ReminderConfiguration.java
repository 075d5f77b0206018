package vn.gov.ward.assistant.reminder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.officer.OfficerMessages;
import vn.gov.ward.assistant.officer.OfficerRegistry;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReminderConfiguration {

    @Bean
    ReminderPass reminderPass(DossierService dossiers, OfficerRegistry registry, OfficerDossiers officerDossiers, OfficerMessages messages,
                              PendingReminders pending, ReminderAcks acks, MorningMessages mornings, MorningPlans morningPlans,
                              DossierLines lines, WorkingCalendar calendar, ReminderProperties properties, StringRedisTemplate redis) {
        return new ReminderPass(dossiers, registry, officerDossiers, messages, pending, acks, mornings, morningPlans, lines, calendar,
                properties, redis);
    }
}
