package vn.gov.ward.knowledge.catalogue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Processing time (thời hạn giải quyết). The portal sometimes lists several values because it
 * lists each step; {@link #limits()} keeps each distinct value, {@link #longest()} is what a
 * deadline is computed from.
 *
 * @param limits empty when the portal gave nothing usable (unknown unit included)
 */
public record ProcessingTime(List<TimeLimit> limits) {

    public ProcessingTime {
        limits = List.copyOf(limits);
    }

    public static ProcessingTime unknown() {
        return new ProcessingTime(List.of());
    }

    public boolean known() {
        return !limits.isEmpty();
    }

    /** The longest limit, comparing working hours as an eighth of a working day. */
    public Optional<TimeLimit> longest() {
        return limits.stream().max(Comparator.comparing(ProcessingTime::inWorkingDays));
    }

    /** What a citizen reads: "5 ngày làm việc", or "2 hoặc 5 ngày làm việc tùy bước". */
    public Optional<String> text() {
        if (limits.isEmpty()) return Optional.empty();
        if (limits.size() == 1) return Optional.of(limits.get(0).text());
        List<String> texts = limits.stream().sorted(Comparator.comparing(ProcessingTime::inWorkingDays))
                .map(TimeLimit::text).distinct().toList();
        return Optional.of(String.join(" hoặc ", texts) + " (tùy trường hợp)");
    }

    private static double inWorkingDays(TimeLimit limit) {
        return switch (limit.unit()) {
            case IMMEDIATE -> 0;
            case WORKING_HOURS -> limit.amount().doubleValue() / 8;
            case WORKING_DAYS, DAYS -> limit.amount().doubleValue();
        };
    }
}
