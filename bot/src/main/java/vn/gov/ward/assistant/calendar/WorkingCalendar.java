package vn.gov.ward.assistant.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Working days and office hours of the ward office: the one place deadlines, pauses and reminder times
 * are computed. Immutable and thread-safe.
 * <p>
 * Working time is counted only inside {@link #officeHours() office hours} of {@link #isWorkingDay working days}
 * (Monday to Friday, minus the announced days off, plus the announced làm bù weekend days). Results are in
 * {@link #zone() the ward's zone}; inputs in any zone are read in it. The calendar counts the years of its holiday
 * files and {@value #REACH_YEARS} years either side of them; a year without a file counts Monday to Friday only
 * (logged once per year as a warning: Tết and làm bù days are missing). A date beyond that gives
 * {@link DateOutsideCalendar}: intake refuses such dates ({@link #canCount}).
 * <p>
 * Internally every instant maps to "working time since 1 January of the first covered year" using per-day
 * tables built once, so each computation is a few array look-ups, whatever the span.
 */
public final class WorkingCalendar {

    /** Years counted Monday to Friday before the first holiday file and after the last one. */
    public static final int REACH_YEARS = 10;

    private final HolidayCalendar holidays;
    private final OfficeHours officeHours;
    private final QuietHours quietHours;
    private final ZoneId zone;

    private final CalendarDays table;
    private final long dayNanos;
    private final Instant countableFrom;
    private final Instant countableUntil;

    public WorkingCalendar(HolidayCalendar holidays, OfficeHours officeHours, QuietHours quietHours, ZoneId zone) {
        this.holidays = Objects.requireNonNull(holidays);
        this.officeHours = Objects.requireNonNull(officeHours);
        this.quietHours = Objects.requireNonNull(quietHours);
        this.zone = Objects.requireNonNull(zone);
        this.table = new CalendarDays(holidays);
        this.dayNanos = officeHours.dayNanos();
        this.countableFrom = LocalDate.of(table.firstYear, 1, 1).atStartOfDay(zone).toInstant();
        this.countableUntil = LocalDate.of(table.lastYear + 1, 1, 1).atStartOfDay(zone).toInstant();
    }

    /**
     * Builds the calendar from {@code assistant.*} settings, reading the holiday files.
     *
     * @throws IllegalArgumentException naming the property for a bad office-hours, quiet-hours or zone value
     * @throws HolidayFileException     for a missing or invalid holiday file
     */
    public static WorkingCalendar from(CalendarProperties properties) {
        ZoneId zone;
        try {
            zone = ZoneId.of(properties.timeZone().strip());
        } catch (DateTimeException | NullPointerException e) {
            throw new IllegalArgumentException("assistant.time-zone='" + properties.timeZone()
                    + "' is not a time zone id like Asia/Ho_Chi_Minh", e);
        }
        if (properties.holidaysDir() == null || properties.holidaysDir().isBlank()) {
            throw new IllegalArgumentException("assistant.holidays-dir is empty: set it to the folder of vn-<year>.yml files");
        }
        return new WorkingCalendar(HolidayCalendar.load(Path.of(properties.holidaysDir().strip())),
                OfficeHours.parse(properties.officeHours()), QuietHours.parse(properties.quietHours(), zone), zone);
    }

    /** Whether the calendar can count from or to {@code t}: intake refuses other dates. */
    public boolean canCount(Instant t) {
        return !t.isBefore(countableFrom) && t.isBefore(countableUntil);
    }

    /** Whether the calendar can count this day. */
    public boolean canCount(LocalDate date) {
        return date.getYear() >= table.firstYear && date.getYear() <= table.lastYear;
    }

    /**
     * {@code t}, or the nearest instant the calendar can count: what a dossier stored with a date beyond the
     * calendar is measured against, so it stays readable (its timeliness then a bound, not an error).
     */
    public Instant clamped(Instant t) {
        if (t.isBefore(countableFrom)) return countableFrom;
        return t.isBefore(countableUntil) ? t : countableUntil.minusNanos(1);
    }

    /** The first and last years the calendar can count, e.g. "2015–2037", for error messages. */
    public String countableYears() {
        return table.firstYear + "–" + table.lastYear;
    }

    /** Whether the year has its holiday file (else it is counted Monday to Friday). */
    public boolean hasHolidayFile(int year) {
        return holidays.covers(year);
    }

    /** @throws DateOutsideCalendar if the date is beyond what the calendar counts */
    public boolean isWorkingDay(LocalDate date) {
        return table.isWorking(table.number(date));
    }

    /** Inside an office session of a working day. */
    public boolean isOfficeHours(ZonedDateTime t) {
        LocalDateTime local = local(t);
        return table.isWorking(table.number(local.toLocalDate())) && officeHours.isOpen(local.toLocalTime());
    }

    /** {@code t} itself when the office is open then, otherwise the start of the next office session. */
    public ZonedDateTime nextOfficeOpening(ZonedDateTime t) {
        LocalDateTime local = local(t);
        int day = table.number(local.toLocalDate());
        if (table.isWorking(day)) {
            LocalTime time = local.toLocalTime();
            for (OfficeHours.Session s : officeHours.sessions()) {
                if (time.isBefore(s.start())) return at(day, s.start());
                if (time.isBefore(s.end())) return t.withZoneSameInstant(zone);
            }
        }
        return at(table.nextWorkingDayAfter(day), officeHours.opening());
    }

    /**
     * Adds working time: only office hours of working days count, so a start outside office hours counts
     * from the next office session (Monday 18:00 + 2h = Tuesday 09:30 with the default hours). When the
     * result falls exactly at the end of a session, that end is returned (Monday 07:30 + 4h = Monday 11:30).
     * A zero duration returns {@code from}; a negative one goes back in working time.
     */
    public ZonedDateTime addWorkingTime(ZonedDateTime from, Duration workingTime) {
        if (workingTime.isZero()) return from.withZoneSameInstant(zone);
        return fromWorking(Math.addExact(toWorking(from), workingTime.toNanos()));
    }

    /**
     * Office time of working days between two instants, e.g. how long a dossier was paused while the citizen
     * brought more documents: weekends, days off, nights and lunch do not count. Negative if {@code to} is
     * before {@code from}.
     */
    public Duration workingTimeBetween(ZonedDateTime from, ZonedDateTime to) {
        return Duration.ofNanos(toWorking(to) - toWorking(from));
    }

    /**
     * Adds a processing time given in working days (ngày làm việc).
     * <p>
     * The rule: {@code n} working days is {@code n × workingDayLength()} of office time counted from
     * {@code from}, so the deadline is the next working day(s) at the same point of the office day:
     * received Monday 09:00 + 1 working day = Tuesday 09:00; received Friday 16:00 + 1 = Monday 16:00 (or the
     * next working day after a holiday). Received outside office hours, the count starts at the next
     * opening: received Monday 18:00 (or on Sunday) + 1 = the end of the next working day's office hours.
     * Received exactly at opening, 1 working day ends at that day's closing. Fractions are allowed
     * (0.5 = half an office day); a negative value goes back.
     */
    public ZonedDateTime addWorkingDays(ZonedDateTime from, BigDecimal days) {
        long nanos = days.multiply(BigDecimal.valueOf(dayNanos)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return addWorkingTime(from, Duration.ofNanos(nanos));
    }

    /**
     * Adds calendar days (same time of day). If that lands on a day off, the deadline moves to the end of
     * the next working day's office hours, as a period whose last day is a day off ends at the end of the
     * next working day.
     */
    public ZonedDateTime addCalendarDays(ZonedDateTime from, int days) {
        LocalDateTime target = local(from).plusDays(days);
        int day = table.number(target.toLocalDate());
        if (table.isWorking(day)) return ZonedDateTime.of(target, zone);
        return at(table.nextWorkingDayAfter(day), officeHours.closing());
    }

    /**
     * The deadline for something due "within the day" (trong ngày): the end of office hours of {@code t}'s
     * day if that is a working day and not yet closed, otherwise the end of the next working day.
     */
    public ZonedDateTime endOfWorkingDay(ZonedDateTime t) {
        LocalDateTime local = local(t);
        int day = table.number(local.toLocalDate());
        if (table.isWorking(day) && !local.toLocalTime().isAfter(officeHours.closing())) return at(day, officeHours.closing());
        return at(table.nextWorkingDayAfter(day), officeHours.closing());
    }

    /**
     * When a notification may go out: {@code t} itself, or, in quiet hours or on a day off, the end of the
     * quiet hours on the next working day.
     */
    /**
     * When a notification queued at {@code now} may go: null for at once (inside the allowed hours),
     * else the {@link #nextNotificationTime next allowed time} (what the outbox's {@code notBefore} takes).
     */
    public Instant notBefore(Instant now) {
        Instant next = nextNotificationTime(now.atZone(zone)).toInstant();
        return next.equals(now) ? null : next;
    }

    public ZonedDateTime nextNotificationTime(ZonedDateTime t) {
        ZonedDateTime at = t.withZoneSameInstant(zone);
        for (int i = 0; i < 60 && (quietHours.isQuiet(at) || !isWorkingDay(at.toLocalDate())); i++) {
            at = quietHours.isQuiet(at) ? quietHours.nextAllowed(at) : at.toLocalDate().plusDays(1).atStartOfDay(zone);
        }
        return at;
    }

    /**
     * A configured span read as working time: whole days are working days (office days), the rest is office
     * hours and minutes; {@code 1d} is one working day, {@code 4h} four working hours.
     */
    public Duration workingTime(Duration configured) {
        long days = configured.toDays();
        return workingDayLength().multipliedBy(days).plus(configured.minusDays(days));
    }

    /** Office time in one working day: what "one working day" of processing time is worth. */
    public Duration workingDayLength() {
        return Duration.ofNanos(dayNanos);
    }

    public ZoneId zone() {
        return zone;
    }

    public OfficeHours officeHours() {
        return officeHours;
    }

    public QuietHours quietHours() {
        return quietHours;
    }

    /** The announced days off and làm bù days behind this calendar (names, years covered, source). */
    public HolidayCalendar holidays() {
        return holidays;
    }

    // --- working-time arithmetic -------------------------------------------------------------------------

    private LocalDateTime local(ZonedDateTime t) {
        return t.withZoneSameInstant(zone).toLocalDateTime();
    }

    private ZonedDateTime at(int day, LocalTime time) {
        return ZonedDateTime.of(table.date(day), time, zone);
    }

    /** Office time from the start of the covered years to {@code t}. */
    private long toWorking(ZonedDateTime t) {
        LocalDateTime local = local(t);
        int day = table.number(local.toLocalDate());
        long w = table.workingBefore(day) * dayNanos;
        return table.isWorking(day) ? w + officeHours.elapsedNanos(local.toLocalTime()) : w;
    }

    /** The earliest instant at which {@code w} of office time has gone by. */
    private ZonedDateTime fromWorking(long w) {
        long fullDays = w / dayNanos;
        long offset = w % dayNanos;
        if (offset == 0 && fullDays > 0) {
            // Exactly a whole number of days: the close of the last of them, not the next morning.
            fullDays--;
            offset = dayNanos;
        }
        return at(table.workingDay(w < 0 ? -1 : fullDays), officeHours.timeAt(offset));
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + countableYears() + ", office hours " + officeHours
                + ", quiet hours " + quietHours + ", " + zone + "]";
    }
}
