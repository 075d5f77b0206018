package vn.gov.ward.assistant.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of the administrative-reform plan's reports. The ward sends its quarterly and 6-month
 * reports before the 1st of the quarter's last month and the annual report before 1 December, so a
 * report holds what happened up to the end of the month before it is due, and starts where the
 * previous one stopped: quarter I runs from 1 December of the year before to the end of February,
 * II from 1 March to 31 May, III from 1 June to 31 August, IV from 1 September to 30 November; the
 * first half from 1 December to 31 May, the second from 1 June to 30 November; the year from
 * 1 December of the year before to 30 November.
 *
 * @param number the quarter (1–4) or half (1–2); 0 for a year
 * @param first  the period's first day
 * @param last   the period's last day (included)
 */
public record ReportPeriod(Kind kind, int year, int number, LocalDate first, LocalDate last) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final Pattern CODE = Pattern.compile("(20\\d{2})(?:-(Q[1-4]|H[12]))?");

    public enum Kind { QUARTER, HALF, YEAR }

    public static ReportPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) throw new IllegalArgumentException("quarter 1–4");
        YearMonth due = YearMonth.of(year, 3 * quarter);
        return new ReportPeriod(Kind.QUARTER, year, quarter, due.minusMonths(3).atDay(1), due.minusMonths(1).atEndOfMonth());
    }

    public static ReportPeriod half(int year, int half) {
        if (half < 1 || half > 2) throw new IllegalArgumentException("half 1–2");
        YearMonth due = YearMonth.of(year, 6 * half);
        return new ReportPeriod(Kind.HALF, year, half, due.minusMonths(6).atDay(1), due.minusMonths(1).atEndOfMonth());
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(Kind.YEAR, year, 0, LocalDate.of(year - 1, 12, 1), LocalDate.of(year, 11, 30));
    }

    /** The quarter whose period holds this day (December belongs to the next year's first quarter). */
    public static ReportPeriod quarterOf(LocalDate day) {
        return day.getMonthValue() == 12 ? quarter(day.getYear() + 1, 1) : quarter(day.getYear(), day.getMonthValue() / 3 + 1);
    }

    /** "2026-Q1", "2026-H2", "2026": the period named in a link. */
    public String code() {
        return switch (kind) {
            case QUARTER -> year + "-Q" + number;
            case HALF -> year + "-H" + number;
            case YEAR -> Integer.toString(year);
        };
    }

    /** The period a {@link #code()} names; empty for anything else. */
    public static Optional<ReportPeriod> parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.strip());
        if (!m.matches()) return Optional.empty();
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) return Optional.of(year(year));
        int number = m.group(2).charAt(1) - '0';
        return Optional.of(m.group(2).charAt(0) == 'Q' ? quarter(year, number) : half(year, number));
    }

    /** The first moment of the period in the ward's zone. */
    public Instant start(ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period. */
    public Instant end(ZoneId zone) {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The day before which the report is sent. */
    public LocalDate due() {
        return last.plusDays(1);
    }

    /** "Quý I năm 2026", "6 tháng đầu năm 2026", "Năm 2026". */
    public String label() {
        return switch (kind) {
            case QUARTER -> "Quý " + ROMAN[number - 1] + " năm " + year;
            case HALF -> "6 tháng " + (number == 1 ? "đầu" : "cuối") + " năm " + year;
            case YEAR -> "Năm " + year;
        };
    }

    /** "từ 01/12/2025 đến 28/02/2026". */
    public String span() {
        return "từ " + DAY.format(first) + " đến " + DAY.format(last);
    }

    /** A file name without extension: "bao-cao-cchc-2026-quy-1". */
    public String fileName() {
        return "bao-cao-cchc-" + year + switch (kind) {
            case QUARTER -> "-quy-" + number;
            case HALF -> "-6-thang-" + (number == 1 ? "dau" : "cuoi");
            case YEAR -> "-nam";
        };
    }
}
