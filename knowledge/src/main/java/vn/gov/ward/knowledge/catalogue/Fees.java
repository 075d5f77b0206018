package vn.gov.ward.knowledge.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

import vn.gov.ward.knowledge.analysis.VietnameseText;

/**
 * Reads the portal's fee rows ("Trực tiếp: 50,000 Việt Nam Đồng (- Mức lệ phí cụ thể do …) | …") into a
 * {@link Fee}: the amount with the unit its note gives ("8.000 đồng/văn bản xác nhận"), per way of submitting
 * where they differ; "Miễn phí" as free only where its note agrees; the province's People's Council named
 * where the note defers to it; a note that contradicts the amount reported as such; exemptions, copies charged
 * apart and time-limited rates kept as a short note; the notes as printed kept as the basis.
 */
final class Fees {

    private Fees() {
    }

    static Fee of(RawProcedure r, List<SubmissionMethod> methods) {
        List<FeeRow> parts = new ArrayList<>();
        if (r.fees() != null && !r.fees().isBlank()) {
            for (String text : VietnameseText.nfc(r.fees()).split("\\s*\\|\\s*")) {
                Matcher prefix = ProcessingTimes.CHANNEL_PREFIX.matcher(text);
                Optional<SubmissionChannel> channel = prefix.find() ? SubmissionChannel.fromLabel(prefix.group(1)) : Optional.empty();
                parts.add(FeeRow.parse(channel.orElse(null), prefix.replaceFirst(""), methods));
            }
        } else {
            methods.stream().filter(m -> m.fee() != null).forEach(m -> parts.add(FeeRow.parse(m.channel(), m.fee(), methods)));
        }
        parts.removeIf(p -> p.kind() == Fee.Kind.UNKNOWN);
        // A price in a foreign currency is what a consulate charges abroad, not the ward.
        if (parts.stream().anyMatch(p -> p.kind() == Fee.Kind.CHARGED && "đồng".equals(p.currency()))) {
            parts.removeIf(p -> p.kind() == Fee.Kind.CHARGED && !"đồng".equals(p.currency()));
        }
        if (parts.isEmpty()) return Fee.unknown();
        String basis = basis(parts);
        Set<String> notes = new LinkedHashSet<>();
        parts.forEach(p -> notes.addAll(p.riders()));
        boolean province = parts.stream().anyMatch(FeeRow::province);
        List<FeeRow> charged = parts.stream().filter(p -> p.kind() == Fee.Kind.CHARGED).toList();
        if (!charged.isEmpty()) {
            if (province) notes.add("mức cụ thể do HĐND tỉnh quyết định");
            return new Fee(Fee.Kind.CHARGED, amounts(parts), joined(notes), basis);
        }
        if (province) return new Fee(Fee.Kind.SET_BY_PROVINCE, null, joined(notes), basis);
        Optional<FeeRow> elsewhere = parts.stream().filter(p -> p.kind() == Fee.Kind.SET_ELSEWHERE).findFirst();
        if (elsewhere.isPresent()) return new Fee(Fee.Kind.SET_ELSEWHERE, null, elsewhere.get().elsewhere(), basis);
        return new Fee(Fee.Kind.FREE, null, joined(notes), basis);
    }

    /** One amount, or each amount with the ways of submitting it is for; other ways say what they cost. */
    private static String amounts(List<FeeRow> parts) {
        Map<String, List<String>> byAmount = new LinkedHashMap<>();
        for (FeeRow p : parts.stream().sorted(Comparator.comparing(p -> p.channel() == null ? -1 : p.channel().ordinal())).toList()) {
            String what = switch (p.kind()) {
                case CHARGED -> p.amount();
                case FREE -> "không mất phí";
                default -> p.elsewhere();
            };
            if (what == null) continue;
            List<String> channels = byAmount.computeIfAbsent(what, k -> new ArrayList<>());
            if (p.channel() != null && !channels.contains(p.channel().inWords())) channels.add(p.channel().inWords());
        }
        if (byAmount.size() == 1) return byAmount.keySet().iterator().next();
        List<String> each = new ArrayList<>();
        byAmount.forEach((amount, channels) -> each.add(channels.isEmpty() ? amount
                : String.join(", ", channels) + (Character.isDigit(amount.charAt(0)) ? " " : ": ") + amount));
        return String.join("; ", each);
    }

    private static String basis(List<FeeRow> parts) {
        Set<String> notes = new LinkedHashSet<>();
        for (FeeRow p : parts) if (p.note() != null && !p.note().isBlank()) notes.add(p.note());
        return notes.isEmpty() ? null : String.join("\n", notes);
    }

    private static String joined(Set<String> notes) {
        return notes.isEmpty() ? null : String.join("; ", notes);
    }
}
