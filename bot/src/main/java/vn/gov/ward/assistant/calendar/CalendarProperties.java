package vn.gov.ward.assistant.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code assistant.*} for the working calendar. Bound as plain strings and parsed by
 * {@link WorkingCalendar#from(CalendarProperties)}, so a bad value fails with the property's name
 * (and because Boot's Path conversion treats relative values as class-path resources).
 *
 * @param officeHours sessions of a working day, in order, e.g. {@code 07:30-11:30,13:30-17:00}
 * @param quietHours  when citizens must not be messaged, may wrap midnight; empty turns quiet hours off
 * @param timeZone    the zone the ward's days and hours are in
 * @param holidaysDir the directory of {@code vn-<year>.yml} files (days off and làm bù days per year)
 */
@ConfigurationProperties("assistant")
record CalendarProperties(
        @DefaultValue("07:30-11:30,13:30-17:00") String officeHours,
        @DefaultValue("21:00-07:00") String quietHours,
        @DefaultValue("Asia/Ho_Chi_Minh") String timeZone,
        @DefaultValue("config/holidays") String holidaysDir) {
}
