package vn.gov.ward.assistant.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The office sessions of one working day (morning and afternoon), in order, not overlapping, none
 * crossing midnight. Working time is counted only inside these sessions.
 */
final class OfficeHours {

    static final String PROPERTY = "assistant.office-hours";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    /** One session, {@code start} inclusive, {@code end} exclusive. */
    public record Session(LocalTime start, LocalTime end) {

        public Duration length() {
            return Duration.between(start, end);
        }

        @Override
        public String toString() {
            return start + "-" + end;
        }
    }

    private final List<Session> sessions;
    private final long[] startNanos;
    private final long[] endNanos;
    private final long dayNanos;

    private OfficeHours(List<Session> sessions) {
        this.sessions = List.copyOf(sessions);
        this.startNanos = new long[sessions.size()];
        this.endNanos = new long[sessions.size()];
        long total = 0;
        for (int i = 0; i < sessions.size(); i++) {
            startNanos[i] = sessions.get(i).start().toNanoOfDay();
            endNanos[i] = sessions.get(i).end().toNanoOfDay();
            total += endNanos[i] - startNanos[i];
        }
        this.dayNanos = total;
    }

    /**
     * Parses {@code "07:30-11:30,13:30-17:00"}.
     *
     * @throws IllegalArgumentException naming {@value #PROPERTY} when a session is malformed, empty,
     *                                  crosses midnight, or the sessions overlap or are out of order
     */
    public static OfficeHours parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw invalid(spec, "is empty: give at least one session, e.g. 07:30-11:30,13:30-17:00");
        }
        List<Session> sessions = new ArrayList<>();
        for (String part : spec.split(",")) {
            Session s = parseSession(spec, part.strip());
            if (!s.start().isBefore(s.end())) {
                throw invalid(spec, "session " + part.strip() + " does not end after it starts (sessions cannot cross midnight)");
            }
            if (!sessions.isEmpty()) {
                Session previous = sessions.get(sessions.size() - 1);
                if (s.start().isBefore(previous.start())) {
                    throw invalid(spec, "session " + s + " comes before " + previous + ": list sessions in order of the day");
                }
                if (s.start().isBefore(previous.end())) {
                    throw invalid(spec, "session " + s + " overlaps " + previous);
                }
            }
            sessions.add(s);
        }
        return new OfficeHours(sessions);
    }

    /** Parses "HH:mm-HH:mm"; used by {@link QuietHours} too. */
    static LocalTime[] parseRange(String property, String spec, String part) {
        String[] ends = part.split("-", -1);
        if (ends.length != 2) {
            throw new IllegalArgumentException(property + "='" + spec + "': '" + part + "' is not a range like 07:30-11:30");
        }
        try {
            return new LocalTime[] {LocalTime.parse(ends[0].strip(), TIME), LocalTime.parse(ends[1].strip(), TIME)};
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(property + "='" + spec + "': '" + part + "' is not a range like 07:30-11:30"
                    + " (times are HH:mm, 00:00 to 23:59)", e);
        }
    }

    private static Session parseSession(String spec, String part) {
        LocalTime[] range = parseRange(PROPERTY, spec, part);
        return new Session(range[0], range[1]);
    }

    private static IllegalArgumentException invalid(String spec, String problem) {
        return new IllegalArgumentException(PROPERTY + "='" + spec + "': " + problem);
    }

    public List<Session> sessions() {
        return sessions;
    }

    /** Working time in one full working day (7h30 with the defaults): the unit of "one working day". */
    public Duration dayLength() {
        return Duration.ofNanos(dayNanos);
    }

    /** When the first session starts. */
    public LocalTime opening() {
        return sessions.get(0).start();
    }

    /** When the last session ends: the end of a working day. */
    public LocalTime closing() {
        return sessions.get(sessions.size() - 1).end();
    }

    public boolean isOpen(LocalTime time) {
        long t = time.toNanoOfDay();
        for (int i = 0; i < startNanos.length; i++) {
            if (t >= startNanos[i] && t < endNanos[i]) return true;
        }
        return false;
    }

    long dayNanos() {
        return dayNanos;
    }

    /** Office time of a working day already gone by at {@code time}. */
    long elapsedNanos(LocalTime time) {
        long t = time.toNanoOfDay();
        long elapsed = 0;
        for (int i = 0; i < startNanos.length && t > startNanos[i]; i++) {
            elapsed += Math.min(t, endNanos[i]) - startNanos[i];
        }
        return elapsed;
    }

    /**
     * The earliest time of day at which {@code offset} of office time (0..dayNanos) has gone by: an offset
     * that completes a session gives that session's end (11:30), not the next one's start.
     */
    LocalTime timeAt(long offset) {
        long remaining = offset;
        for (int i = 0; i < startNanos.length; i++) {
            long length = endNanos[i] - startNanos[i];
            if (remaining <= length) return LocalTime.ofNanoOfDay(startNanos[i] + remaining);
            remaining -= length;
        }
        return closing();
    }

    @Override
    public String toString() {
        return String.join(",", sessions.stream().map(Session::toString).toList());
    }
}
