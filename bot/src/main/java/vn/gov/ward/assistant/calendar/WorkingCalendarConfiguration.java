package vn.gov.ward.assistant.calendar;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The working calendar, built once at start-up: bad settings or holiday files stop the start with the reason. */
@Configuration(proxyBeanMethods = false)
class WorkingCalendarConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WorkingCalendarConfiguration.class);

    @Bean
    WorkingCalendar workingCalendar(CalendarProperties properties, ObjectProvider<Clock> clock) {
        return create(properties, clock.getIfUnique(Clock::systemUTC));
    }

    /**
     * Fails unless this year (in the ward's zone) is covered: every deadline computed today needs it.
     */
    static WorkingCalendar create(CalendarProperties properties, Clock clock) {
        WorkingCalendar calendar = WorkingCalendar.from(properties);
        int year = LocalDate.now(clock.withZone(calendar.zone())).getYear();
        calendar.holidays().year(year);
        if (!calendar.holidays().covers(year + 1)) {
            // Deadlines late in the year run into the next one and will fail until its file is added.
            log.warn("No holiday file for {} in {}: deadlines reaching into {} cannot be computed; add vn-{}.yml",
                    year + 1, calendar.holidays().directory().toAbsolutePath().normalize(), year + 1, year + 1);
        }
        log.info("Working calendar: years {}, office hours {} ({} a day), quiet hours {}, zone {}",
                calendar.holidays().years(), calendar.officeHours(), calendar.workingDayLength(),
                calendar.quietHours(), calendar.zone());
        return calendar;
    }
}
