package vn.gov.ward.knowledge.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.type.TypeReference;
import vn.gov.ward.knowledge.analysis.VietnameseText;
import vn.gov.ward.knowledge.catalogue.CatalogueException;
import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/**
 * Bounds a procedure's name sets on a quantity ("cho người dưới 14 tuổi", "có từ đủ 15 năm đến dưới 20 năm
 * công tác"), or the law sets on a procedure its name does not say (a stay of 30 days or more is registered as
 * temporary residence, a shorter one only notified), and the value a question gives it ("con em 15 tuổi", "ở
 * chơi một tuần"), read from search/domain-rules.yml: a procedure whose bound the value breaks is not what was
 * asked. The file says which quantities and how they are bounded; this reads any such rule.
 */
final class DomainRules {

    static final String RESOURCE = "/search/domain-rules.yml";
    private static final String NUMBER = "{n}";

    /** What holds for a value within a bound of n. */
    enum Holds {
        AT_LEAST, BELOW, ABOVE, AT_MOST;

        boolean of(int value, int n) {
            return switch (this) {
                case AT_LEAST -> value >= n;
                case BELOW -> value < n;
                case ABOVE -> value > n;
                case AT_MOST -> value <= n;
            };
        }
    }

    record Bound(String says, String holds) {
    }

    /** A bound the law sets on one procedure: the value holds this way of n. */
    record LawBound(String holds, int n) {
    }

    /**
     * @param units      other units the value may be given in, with how many of {@code unit} each is ("tuần": 7 days)
     * @param procedures bounds set on procedures by their codes, where their names say none
     * @param notAfter   words that, right before the number, make it a value of something else ("mất 3 ngày": how long
     *                   the procedure takes, not the stay)
     */
    record Rule(String quantity, String unit, Map<String, Integer> units, List<String> notAfter, List<Bound> bounds,
                Map<String, LawBound> procedures, double keeps) {
    }

    /** A bound as folded syllables with the number's place. */
    private record Pattern(List<String> before, List<String> after, Holds holds) {
    }

    private record OnCode(Holds holds, int n) {
    }

    /**
     * @param units    each folded unit syllable and how many of the rule's unit it is
     * @param notAfter folded words that make a number right after them no value of the quantity
     */
    private record Compiled(Map<String, Integer> units, Set<String> notAfter, List<Pattern> patterns, Map<String, OnCode> codes, double keeps) {
    }

    /**
     * Numbers said in words before a unit ("một tuần", "vài hôm"): exact with marks, folded without; "sau" typed plain is
     * "after" as often as "sáu", and is left out. "Vài" is a few; "mấy" asks how many as often as it says a few, and is left out.
     */
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("một", 1), Map.entry("hai", 2), Map.entry("ba", 3),
            Map.entry("bốn", 4), Map.entry("năm", 5), Map.entry("sáu", 6), Map.entry("bảy", 7), Map.entry("tám", 8), Map.entry("chín", 9),
            Map.entry("mười", 10), Map.entry("vài", 3));

    private final List<Compiled> rules = new ArrayList<>();

    DomainRules(List<Rule> rules) {
        for (Rule r : rules) {
            boolean bounded = r.bounds() != null && !r.bounds().isEmpty() || r.procedures() != null && !r.procedures().isEmpty();
            if (r.unit() == null || !bounded || !(r.keeps() >= 0 && r.keeps() < 1)) {
                throw new CatalogueException(RESOURCE, r.quantity(), "needs a unit, bounds and a share kept between 0 and 1");
            }
            Map<String, Integer> units = new HashMap<>();
            units.put(syllable(r.quantity(), r.unit()), 1);
            if (r.units() != null) r.units().forEach((unit, times) -> units.put(syllable(r.quantity(), unit), times));
            List<Pattern> patterns = new ArrayList<>();
            if (r.bounds() != null) for (Bound b : r.bounds()) patterns.add(pattern(r.quantity(), b));
            Map<String, OnCode> codes = new HashMap<>();
            if (r.procedures() != null) r.procedures().forEach((code, b) -> codes.put(code, new OnCode(holds(r.quantity(), b.holds()), b.n())));
            Set<String> notAfter = new HashSet<>();
            if (r.notAfter() != null) r.notAfter().forEach(word -> notAfter.add(syllable(r.quantity(), word)));
            this.rules.add(new Compiled(units, notAfter, patterns, codes, r.keeps()));
        }
    }

    private static String syllable(String quantity, String unit) {
        List<String> folded = Phrase.of(unit).folded();
        if (folded.size() != 1) throw new CatalogueException(RESOURCE, quantity, "needs units of one syllable: " + unit);
        return folded.get(0);
    }

    static DomainRules bundled() {
        return new DomainRules(DataFiles.read(RESOURCE, new TypeReference<List<Rule>>() { }));
    }

    private static Pattern pattern(String quantity, Bound b) {
        int at = b.says() == null ? -1 : b.says().indexOf(NUMBER);
        if (at < 0) throw new CatalogueException(RESOURCE, quantity, "has a bound without " + NUMBER + ": " + b.says());
        return new Pattern(folded(b.says().substring(0, at)), folded(b.says().substring(at + NUMBER.length())), holds(quantity, b.holds()));
    }

    private static Holds holds(String quantity, String holds) {
        try {
            return Holds.valueOf(holds.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (RuntimeException e) {
            throw new CatalogueException(RESOURCE, quantity, "says a bound holds '" + holds + "': at-least, below, above or at-most");
        }
    }

    private static List<String> folded(String text) {
        return text.isBlank() ? List.of() : Phrase.of(text.strip()).folded();
    }

    /** The values a question gives, one per rule (-1 where it gives none), in the rule's unit: for {@link #keeps}. */
    int[] given(List<Token> question) {
        int[] values = new int[rules.size()];
        for (int r = 0; r < values.length; r++) {
            values[r] = -1;
            Compiled rule = rules.get(r);
            for (int i = 0; i + 1 < question.size() && values[r] < 0; i++) {
                Integer times = rule.units().get(question.get(i + 1).folded());
                boolean somethingElse = i > 0 && rule.notAfter().contains(question.get(i - 1).folded());
                int number = times == null || somethingElse ? -1 : number(question.get(i));
                if (number >= 0) values[r] = number * times;
            }
        }
        return values;
    }

    /** The same words folded, as typed without marks ("sau" left out). */
    private static final Map<String, Integer> NUMBER_WORDS_PLAIN = numberWordsFolded();

    private static Map<String, Integer> numberWordsFolded() {
        Map<String, Integer> folded = new HashMap<>();
        NUMBER_WORDS.forEach((word, value) -> folded.put(VietnameseText.foldSyllable(word), value));
        folded.remove("sau");
        return Map.copyOf(folded);
    }

    /** A number of one to three digits, or said in a word; -1 for none. */
    private static int number(Token token) {
        if (token.folded().matches("\\d{1,3}")) return Integer.parseInt(token.folded());
        Integer word = token.plain() ? NUMBER_WORDS_PLAIN.get(token.folded()) : NUMBER_WORDS.get(token.exact());
        return word == null ? -1 : word;
    }

    /** Whether the question gives any value at all: most give none, and their procedures need no checking. */
    private static boolean anyGiven(int[] values) {
        for (int v : values) if (v >= 0) return true;
        return false;
    }

    /**
     * The share of its score a procedure keeps at the values given: 1 unless one breaks a bound of its name (its folded
     * syllables, read once with the catalogue), or one the law sets on it.
     */
    double keeps(String code, List<String> folded, int[] values) {
        if (!anyGiven(values)) return 1;
        double keeps = 1;
        for (int r = 0; r < values.length; r++) {
            if (values[r] < 0) continue;
            Compiled rule = rules.get(r);
            for (Pattern p : rule.patterns()) {
                if (breaks(p, folded, values[r])) keeps = Math.min(keeps, rule.keeps());
            }
            OnCode law = rule.codes().get(code);
            if (law != null && !law.holds().of(values[r], law.n())) keeps = Math.min(keeps, rule.keeps());
        }
        return keeps;
    }

    /** Whether the name bounds the quantity this way somewhere and the value is outside. */
    private static boolean breaks(Pattern p, List<String> name, int value) {
        for (int i = p.before().size(); i + p.after().size() < name.size(); i++) {
            String number = name.get(i);
            if (number.matches("\\d{1,4}") && says(name, i - p.before().size(), p.before()) && says(name, i + 1, p.after())
                    && !p.holds().of(value, Integer.parseInt(number))) {
                return true;
            }
        }
        return false;
    }

    private static boolean says(List<String> name, int start, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!name.get(start + k).equals(words.get(k))) return false;
        }
        return true;
    }
}
