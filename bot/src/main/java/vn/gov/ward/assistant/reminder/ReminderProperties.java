package vn.gov.ward.assistant.reminder;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code reminders.*}. Times before and after a deadline are working time: whole days
 * count as working days ({@code 1d} = one working day of office hours), the rest as working hours.
 *
 * @param enabled       runs the reminder pass on schedule
 * @param dueSoon       how long before the appointment an officer hears it is coming (a dossier the morning plan
 *                      listed hears it only from the offsets under a working day, the deadline in the next hours)
 * @param escalateAfter a dossier this far past its appointment goes to the officer's leader
 * @param digestAt      when the morning plan (a leader's: the unit's digest) goes out on working days; overdue
 *                      dossiers are repeated there, once a working day
 * @param nothingToDo   the morning of an officer with nothing overdue, due or waiting: no message, or one line
 * @param scanEvery     how often the pass runs
 * @param urgent        kinds sent even in quiet hours and on days off
 */
@ConfigurationProperties("reminders")
record ReminderProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue({"1d", "4h"}) List<Duration> dueSoon,
        @DefaultValue("4h") Duration escalateAfter,
        @DefaultValue("07:30") String digestAt,
        @DefaultValue("skip") NothingToDo nothingToDo,
        @DefaultValue("1m") Duration scanEvery,
        @DefaultValue Set<ReminderKind> urgent) {

    /** What an officer with nothing to do hears in the morning. */
    enum NothingToDo { SKIP, ONE_LINE }

    LocalTime digestTime() {
        return LocalTime.parse(digestAt);
    }
}
