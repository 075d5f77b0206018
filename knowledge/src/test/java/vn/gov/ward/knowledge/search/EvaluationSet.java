package vn.gov.ward.knowledge.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The citizen questions of src/test/resources/eval/questions.tsv with the procedures they are about. */
record EvaluationSet(List<Question> questions) {

    /**
     * @param expected acceptable codes, best first; empty for a question the ward does not handle
     */
    record Question(int line, List<String> expected, Set<String> tags, String text) {
        boolean outOfScope() {
            return expected.isEmpty();
        }

        boolean plain() {
            return tags.contains("plain");
        }
    }

    static EvaluationSet load() throws IOException {
        try (InputStream in = EvaluationSet.class.getResourceAsStream("/eval/questions.tsv")) {
            List<Question> questions = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] columns = line.split("\t");
                if (columns.length != 3) throw new IllegalStateException("questions.tsv line " + (i + 1) + ": needs 3 columns");
                List<String> expected = columns[0].equals("-") ? List.of() : Arrays.asList(columns[0].split("\\|"));
                questions.add(new Question(i + 1, expected, Set.of(columns[1].split(",")), columns[2]));
            }
            return new EvaluationSet(questions);
        }
    }
}
