package vn.gov.ward.assistant.console.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the console writes times, working days and shares, the Vietnamese way (a decimal comma). */
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    /** The one instance, for the templates ({@code ${fmt.percent(...)}}). */
    public static final Formats FORMATS = new Formats();

    private Formats() {
    }

    public static String day(Instant t, ZoneId zone) {
        return t == null ? "" : DAY.format(t.atZone(zone));
    }

    public static String minute(Instant t, ZoneId zone) {
        return t == null ? "" : MINUTE.format(t.atZone(zone));
    }

    /** "1,5 ngày làm việc", or hours under a day. */
    public static String workingDays(Duration workingTime, Duration workingDay) {
        double days = Math.round(workingTime.toMinutes() * 10.0 / workingDay.toMinutes()) / 10.0;
        if (days < 1) return Math.max(1, Math.round(workingTime.toMinutes() / 60.0)) + " giờ làm việc";
        return decimal(days, 1) + " ngày làm việc";
    }

    /** "93,5%", or "–" when there is nothing to divide by. */
    public static String percent(Double share) {
        return share == null ? "–" : decimal(share * 100, 1) + "%";
    }

    public static String decimal(double value, int places) {
        String text = String.format(Locale.ROOT, "%." + places + "f", value);
        if (text.contains(".")) text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        return text.replace('.', ',');
    }
}
