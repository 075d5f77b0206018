package vn.gov.ward.knowledge.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Citizen questions with the procedures they are about, in two splits: {@code dev}
 * (src/test/resources/eval/dev.tsv), tuned on, and {@code test} (test.tsv), written from citizens'
 * scenarios before the search saw them and never tuned on. See dev.tsv's header for the columns and tags.
 */
record EvaluationSet(String split, List<Question> questions) {

    static final Set<String> TAGS = Set.of("accented", "plain", "typo", "teen", "story", "event", "base", "variant", "negated",
            "action", "multi", "near-miss", "offtopic", "oos");

    /**
     * @param expected acceptable codes, best first; empty for a question the ward does not handle
     */
    record Question(int line, List<String> expected, Set<String> tags, String text) {
        boolean outOfScope() {
            return expected.isEmpty();
        }

        /** Several procedures asked at once: offered as a choice, not measured as one answer. */
        boolean multi() {
            return tags.contains("multi");
        }

        /** One procedure asked: what top-1 and top-3 measure. */
        boolean single() {
            return !outOfScope() && !multi();
        }

        boolean plain() {
            return tags.contains("plain");
        }
    }

    static EvaluationSet load(String split) throws IOException {
        String resource = "/eval/" + split + ".tsv";
        try (InputStream in = EvaluationSet.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing");
            List<Question> questions = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] columns = line.split("\t");
                if (columns.length != 3) throw new IllegalStateException(resource + " line " + (i + 1) + ": needs 3 columns");
                Set<String> tags = Set.of(columns[1].split(","));
                if (!TAGS.containsAll(tags)) throw new IllegalStateException(resource + " line " + (i + 1) + ": unknown tag in " + tags);
                List<String> expected = columns[0].equals("-") ? List.of() : Arrays.asList(columns[0].split("\\|"));
                questions.add(new Question(i + 1, expected, tags, columns[2]));
            }
            return new EvaluationSet(split, questions);
        }
    }
}
