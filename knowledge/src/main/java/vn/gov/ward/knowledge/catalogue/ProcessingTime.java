package vn.gov.ward.knowledge.catalogue;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Processing time (thời hạn giải quyết). The portal sometimes lists several values, because each way of
 * submitting has its own or because it lists each step; {@link #limits()} keeps each distinct value,
 * {@link #byChannel()} says which way of submitting each is for, {@link #longest()} is what a deadline is
 * computed from.
 *
 * @param limits    the distinct values with their units; empty when the portal gave nothing usable
 * @param byChannel each way of submitting with its value, when the portal gave them so; empty otherwise
 * @param unitless  a number the portal printed without a unit ("3") when nothing else is known: shown as
 *                  such, never used for a deadline; null otherwise
 */
public record ProcessingTime(List<TimeLimit> limits, List<ChannelLimit> byChannel, String unitless) {

    public ProcessingTime {
        limits = List.copyOf(limits);
        byChannel = List.copyOf(byChannel);
    }

    public static ProcessingTime unknown() {
        return new ProcessingTime(List.of(), List.of(), null);
    }

    public boolean known() {
        return !limits.isEmpty();
    }

    /** The longest limit, comparing working hours as an eighth of a working day. */
    public Optional<TimeLimit> longest() {
        return limits.stream().max(Comparator.comparing(ProcessingTime::inWorkingDays));
    }

    /** The limits shortest first. */
    public List<TimeLimit> ascending() {
        return limits.stream().sorted(Comparator.comparing(ProcessingTime::inWorkingDays)).toList();
    }

    /** Whether the ways of submitting take different times (several times for one way are cases, not ways). */
    public boolean differsByChannel() {
        Map<SubmissionChannel, Set<TimeLimit>> byWay = new EnumMap<>(SubmissionChannel.class);
        byChannel.forEach(c -> byWay.computeIfAbsent(c.channel(), k -> new HashSet<>()).add(c.limit()));
        return new HashSet<>(byWay.values()).size() > 1;
    }

    private static double inWorkingDays(TimeLimit limit) {
        return switch (limit.unit()) {
            case IMMEDIATE -> 0;
            case WORKING_HOURS -> limit.amount().doubleValue() / 8;
            case WORKING_DAYS, DAYS -> limit.amount().doubleValue();
        };
    }

    /** One way of submitting with the time the portal gives for it. */
    public record ChannelLimit(SubmissionChannel channel, TimeLimit limit) {
    }
}
