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
     * Warns when this year (in the ward's zone) or the next has no holiday file: their working days are then
     * counted Monday to Friday only. The assistant still starts (citizens are served); the admins are told
     * from the reminder module ({@code HolidayFileCheck}).
     */
    static WorkingCalendar create(CalendarProperties properties, Clock clock) {
        WorkingCalendar calendar = WorkingCalendar.from(properties);
        int year = LocalDate.now(clock.withZone(calendar.zone())).getYear();
        for (int y = year; y <= year + 1; y++) {
            if (!calendar.hasHolidayFile(y)) {
                log.warn("No holiday file for {} in {}: its working days are counted Monday to Friday only; add vn-{}.yml",
                        y, calendar.holidays().directory().toAbsolutePath().normalize(), y);
            }
        }
        log.info("Working calendar: years {}, office hours {} ({} a day), quiet hours {}, zone {}",
                calendar.holidays().years(), calendar.officeHours(), calendar.workingDayLength(),
                calendar.quietHours(), calendar.zone());
        return calendar;
    }
}
