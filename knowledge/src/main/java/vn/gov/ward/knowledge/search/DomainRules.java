package vn.gov.ward.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.core.type.TypeReference;
import vn.gov.ward.knowledge.catalogue.CatalogueException;
import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/**
 * Bounds a procedure's name sets on a quantity ("cho người dưới 14 tuổi", "có từ đủ 15 năm đến dưới 20 năm
 * công tác") and the value a question gives it ("con em 15 tuổi"), read from search/domain-rules.yml: a
 * procedure whose bound the value breaks is not what was asked. The file says which quantities and how
 * names bound them; this reads any such rule.
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

    record Rule(String quantity, String unit, List<Bound> bounds, double keeps) {
    }

    /** A bound as folded syllables with the number's place. */
    private record Pattern(List<String> before, List<String> after, Holds holds) {
    }

    private record Compiled(String unit, List<Pattern> patterns, double keeps) {
    }

    private final List<Compiled> rules = new ArrayList<>();

    DomainRules(List<Rule> rules) {
        for (Rule r : rules) {
            if (r.unit() == null || r.bounds() == null || r.bounds().isEmpty() || !(r.keeps() >= 0 && r.keeps() < 1)) {
                throw new CatalogueException(RESOURCE, r.quantity(), "needs a unit, bounds and a share kept between 0 and 1");
            }
            List<String> unit = Phrase.of(r.unit()).folded();
            if (unit.size() != 1) throw new CatalogueException(RESOURCE, r.quantity(), "needs a unit of one syllable");
            List<Pattern> patterns = new ArrayList<>();
            for (Bound b : r.bounds()) patterns.add(pattern(r.quantity(), b));
            this.rules.add(new Compiled(unit.get(0), patterns, r.keeps()));
        }
    }

    static DomainRules bundled() {
        return new DomainRules(DataFiles.read(RESOURCE, new TypeReference<List<Rule>>() { }));
    }

    private static Pattern pattern(String quantity, Bound b) {
        Holds holds;
        try {
            holds = Holds.valueOf(b.holds().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (RuntimeException e) {
            throw new CatalogueException(RESOURCE, quantity, "says a bound holds '" + b.holds() + "': at-least, below, above or at-most");
        }
        int at = b.says() == null ? -1 : b.says().indexOf(NUMBER);
        if (at < 0) throw new CatalogueException(RESOURCE, quantity, "has a bound without " + NUMBER + ": " + b.says());
        return new Pattern(folded(b.says().substring(0, at)), folded(b.says().substring(at + NUMBER.length())), holds);
    }

    private static List<String> folded(String text) {
        return text.isBlank() ? List.of() : Phrase.of(text.strip()).folded();
    }

    /** The values a question gives, one per rule (-1 where it gives none): for {@link #keeps}. */
    int[] given(List<Token> question) {
        int[] values = new int[rules.size()];
        for (int r = 0; r < values.length; r++) {
            values[r] = -1;
            for (int i = 0; i + 1 < question.size() && values[r] < 0; i++) {
                if (question.get(i + 1).folded().equals(rules.get(r).unit()) && question.get(i).folded().matches("\\d{1,3}")) {
                    values[r] = Integer.parseInt(question.get(i).folded());
                }
            }
        }
        return values;
    }

    /** Whether the question gives any value at all: most give none, and their procedures need no checking. */
    private static boolean anyGiven(int[] values) {
        for (int v : values) if (v >= 0) return true;
        return false;
    }

    /** The share of its score a procedure of this name keeps at the values given: 1 unless one breaks a bound of its name. */
    double keeps(String name, int[] values) {
        if (!anyGiven(values)) return 1;
        List<String> folded = Syllables.folded(name);
        double keeps = 1;
        for (int r = 0; r < values.length; r++) {
            if (values[r] < 0) continue;
            Compiled rule = rules.get(r);
            for (Pattern p : rule.patterns()) {
                if (breaks(p, folded, values[r])) keeps = Math.min(keeps, rule.keeps());
            }
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
