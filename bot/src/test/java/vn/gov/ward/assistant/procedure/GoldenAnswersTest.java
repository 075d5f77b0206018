package vn.gov.ward.assistant.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import vn.gov.ward.knowledge.catalogue.Procedure;

/**
 * The reviewed answers of the most asked procedures (src/test/resources/golden, one file per procedure: the first
 * message and "Xem đủ giấy tờ"), rendered again and compared: a change of wording is a visible diff. To take a
 * deliberate change, run with {@code -Dgolden.update=true}, read the diff of the files as a citizen would, and
 * commit it with the change (README, "Answers"). An empty file named after a code is filled in on the next update.
 */
class GoldenAnswersTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @Test
    void atLeastFortyProceduresAcrossTheFieldsAreReviewed() throws IOException {
        List<Path> files = files();
        assertThat(files).hasSizeGreaterThanOrEqualTo(40);
        assertThat(files.stream().map(f -> procedure(f).field()).distinct()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(files.stream().map(GoldenAnswersTest::procedure).filter(p -> p.sourceKind() == Procedure.SourceKind.INDEX_ONLY)).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> eachAnswerReadsAsReviewed() throws IOException {
        return files().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String rendered = render(procedure(file));
            if (UPDATE && !rendered.equals(Files.readString(file))) Files.writeString(file, rendered);
            assertThat(rendered).as("%s: rendered differently from the reviewed answer; if the change is meant, "
                    + "run with -Dgolden.update=true and review the diff", file).isEqualTo(Files.readString(file));
        }));
    }

    /** What a citizen reads: the first message, then every message of "Xem đủ giấy tờ". */
    static String render(Procedure p) {
        StringBuilder text = new StringBuilder(p.code()).append(" — ").append(p.name()).append("\n");
        String summary = Catalogues.REPLIES.summary(p);
        text.append("\n━━ Tin nhắn đầu tiên (").append(summary.length()).append(" ký tự) ━━\n").append(summary).append("\n");
        List<String> documents = Catalogues.REPLIES.documents(p);
        for (int i = 0; i < documents.size(); i++) {
            text.append("\n━━ Xem đủ giấy tờ, tin ").append(i + 1).append("/").append(documents.size()).append(" ━━\n")
                    .append(documents.get(i)).append("\n");
        }
        return text.toString();
    }

    private static Procedure procedure(Path file) {
        String code = file.getFileName().toString().replaceFirst("\\.txt$", "");
        return Catalogues.WARD.find(code).orElseThrow(() -> new AssertionError(file + " names no procedure of the example ward"));
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> listed = Files.list(GOLDEN)) {
            return new ArrayList<>(listed.filter(f -> f.toString().endsWith(".txt")).sorted().toList());
        }
    }
}
