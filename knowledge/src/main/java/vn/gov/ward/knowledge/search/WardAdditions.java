package vn.gov.ward.knowledge.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

import vn.gov.ward.knowledge.analysis.VietnameseText;
import vn.gov.ward.knowledge.catalogue.Catalogue;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.ward.WardProfile;

/**
 * What a ward adds to the reviewed search data while it runs (from its console): words citizens use for a
 * procedure (keywords of the ward layer, {@link #applyTo}), life events and referrals, searched with the bundled ones.
 *
 * @param keywords procedure code to the phrases added for it
 * @param details  procedure code to the ward's own time, fee and note for it (its layer's fields, {@link Details})
 */
public record WardAdditions(Map<String, List<String>> keywords, List<LifeEvent> lifeEvents, List<Referral> referrals,
                            Map<String, Details> details) {

    /**
     * A procedure's own details in the ward layer; a null field is not set here.
     *
     * @param processingTime "3 ngày làm việc"
     * @param fee            the amount under the ward's local decision
     * @param feeDecision    that decision
     * @param note           one line added to the answers
     */
    public record Details(String processingTime, String fee, String feeDecision, String note) {

        /** These details, with what {@code later} sets in their place. */
        Details then(Details later) {
            return new Details(later.processingTime != null ? later.processingTime : processingTime, later.fee != null ? later.fee : fee,
                    later.fee != null ? later.feeDecision : feeDecision, later.note != null ? later.note : note);
        }
    }

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER).enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
            .build();

    public WardAdditions {
        keywords = keywords == null ? Map.of() : Collections.unmodifiableMap(keywords.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue()), (a, b) -> a, TreeMap::new)));
        lifeEvents = lifeEvents == null ? List.of() : List.copyOf(lifeEvents);
        referrals = referrals == null ? List.of() : List.copyOf(referrals);
        details = details == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(details));
    }

    public WardAdditions(Map<String, List<String>> keywords, List<LifeEvent> lifeEvents, List<Referral> referrals) {
        this(keywords, lifeEvents, referrals, Map.of());
    }

    public static WardAdditions none() {
        return new WardAdditions(Map.of(), List.of(), List.of());
    }

    /** These additions with a procedure's details set, or taken out when {@code set} is null. */
    public WardAdditions withDetails(String code, Details set) {
        Map<String, Details> changed = new TreeMap<>(details);
        if (set == null) changed.remove(code);
        else changed.put(code, set);
        return new WardAdditions(keywords, lifeEvents, referrals, changed);
    }

    /** These additions and those: keywords merged per procedure, events and referrals appended. */
    public WardAdditions plus(WardAdditions more) {
        Map<String, List<String>> merged = new TreeMap<>(keywords);
        more.keywords.forEach((code, phrases) -> merged.merge(code, phrases,
                (had, added) -> Stream.concat(had.stream(), added.stream()).distinct().toList()));
        Map<String, Details> set = new TreeMap<>(details);
        more.details.forEach((code, d) -> set.merge(code, d, Details::then));
        return new WardAdditions(merged, concat(lifeEvents, more.lifeEvents), concat(referrals, more.referrals), set);
    }

    /** These additions without those (an undo): the phrases, the events by name, the referrals by id, the details by code. */
    public WardAdditions minus(WardAdditions less) {
        Map<String, List<String>> kept = new TreeMap<>();
        keywords.forEach((code, phrases) -> {
            List<String> left = phrases.stream().filter(k -> !less.keywords.getOrDefault(code, List.of()).contains(k)).toList();
            if (!left.isEmpty()) kept.put(code, left);
        });
        Set<String> events = less.lifeEvents.stream().map(LifeEvent::event).collect(Collectors.toSet());
        Set<String> ids = less.referrals.stream().map(Referral::id).collect(Collectors.toSet());
        Map<String, Details> keptDetails = new TreeMap<>(details);
        keptDetails.keySet().removeAll(less.details.keySet());
        return new WardAdditions(kept, lifeEvents.stream().filter(e -> !events.contains(e.event())).toList(),
                referrals.stream().filter(r -> !ids.contains(r.id())).toList(), keptDetails);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    /** The ward layer with these keywords added: import the catalogue with it. */
    public WardProfile applyTo(WardProfile ward) {
        WardProfile applied = ward.withKeywords(keywords);
        for (Map.Entry<String, Details> d : details.entrySet()) {
            Details v = d.getValue();
            applied = applied.withDetails(d.getKey(), v.processingTime(), v.fee(), v.feeDecision(), v.note());
        }
        return applied;
    }

    /**
     * These additions as YAML in the reviewed files' shapes, for a person to merge: {@code procedures} into the ward
     * layer (config/ward.yml), {@code lifeEvents} into search/life-events.yml, {@code referrals} into search/referrals.yml.
     */
    public String toYaml() {
        Map<String, Object> sections = new LinkedHashMap<>();
        Map<String, Object> procedures = new TreeMap<>();
        keywords.forEach((code, phrases) -> procedures.put(code, new LinkedHashMap<>(Map.of("keywords", phrases))));
        details.forEach((code, d) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) procedures.computeIfAbsent(code, c -> new LinkedHashMap<String, Object>());
            if (d.processingTime() != null) fields.put("processingTime", d.processingTime());
            if (d.fee() != null) fields.put("fee", d.fee());
            if (d.feeDecision() != null) fields.put("feeDecision", d.feeDecision());
            if (d.note() != null) fields.put("note", d.note());
        });
        sections.put("procedures", procedures);
        sections.put("lifeEvents", lifeEvents);
        sections.put("referrals", referrals);
        return YAML.writeValueAsString(sections);
    }

    List<LifeEvent> withBundledEvents() {
        return Stream.concat(LifeEvents.bundled().stream(), lifeEvents.stream()).toList();
    }

    /** The reviewed referrals, those for the fields the catalogue has none of, and the ward's own. */
    List<Referral> withBundledReferrals(Catalogue catalogue) {
        return Stream.of(Referrals.bundled(), Referrals.forFieldsOff(catalogue), referrals).flatMap(List::stream).toList();
    }

    /**
     * What is wrong with these additions and the bundled data together, against this catalogue, in words a ward's
     * admin can act on; empty when nothing is. The rules the reviewed files follow: a phrase has two syllables or more,
     * unless its one word is nowhere in the catalogue ("visa", "karaoke": a Vietnamese syllable folds into too many
     * everyday words), an event leads to (and rules out) procedures of the catalogue, a referral's id and terms are
     * its own, and no term is in a procedure's name (the ward does that one).
     */
    public List<String> problems(Catalogue catalogue) {
        List<String> problems = new ArrayList<>();
        List<LifeEvent> events = withBundledEvents();
        List<Referral> referrals = withBundledReferrals(catalogue);
        Set<String> catalogueWords = catalogueWords(catalogue, Stream.of(keywords.values().stream().flatMap(List::stream),
                events.stream().flatMap(e -> e.says().stream()), referrals.stream().flatMap(r -> r.terms().stream())).flatMap(s -> s).toList());
        keywords.forEach((code, phrases) -> {
            String where = "Từ khóa của thủ tục " + code + ": ";
            if (catalogue.find(code).isEmpty()) problems.add(where + "không có thủ tục mã này trong danh mục của phường.");
            phrases.stream().filter(k -> tooShort(k, catalogueWords)).forEach(k -> problems.add(where + "\"" + k + "\" cần từ hai tiếng trở lên."));
        });
        details.forEach((code, d) -> {
            String where = "Thông tin của phường cho thủ tục " + code + ": ";
            if (catalogue.find(code).isEmpty()) problems.add(where + "không có thủ tục mã này trong danh mục của phường.");
            if (d.fee() != null && d.fee().length() > 120) problems.add(where + "mức thu cần ngắn hơn 120 ký tự.");
            if (d.fee() != null && (d.feeDecision() == null || d.feeDecision().isBlank())) problems.add(where + "mức thu cần ghi quyết định, nghị quyết ban hành.");
            if (d.note() != null && d.note().length() > 200) problems.add(where + "lưu ý cần ngắn hơn 200 ký tự.");
        });
        Set<String> names = new HashSet<>();
        for (LifeEvent e : events) {
            String where = "Sự kiện \"" + e.event() + "\": ";
            if (e.event() == null || e.event().isBlank() || !names.add(e.event())) problems.add(where + "cần một tên chưa dùng.");
            if (e.says().isEmpty()) problems.add(where + "cần ít nhất một cách nói.");
            e.says().stream().filter(s -> tooShort(s, catalogueWords)).forEach(s -> problems.add(where + "\"" + s + "\" cần từ hai tiếng trở lên."));
            if (e.procedures().isEmpty()) problems.add(where + "cần ít nhất một thủ tục.");
            Stream.concat(e.procedures().stream(), e.rulesOut().stream()).filter(c -> catalogue.find(c).isEmpty())
                    .forEach(c -> problems.add(where + "không có thủ tục mã " + c + " trong danh mục của phường."));
        }
        Set<String> ids = new HashSet<>();
        Set<String> terms = new HashSet<>();
        Set<String> inNames = runsOfNames(catalogue, referrals.stream().flatMap(r -> r.terms().stream()).map(WardAdditions::words).toList());
        for (Referral r : referrals) {
            String where = "Chuyển nơi khác \"" + r.id() + "\": ";
            if (r.id() == null || r.id().isBlank() || !ids.add(r.id())) problems.add(where + "cần một mã chưa dùng.");
            if (r.service() == null || r.service().isBlank() || r.handledBy() == null || r.handledBy().isBlank()) {
                problems.add(where + "cần nói dịch vụ gì và cơ quan nào giải quyết.");
            }
            if (r.terms().isEmpty()) problems.add(where + "cần ít nhất một cụm từ người dân hay dùng.");
            for (String t : r.terms()) {
                String folded = words(t);
                if (tooShort(t, catalogueWords)) problems.add(where + "\"" + t + "\" cần từ hai tiếng trở lên.");
                else if (!terms.add(folded)) problems.add(where + "\"" + t + "\" đã dùng cho một mục khác.");
                else if (inNames.contains(folded)) problems.add(where + "\"" + t + "\" nằm trong tên một thủ tục của phường.");
            }
            Stream.concat(r.wardHandles().stream(), r.wardAlternatives().stream()).filter(c -> catalogue.find(c).isEmpty())
                    .forEach(c -> problems.add(where + "không có thủ tục mã " + c + " trong danh mục của phường."));
        }
        return problems;
    }

    private static boolean tooShort(String phrase, Set<String> catalogueWords) {
        String folded = words(phrase);
        return folded.isEmpty() || !folded.contains(" ") && catalogueWords.contains(folded);
    }

    /**
     * Which of the one-word phrases are words of the catalogue's texts. A check runs on every console change and every
     * search built: the few one-word phrases are looked for in each folded text, no set of all its words is made.
     */
    private static Set<String> catalogueWords(Catalogue catalogue, List<String> phrases) {
        Set<String> wanted = new HashSet<>();
        for (String phrase : phrases) {
            String folded = words(phrase);
            if (!folded.isEmpty() && !folded.contains(" ")) wanted.add(folded);
        }
        Set<String> found = new HashSet<>();
        for (Procedure p : catalogue.procedures()) {
            if (found.size() == wanted.size()) break;
            for (String text : Arrays.asList(p.name(), p.result(), p.steps(), p.requirements())) {
                if (text == null) continue;
                String folded = VietnameseText.fold(text);
                for (String word : wanted) {
                    if (!found.contains(word) && hasWord(folded, word)) found.add(word);
                }
            }
        }
        return found;
    }

    /** Whether {@code word} is one of the runs of letters and digits of a folded text. */
    private static boolean hasWord(String folded, String word) {
        for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !letterOrDigit(folded.charAt(at - 1))) && (end == folded.length() || !letterOrDigit(folded.charAt(end)))) return true;
        }
        return false;
    }

    /**
     * The runs of words of the procedures' names (folded) that start with the first word of one of these phrases and are
     * no longer than the longest: a phrase is in a name exactly when it is one of them.
     */
    private static Set<String> runsOfNames(Catalogue catalogue, List<String> foldedPhrases) {
        Set<String> firstWords = new HashSet<>();
        int longest = 0;
        for (String phrase : foldedPhrases) {
            String[] w = phrase.split(" ");
            firstWords.add(w[0]);
            longest = Math.max(longest, w.length);
        }
        Set<String> runs = new HashSet<>();
        for (Procedure p : catalogue.procedures()) {
            String[] w = words(p.name()).split(" ");
            for (int i = 0; i < w.length; i++) {
                if (!firstWords.contains(w[i])) continue;
                StringBuilder run = new StringBuilder(w[i]);
                runs.add(run.toString());
                for (int j = i + 1; j < Math.min(w.length, i + longest); j++) runs.add(run.append(' ').append(w[j]).toString());
            }
        }
        return runs;
    }

    /** Folded, punctuation taken out, single spaces: "Đăng ký khai sinh, …" is "dang ky khai sinh". */
    private static String words(String text) {
        if (text == null) return "";
        String folded = VietnameseText.fold(text);
        StringBuilder words = new StringBuilder(folded.length());
        boolean apart = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!letterOrDigit(c)) {
                apart = true;
                continue;
            }
            if (apart && !words.isEmpty()) words.append(' ');
            apart = false;
            words.append(c);
        }
        return words.toString();
    }

    private static boolean letterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }
}
