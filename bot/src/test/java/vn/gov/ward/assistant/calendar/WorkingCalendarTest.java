package vn.gov.ward.assistant.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.ward.assistant.calendar.CalendarFixtures.vn;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = CalendarFixtures.realCalendar();

    @Test
    void oneWorkingDayIsOneOfficeDay() {
        assertThat(calendar.workingDayLength()).isEqualTo(Duration.ofMinutes(7 * 60 + 30));
        // Received Monday 09:00, 1 working day: Tuesday 09:00.
        assertThat(calendar.addWorkingDays(vn("2025-03-03T09:00"), BigDecimal.ONE)).isEqualTo(vn("2025-03-04T09:00"));
        // Received Friday 16:00: the weekend does not count.
        assertThat(calendar.addWorkingDays(vn("2025-03-07T16:00"), BigDecimal.ONE)).isEqualTo(vn("2025-03-10T16:00"));
        // Half a day from 09:00: 2h30 of morning, then 1h15 of afternoon.
        assertThat(calendar.addWorkingDays(vn("2025-03-03T09:00"), new BigDecimal("0.5"))).isEqualTo(vn("2025-03-03T14:45"));
    }

    @Test
    void deadlineAcrossTet2026() {
        // Off Mon 16 – Fri 20 Feb 2026 (and both weekends): 3 working days from Fri 13 Feb 10:00 end on Wed 25 Feb.
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse();
        assertThat(calendar.addWorkingDays(vn("2026-02-13T10:00"), BigDecimal.valueOf(3))).isEqualTo(vn("2026-02-25T10:00"));
        // Received during Tết: counting starts on Mon 23 Feb.
        assertThat(calendar.addWorkingDays(vn("2026-02-18T10:00"), BigDecimal.ONE)).isEqualTo(vn("2026-02-23T17:00"));
        assertThat(calendar.holidays().dayOffName(LocalDate.of(2026, 2, 17))).hasValueSatisfying(n -> assertThat(n).contains("mùng 1"));
    }

    @Test
    void deadlineAcrossSwapSaturday2025() {
        // Sat 26 Apr 2025 was worked (làm bù) for Fri 2 May off.
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
        assertThat(calendar.addWorkingDays(vn("2025-04-25T10:00"), BigDecimal.ONE)).isEqualTo(vn("2025-04-26T10:00"));
        // Tue 29 Apr + 1: Wed 30/4, Thu 1/5, Fri 2/5 and the weekend are off.
        assertThat(calendar.addWorkingDays(vn("2025-04-29T10:00"), BigDecimal.ONE)).isEqualTo(vn("2025-05-05T10:00"));
        // From Fri 25 Apr: Sat 26 (1), Mon 28 (2), Tue 29 (3), Mon 5 May (4).
        assertThat(calendar.addWorkingDays(vn("2025-04-25T10:00"), BigDecimal.valueOf(4))).isEqualTo(vn("2025-05-05T10:00"));
    }

    @Test
    void pauseSpanningAWeekendAndAHoliday() {
        // Fri 24 Apr 2026 15:00 → Tue 28 Apr 09:00: 2h on Friday, weekend, Mon 27 off (Hùng Kings' day fell on
        // Sunday 26), 1h30 on Tuesday.
        Duration pause = calendar.workingTimeBetween(vn("2026-04-24T15:00"), vn("2026-04-28T09:00"));
        assertThat(pause).isEqualTo(Duration.ofMinutes(210));
        assertThat(calendar.workingTimeBetween(vn("2026-04-28T09:00"), vn("2026-04-24T15:00"))).isEqualTo(pause.negated());
        // Lunch does not count either.
        assertThat(calendar.workingTimeBetween(vn("2026-04-28T11:00"), vn("2026-04-28T14:00"))).isEqualTo(Duration.ofMinutes(60));
        // Extending a deadline by the pause gives the same working time back.
        assertThat(calendar.workingTimeBetween(vn("2026-04-24T15:00"), calendar.addWorkingTime(vn("2026-04-24T15:00"), pause)))
                .isEqualTo(pause);
    }

    @Test
    void startOutsideOfficeHoursCountsFromTheNextSession() {
        assertThat(calendar.addWorkingTime(vn("2025-03-03T18:00"), Duration.ofHours(2))).isEqualTo(vn("2025-03-04T09:30"));
        assertThat(calendar.addWorkingTime(vn("2025-03-03T06:00"), Duration.ofHours(1))).isEqualTo(vn("2025-03-03T08:30"));
        assertThat(calendar.addWorkingTime(vn("2025-03-03T12:00"), Duration.ofMinutes(30))).isEqualTo(vn("2025-03-03T14:00"));
        assertThat(calendar.addWorkingTime(vn("2025-03-03T11:00"), Duration.ofHours(1))).isEqualTo(vn("2025-03-03T14:00"));
        // Received on Sunday: one working day is Monday's office day.
        assertThat(calendar.addWorkingDays(vn("2025-03-09T10:00"), BigDecimal.ONE)).isEqualTo(vn("2025-03-10T17:00"));
        // Exactly at a session's end gives that end, not the next opening.
        assertThat(calendar.addWorkingTime(vn("2025-03-03T07:30"), Duration.ofHours(4))).isEqualTo(vn("2025-03-03T11:30"));
    }

    @Test
    void negativeWorkingTimeGoesBack() {
        // Remind 2 working hours before a Tuesday 09:00 deadline: Monday 16:30.
        assertThat(calendar.addWorkingTime(vn("2025-03-04T09:00"), Duration.ofHours(-2))).isEqualTo(vn("2025-03-03T16:30"));
    }

    @Test
    void crossesYearFiles() {
        // Wed 31 Dec 2025 after hours: 1–2 Jan 2026 off, then the weekend.
        assertThat(calendar.nextOfficeOpening(vn("2025-12-31T18:00"))).isEqualTo(vn("2026-01-05T07:30"));
        // Sat 10 Jan 2026 was worked for Fri 2 Jan.
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(calendar.addWorkingDays(vn("2026-01-09T10:00"), BigDecimal.ONE)).isEqualTo(vn("2026-01-10T10:00"));
    }

    @Test
    void inputsInOtherZonesAreReadInTheWardsZone() {
        // 02:00 UTC = 09:00 in Vietnam.
        var utc = LocalDate.of(2025, 3, 3).atTime(2, 0).atZone(ZoneOffset.UTC);
        assertThat(calendar.isOfficeHours(utc)).isTrue();
        assertThat(calendar.addWorkingDays(utc, BigDecimal.ONE)).isEqualTo(vn("2025-03-04T09:00"));
    }

    @Test
    void officeHoursAndNextOpening() {
        assertThat(calendar.isOfficeHours(vn("2025-03-03T07:30"))).isTrue();
        assertThat(calendar.isOfficeHours(vn("2025-03-03T11:30"))).isFalse();
        assertThat(calendar.isOfficeHours(vn("2025-03-08T09:00"))).isFalse(); // Saturday
        assertThat(calendar.nextOfficeOpening(vn("2025-03-03T12:00"))).isEqualTo(vn("2025-03-03T13:30"));
        assertThat(calendar.nextOfficeOpening(vn("2025-03-03T09:00"))).isEqualTo(vn("2025-03-03T09:00"));
        assertThat(calendar.nextOfficeOpening(vn("2025-03-07T17:00"))).isEqualTo(vn("2025-03-10T07:30"));
    }

    @Test
    void withinTheDay() {
        assertThat(calendar.endOfWorkingDay(vn("2025-03-07T16:00"))).isEqualTo(vn("2025-03-07T17:00"));
        assertThat(calendar.endOfWorkingDay(vn("2025-03-07T06:00"))).isEqualTo(vn("2025-03-07T17:00"));
        assertThat(calendar.endOfWorkingDay(vn("2025-03-07T17:30"))).isEqualTo(vn("2025-03-10T17:00"));
        // Thu 29 Jan 2025 is mùng 1 Tết: the next working day is Mon 3 Feb.
        assertThat(calendar.endOfWorkingDay(vn("2025-01-29T10:00"))).isEqualTo(vn("2025-02-03T17:00"));
    }

    @Test
    void calendarDaysLandingOnADayOffMoveToTheEndOfTheNextWorkingDay() {
        // Wed 22 Apr 2026 + 5 = Mon 27 Apr, the compensating day off for Hùng Kings' day.
        assertThat(calendar.addCalendarDays(vn("2026-04-22T10:00"), 5)).isEqualTo(vn("2026-04-28T17:00"));
        // Landing on a working day keeps the time of day.
        assertThat(calendar.addCalendarDays(vn("2026-04-22T10:00"), 6)).isEqualTo(vn("2026-04-28T10:00"));
        // Landing on a làm bù Saturday is landing on a working day.
        assertThat(calendar.addCalendarDays(vn("2026-08-15T10:00"), 7)).isEqualTo(vn("2026-08-22T10:00"));
        // Sunday → Monday's end.
        assertThat(calendar.addCalendarDays(vn("2025-03-02T10:00"), 7)).isEqualTo(vn("2025-03-10T17:00"));
    }

    @Test
    void aYearWithoutAFileCountsWeekdaysAndBeyondTheReachIsAnError() {
        // 2028 has no file: Monday to Friday, no Tết (a guess, logged as a warning), instead of an exception.
        assertThat(calendar.hasHolidayFile(2028)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 3))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 12, 31))).isTrue();
        // A deadline that runs past the last file: Tue 28 Dec 2027 + 10 working days, the new year's Saturday off.
        assertThat(calendar.addWorkingDays(vn("2027-12-28T10:00"), BigDecimal.TEN)).isEqualTo(vn("2028-01-11T10:00"));
        assertThat(calendar.endOfWorkingDay(vn("2027-12-31T18:00"))).isEqualTo(vn("2028-01-03T17:00"));

        assertThat(calendar.countableYears()).isEqualTo("2015–2037");
        assertThat(calendar.canCount(vn("2037-12-31T23:59").toInstant())).isTrue();
        assertThat(calendar.canCount(vn("2038-01-01T00:00").toInstant())).isFalse();
        assertThat(calendar.canCount(LocalDate.of(2099, 1, 1))).isFalse();
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2099, 1, 5)))
                .isInstanceOf(DateOutsideCalendar.class).hasMessageContaining("2099").hasMessageContaining("2015–2037")
                .satisfies(e -> assertThat(((DateOutsideCalendar) e).year()).isEqualTo(2099));
        assertThatThrownBy(() -> calendar.addWorkingDays(vn("2037-12-31T10:00"), BigDecimal.TEN))
                .isInstanceOf(DateOutsideCalendar.class).hasMessageContaining("2038");
        // A stored date beyond the reach is measured at its edge.
        assertThat(calendar.clamped(vn("2099-01-05T10:00").toInstant())).isEqualTo(vn("2038-01-01T00:00").toInstant().minusNanos(1));
        assertThat(calendar.clamped(vn("2026-01-05T10:00").toInstant())).isEqualTo(vn("2026-01-05T10:00").toInstant());
    }

    @Test
    void announcedDatesAreLoaded() {
        assertThat(calendar.holidays().years()).contains(2025, 2026, 2027);
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 7))).isFalse();   // Hùng Kings 2025
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 31))).isFalse();  // swapped with Sat 22 Aug
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
    }
}
