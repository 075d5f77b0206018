package vn.gov.ward.knowledge.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.gov.ward.knowledge.analysis.VietnameseText;

/**
 * Reads processing times: the time field ("Trực tiếp: 3 Ngày làm việc | Trực tuyến: 2 Ngày làm việc"),
 * the time of each submission row, and, where neither states one, the one time the steps give from the
 * receipt of the dossier. A bare number takes the unit the procedure's own text gives that number; without
 * such evidence it is kept as a unitless number, never guessed.
 */
final class ProcessingTimes {

    static final Pattern CHANNEL_PREFIX = Pattern.compile("^(Trực tiếp|Trực tuyến|Dịch vụ bưu chính):\\s*");
    private static final Pattern TIME = Pattern.compile(
            "^(\\d+(?:[.,]\\d+)?)\\s*(ngày làm việc|ngày|giờ làm việc|giờ)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern IMMEDIATE = Pattern.compile("(tiếp nhận|giải quyết|trả kết quả) ngay|trong ngày",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String UNIT = "(ngày làm việc|ngày|giờ làm việc|giờ)";
    /** "Trong thời hạn 03 ngày làm việc kể từ ngày nhận hồ sơ": the time the steps give for the whole procedure. */
    private static final Pattern FROM_RECEIPT = Pattern.compile("thời hạn (?:không quá |tối đa )?(\\d+) " + UNIT
            + ",? kể từ (?:ngày|khi|thời điểm) (?:tiếp nhận|nhận)(?: được)?(?: đủ)? hồ sơ", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final List<String> NUMBER_WORDS = List.of("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười");

    private ProcessingTimes() {
    }

    /**
     * @param override the ward's time for the procedure ("1 ngày làm việc", or per way of submitting as the
     *                 portal writes it), which wins; null for none
     */
    static ProcessingTime of(RawProcedure r, List<SubmissionMethod> methods, String override) {
        if (override != null) {
            ProcessingTime ward = fromField(override, null);
            if (!ward.known()) {
                throw new CatalogueException("ward layer", "procedures." + r.code().strip(),
                        "processingTime '" + override + "' needs a number and a unit, e.g. '5 ngày làm việc'");
            }
            return ward;
        }
        ProcessingTime field = fromField(r.processingTime(), r);
        List<ProcessingTime.ChannelLimit> rows = methods.stream().filter(m -> m.timeLimit() != null)
                .map(m -> new ProcessingTime.ChannelLimit(m.channel(), m.timeLimit())).distinct().toList();
        ProcessingTime fromRows = new ProcessingTime(rows.stream().map(ProcessingTime.ChannelLimit::limit).distinct().toList(), rows, null);
        if (field.known()) {
            // One value in the field, but the rows say each way of submitting takes its own: the rows are the fuller account.
            return field.byChannel().isEmpty() && fromRows.differsByChannel() ? fromRows : field;
        }
        if (fromRows.known()) return fromRows;
        if (field.unitless() != null) return field;
        for (String row : r.submission()) {
            for (String part : VietnameseText.nfc(row).split(" — ")) {
                if (part.matches("Thời hạn:\\s*\\d+")) return new ProcessingTime(List.of(), List.of(), part.replaceAll("\\D", ""));
            }
        }
        return fromSteps(r);
    }

    /** The time field, or a ward's override in the same form. */
    private static ProcessingTime fromField(String value, RawProcedure context) {
        if (value == null || value.isBlank()) return ProcessingTime.unknown();
        Set<TimeLimit> limits = new LinkedHashSet<>();
        List<ProcessingTime.ChannelLimit> byChannel = new ArrayList<>();
        String unitless = null;
        for (String part : VietnameseText.nfc(value).split("\\s*\\|\\s*")) {
            Matcher prefix = CHANNEL_PREFIX.matcher(part);
            Optional<SubmissionChannel> channel = prefix.find() ? SubmissionChannel.fromLabel(prefix.group(1)) : Optional.empty();
            String text = prefix.replaceFirst("");
            Optional<TimeLimit> limit = parse(text, context);
            if (limit.isPresent()) {
                limits.add(limit.get());
                channel.ifPresent(c -> byChannel.add(new ProcessingTime.ChannelLimit(c, limit.get())));
            } else if (text.matches("\\d+")) {
                unitless = text;
            }
        }
        return new ProcessingTime(new ArrayList<>(limits), byChannel.stream().distinct().toList(), limits.isEmpty() ? unitless : null);
    }

    /** The one time the steps give from the receipt of the dossier; unknown when they give none or several. */
    private static ProcessingTime fromSteps(RawProcedure r) {
        if (r.steps() == null) return ProcessingTime.unknown();
        Set<TimeLimit> found = new LinkedHashSet<>();
        Matcher m = FROM_RECEIPT.matcher(VietnameseText.nfc(r.steps()));
        while (m.find()) found.add(new TimeLimit(new BigDecimal(m.group(1)).stripTrailingZeros(), unit(m.group(2))));
        return found.size() == 1 ? new ProcessingTime(List.copyOf(found), List.of(), null) : ProcessingTime.unknown();
    }

    /**
     * A time value with its unit. A bare number takes the unit the procedure's own text gives that number
     * ("trong thời hạn 05 ngày làm việc", "tối đa một ngày"); with no such evidence it is unknown, never guessed.
     */
    static Optional<TimeLimit> parse(String value, RawProcedure context) {
        String text = VietnameseText.nfc(value);
        if (text == null || text.isEmpty()) return Optional.empty();
        if (IMMEDIATE.matcher(text).find()) return Optional.of(TimeLimit.immediate());
        Matcher m = TIME.matcher(text);
        if (!m.matches()) return Optional.empty();
        BigDecimal amount = new BigDecimal(m.group(1).replace(',', '.'));
        String unit = m.group(2);
        if (unit == null) {
            if (context == null) return Optional.empty();
            unit = unitFromText(amount, context).orElse(null);
            if (unit == null) return Optional.empty();
        }
        return Optional.of(new TimeLimit(amount, unit(unit)));
    }

    private static Optional<String> unitFromText(BigDecimal amount, RawProcedure r) {
        String number = amount.stripTrailingZeros().toPlainString();
        String word = amount.scale() <= 0 && amount.intValue() < NUMBER_WORDS.size() ? NUMBER_WORDS.get(amount.intValue()) : null;
        Pattern sameNumber = Pattern.compile("(?:(?<![\\d.,])0*" + Pattern.quote(number)
                + (word == null ? "" : "|(?<!\\p{L})" + word) + ")\\s*" + UNIT + "(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (String text : List.of(String.valueOf(r.steps()), String.join(" ", r.submission()), String.valueOf(r.requirements()))) {
            Matcher m = sameNumber.matcher(VietnameseText.nfc(text));
            if (m.find()) return Optional.of(m.group(1));
        }
        return Optional.empty();
    }

    private static TimeLimit.Unit unit(String label) {
        return switch (label.toLowerCase(Locale.ROOT)) {
            case "ngày làm việc" -> TimeLimit.Unit.WORKING_DAYS;
            case "ngày" -> TimeLimit.Unit.DAYS;
            default -> TimeLimit.Unit.WORKING_HOURS;
        };
    }
}
