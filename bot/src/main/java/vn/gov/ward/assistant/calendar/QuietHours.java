package vn.gov.ward.assistant.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When citizens must not be messaged (Zalo only allows care messages 07:00–22:00), every day of the week.
 * The period may wrap midnight ({@code 21:00-07:00}); start inclusive, end exclusive.
 */
public final class QuietHours {

    static final String PROPERTY = "assistant.quiet-hours";

    private final LocalTime start;
    private final LocalTime end;
    private final ZoneId zone;

    private QuietHours(LocalTime start, LocalTime end, ZoneId zone) {
        this.start = start;
        this.end = end;
        this.zone = zone;
    }

    /**
     * Parses {@code "21:00-07:00"}; an empty (or null) value means no quiet hours.
     *
     * @throws IllegalArgumentException naming {@value #PROPERTY} for a malformed or empty (start = end) period
     */
    public static QuietHours parse(String spec, ZoneId zone) {
        if (spec == null || spec.isBlank()) return none(zone);
        LocalTime[] range = OfficeHours.parseRange(PROPERTY, spec, spec.strip());
        if (range[0].equals(range[1])) {
            throw new IllegalArgumentException(PROPERTY + "='" + spec + "': start and end are equal;"
                    + " leave the property empty to turn quiet hours off");
        }
        return new QuietHours(range[0], range[1], zone);
    }

    public static QuietHours none(ZoneId zone) {
        return new QuietHours(null, null, zone);
    }

    public boolean enabled() {
        return start != null;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Whether {@code t}, read in the ward's zone, falls in the quiet period. */
    public boolean isQuiet(ZonedDateTime t) {
        if (!enabled()) return false;
        LocalTime time = t.withZoneSameInstant(zone).toLocalTime();
        return wraps()
                ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
    }

    /** {@code t} itself if a message may go out then, otherwise the end of the quiet period (in the ward's zone). */
    public ZonedDateTime nextAllowed(ZonedDateTime t) {
        if (!isQuiet(t)) return t;
        ZonedDateTime local = t.withZoneSameInstant(zone);
        LocalDate day = local.toLocalDate();
        // Wrapping quiet hours that began this evening end tomorrow morning.
        if (wraps() && !local.toLocalTime().isBefore(start)) day = day.plusDays(1);
        return ZonedDateTime.of(day, end, zone);
    }

    private boolean wraps() {
        return start.isAfter(end);
    }

    @Override
    public String toString() {
        return enabled() ? start + "-" + end : "off";
    }
}
