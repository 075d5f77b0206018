package vn.gov.ward.knowledge.search;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.gov.ward.knowledge.analysis.VietnameseText;
import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/**
 * Procedures for an age group ("cho người dưới 14 tuổi", "từ đủ 14 tuổi trở lên") and the age a
 * question gives ("con em 15 tuổi"): a procedure for another age group is not what was asked.
 */
final class AgeRule {

    /** A procedure for another age group than the question gives keeps this share of its score. */
    static final float WRONG_AGE = 0.3f;
    private static final Pattern UNDER_AGE = Pattern.compile("duoi (\\d+) tuoi");
    private static final Pattern FROM_AGE = Pattern.compile("(?:tu )?du (\\d+) tuoi");

    private AgeRule() {
    }

    /** The age a question gives, if any: a number followed by "tuổi". */
    static OptionalInt age(ParsedQuestion parsed) {
        for (List<Token> segment : parsed.segments()) {
            for (int i = 0; i + 1 < segment.size(); i++) {
                if (segment.get(i + 1).folded().equals("tuoi") && segment.get(i).folded().matches("\\d{1,3}")) {
                    return OptionalInt.of(Integer.parseInt(segment.get(i).folded()));
                }
            }
        }
        return OptionalInt.empty();
    }

    /** Whether a procedure whose name bounds the age applies at this age. */
    static boolean applies(String procedureName, int age) {
        String folded = VietnameseText.fold(procedureName);
        Matcher under = UNDER_AGE.matcher(folded);
        if (under.find() && age >= Integer.parseInt(under.group(1))) return false;
        Matcher from = FROM_AGE.matcher(folded);
        return !from.find() || age >= Integer.parseInt(from.group(1));
    }
}
