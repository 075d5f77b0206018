package vn.gov.ward.assistant.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The days {@link WorkingCalendar} counts, as tables built once: the years of the holiday files and
 * {@value WorkingCalendar#REACH_YEARS} years either side (Monday to Friday there, warned about once a year
 * when first used). Days are numbered from 1 January of the first year.
 */
final class CalendarDays {

    private static final Logger log = LoggerFactory.getLogger(CalendarDays.class);

    private final HolidayCalendar holidays;
    final int firstYear;
    final int lastYear;
    private final long firstEpochDay;
    /** Per day: whether it is a working day. */
    private final boolean[] working;
    /** Per day (and one past the end): how many working days come before it. */
    private final int[] workingBefore;
    /** The day number of the k-th working day. */
    private final int[] workingDays;
    /** Per day: its year has no holiday file, so only weekends are days off. */
    private final boolean[] weekdaysOnly;
    private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

    CalendarDays(HolidayCalendar holidays) {
        this.holidays = holidays;
        this.firstYear = holidays.years().first() - WorkingCalendar.REACH_YEARS;
        this.lastYear = holidays.years().last() + WorkingCalendar.REACH_YEARS;
        LocalDate first = LocalDate.of(firstYear, 1, 1);
        this.firstEpochDay = first.toEpochDay();
        int days = (int) ChronoUnit.DAYS.between(first, LocalDate.of(lastYear + 1, 1, 1));
        this.working = new boolean[days];
        this.weekdaysOnly = new boolean[days];
        this.workingBefore = new int[days + 1];
        int count = 0;
        for (int i = 0; i < days; i++) {
            LocalDate date = first.plusDays(i);
            working[i] = holidays.isWorkingDay(date);
            weekdaysOnly[i] = !holidays.covers(date.getYear());
            workingBefore[i] = count;
            if (working[i]) count++;
        }
        workingBefore[days] = count;
        this.workingDays = new int[count];
        for (int i = 0, k = 0; i < days; i++) {
            if (working[i]) workingDays[k++] = i;
        }
    }

    /** The day's number. @throws DateOutsideCalendar beyond the counted years */
    int number(LocalDate date) {
        long i = date.toEpochDay() - firstEpochDay;
        if (i < 0 || i >= working.length) throw outside(date.getYear());
        if (weekdaysOnly[(int) i]) warnWeekdaysOnly(date.getYear());
        return (int) i;
    }

    LocalDate date(int day) {
        LocalDate date = LocalDate.ofEpochDay(firstEpochDay + day);
        if (weekdaysOnly[day]) warnWeekdaysOnly(date.getYear());
        return date;
    }

    boolean isWorking(int day) {
        return working[day];
    }

    int workingBefore(int day) {
        return workingBefore[day];
    }

    /** The number of the k-th working day (from 0). @throws DateOutsideCalendar past the last one */
    int workingDay(long k) {
        if (k < 0) throw outside(firstYear - 1);
        if (k >= workingDays.length) throw outside(lastYear + 1);
        return workingDays[(int) k];
    }

    /** The first working day after {@code day}. */
    int nextWorkingDayAfter(int day) {
        return workingDay(workingBefore[day + 1]);
    }

    private DateOutsideCalendar outside(int year) {
        return new DateOutsideCalendar(year, firstYear, lastYear);
    }

    private void warnWeekdaysOnly(int year) {
        if (warnedYears.add(year)) {
            log.warn("No holiday file for {} in {}: its working days are counted Monday to Friday only (no Tết, no làm bù"
                    + " days); add vn-{}.yml", year, holidays.directory().toAbsolutePath().normalize(), year);
        }
    }
}
