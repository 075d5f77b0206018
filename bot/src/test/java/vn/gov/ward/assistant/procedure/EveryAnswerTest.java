package vn.gov.ward.assistant.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.knowledge.analysis.VietnameseText;
import vn.gov.ward.knowledge.catalogue.CatalogueImporter;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.catalogue.RequiredDocument;

/**
 * Every answer of the whole catalogue (all 449 procedures of the national file) as a citizen reads it: no document
 * line cut inside a clause or ending in "…", no document listed twice in one answer, every document whole behind
 * "Xem đủ giấy tờ", the first message within a phone screen and every message within Zalo's limit (never a heading
 * alone), a time whenever the
 * portal states one, "free" never said where the portal defers the fee, and no apology in an index-only answer.
 */
class EveryAnswerTest {

    static final ProcedureReplies REPLIES = Catalogues.REPLIES;
    /** A bullet: "• text (1 bản chính)", perhaps with "(nộp trực tuyến)" or "(tùy trường hợp)", and " — trường hợp …". */
    static final Pattern QUANTITY = Pattern.compile("\\s\\((?:\\d+ bản chính(?:, \\d+ bản sao)?|\\d+ bản sao)\\)$");
    static final Pattern WAY_MARK = Pattern.compile("\\s\\(nộp [^()]+\\)$");
    /** Where a shortened line may end in its document's text: at a clause end, before a qualifier, before "hoặc". */
    static final Pattern CLAUSE_BOUNDARY = Pattern.compile("^(?:[.;:,]|\\s\\(|\\s[–+-]\\s|\\s(?:hoặc|trong trường hợp|đối với trường hợp|"
            + "đối với những trường hợp|theo quy định|ban hành kèm theo|quy định tại)\\s)");
    static final Pattern APOLOGY = Pattern.compile("chưa công bố|xin lỗi|rất tiếc|tiếc là", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static Map<String, JsonNode> raw;

    @BeforeAll
    static void readTheNationalFile() throws IOException {
        raw = new HashMap<>();
        try (InputStream in = CatalogueImporter.class.getResourceAsStream(CatalogueImporter.BUNDLED)) {
            for (JsonNode record : JsonMapper.builder().build().readTree(in)) raw.put(record.get("code").asString().strip(), record);
        }
    }

    @Test
    void theWholeNationalFileIsAnswered() {
        assertThat(Catalogues.ALL.size()).isEqualTo(raw.size()).isEqualTo(449);
    }

    @Test
    void noDocumentLineIsCutInsideAClauseOrListedTwice() {
        SoftAssertions softly = new SoftAssertions();
        for (Procedure p : Catalogues.ALL.procedures()) {
            List<String> first = bullets(REPLIES.summary(p));
            List<String> all = bullets(String.join("\n", REPLIES.documents(p)));
            for (String line : concat(first, all)) {
                String text = withoutMarks(line, p);
                softly.assertThat(text).as("%s: %s", p.code(), line).doesNotEndWith("…").doesNotEndWith("...");
                softly.assertThat(p.documents().stream().anyMatch(d -> whole(text, d))).as("%s: a line that is no whole clause of its document: %s",
                        p.code(), line).isTrue();
            }
            softly.assertThat(duplicates(first)).as("%s: listed twice in the first message", p.code()).isEmpty();
            softly.assertThat(duplicates(all)).as("%s: listed twice in \"Xem đủ giấy tờ\"", p.code()).isEmpty();
        }
        softly.assertAll();
    }

    @Test
    void xemDuGiayToShowsEveryDocumentWhole() {
        SoftAssertions softly = new SoftAssertions();
        for (Procedure p : Catalogues.ALL.procedures()) {
            String shown = String.join("\n", REPLIES.documents(p)).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            // A paper the portal lists twice is shown once, in its fuller wording: one of the rows is enough.
            Map<String, List<RequiredDocument>> byIdentity = new HashMap<>();
            p.documents().forEach(d -> byIdentity.computeIfAbsent(d.identity(), k -> new ArrayList<>()).add(d));
            byIdentity.forEach((identity, rows) -> softly.assertThat(rows.stream().anyMatch(d -> shown.contains(start(d).toLowerCase(Locale.ROOT))))
                    .as("%s: %s", p.code(), rows.get(0).name()).isTrue());
        }
        softly.assertAll();
    }

    @Test
    void theFirstMessageFitsAPhoneScreenAndEveryMessageZalosLimit() {
        SoftAssertions softly = new SoftAssertions();
        for (Procedure p : Catalogues.ALL.procedures()) {
            softly.assertThat(REPLIES.summary(p).length()).as(p.code()).isLessThanOrEqualTo(ProcedureReplies.PHONE_SCREEN);
            for (String message : concat(REPLIES.documents(p), REPLIES.basis(p))) {
                softly.assertThat(message.length()).as(p.code()).isLessThanOrEqualTo(ProcedureReplies.MESSAGE_LIMIT);
                // A message ending in a colon is a heading whose list went on to the next message.
                softly.assertThat(message.strip()).as("%s: a heading alone", p.code()).doesNotEndWith(":");
            }
        }
        softly.assertAll();
    }

    @Test
    void aTimeIsGivenWheneverTheRecordStatesOne() {
        SoftAssertions softly = new SoftAssertions();
        for (Procedure p : Catalogues.ALL.procedures()) {
            JsonNode record = raw.get(p.code());
            boolean stated = record.path("processingTime").asString("").matches(".*\\d.*");
            for (JsonNode row : record.path("submission")) stated |= row.asString().matches("(?s).*Thời hạn:\\s*\\d.*");
            if (stated) softly.assertThat(REPLIES.time(p)).as(p.code()).doesNotContain("chưa ghi").containsPattern("\\d");
        }
        softly.assertAll();
    }

    @Test
    void theFeeIsOneLineAndNeverFreeWhereThePortalDefersToTheProvince() {
        SoftAssertions softly = new SoftAssertions();
        for (Procedure p : Catalogues.ALL.procedures()) {
            String fee = REPLIES.fee(p);
            softly.assertThat(fee).as(p.code()).startsWith("Lệ phí: ").doesNotContain("\n").doesNotContain("((").doesNotContain("(Lệ phí");
            String portal = VietnameseText.nfc(raw.get(p.code()).path("fees").asString(""));
            if (portal.contains("Hội đồng nhân dân") || portal.contains("HĐND")) softly.assertThat(fee).as(p.code()).doesNotContain("Không mất phí");
        }
        softly.assertAll();
    }

    @Test
    void anIndexOnlyAnswerSaysWhoHandlesItWhereToGoTheLinkAndThePhoneWithoutApologising() {
        List<Procedure> indexOnly = Catalogues.ALL.procedures().stream().filter(p -> p.sourceKind() == Procedure.SourceKind.INDEX_ONLY).toList();
        assertThat(indexOnly).hasSize(95);
        for (Procedure p : indexOnly) {
            assertThat(REPLIES.summary(p)).as(p.code()).contains(p.sourceUrl(), Catalogues.EXAMPLE_WARD.office().phone(), "Nơi nộp: ")
                    .containsPattern("Tiếp nhận|Cơ quan").doesNotContainPattern(APOLOGY);
        }
    }

    /** The first 80 characters of a document, to a word's end. */
    static String start(RequiredDocument d) {
        String name = d.name().replaceAll("\\s+", " ");
        return name.length() > 80 ? name.substring(0, name.lastIndexOf(' ', 80)) : name.replaceAll("[.;,:]+$", "");
    }

    /** The document lines of a message: what follows "• ". */
    static List<String> bullets(String message) {
        return message.lines().filter(l -> l.startsWith("• ")).map(l -> l.substring(2)).toList();
    }

    /** A bullet's text without the quantity, the way of submitting, the case it is for. */
    static String withoutMarks(String line, Procedure p) {
        String text = line;
        Optional<String> condition = p.documents().stream().map(RequiredDocument::condition).filter(c -> c != null && line.endsWith(" — " + c)).findFirst();
        if (condition.isPresent()) text = text.substring(0, text.length() - condition.get().length() - 3);
        text = WAY_MARK.matcher(QUANTITY.matcher(text).replaceFirst("")).replaceFirst("");
        return text.endsWith(Clauses.FOR_SOME_CASES) ? text.substring(0, text.length() - Clauses.FOR_SOME_CASES.length()) : text;
    }

    /** The document's whole text (its form's act said by the form alone allowed), or its start ending at a clause boundary. */
    static boolean whole(String line, RequiredDocument d) {
        // A piece of a long document may keep the semicolon or full stop it ends at.
        String text = line.replaceAll("[.;,]+$", "");
        for (String source : List.of(d.name(), Clauses.withoutActs(d.name()))) {
            String s = source.replaceAll("[.;,:]+$", "");
            if (s.equals(text)) return true;
            if (s.startsWith(text) && CLAUSE_BOUNDARY.matcher(s.substring(text.length())).find()) return true;
        }
        return false;
    }

    static List<String> duplicates(List<String> lines) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (String line : lines) {
            String key = VietnameseText.fold(line).replaceAll("[^a-z0-9]", "");
            Matcher first = Pattern.compile("^.{0,160}").matcher(key);
            first.find();
            if (seen.merge(first.group(), 1, Integer::sum) == 2) twice.add(line);
        }
        return twice;
    }

    @SafeVarargs
    static <T> List<T> concat(List<T>... lists) {
        List<T> all = new ArrayList<>();
        for (List<T> list : lists) all.addAll(list);
        return all;
    }
}
