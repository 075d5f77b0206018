package vn.gov.ward.knowledge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.knowledge.ward.WardProfile;

class KnowledgeCliTest {

    /** Surefire runs in knowledge/; the ward layer lives in the project's config/. */
    static final Path PROJECT = Path.of("..");
    static final JsonMapper JSON = JsonMapper.builder().build();

    record Run(int status, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }
    }

    /**
     * Each ward layer's catalogue imported and searched once for all the runs: what these tests check is the command
     * around it, and a fresh import and index build per run made this class the slowest of the module.
     */
    static final Map<WardProfile, KnowledgeCli.Loaded> LOADED = new ConcurrentHashMap<>();

    static Run run(String input, Path workingDirectory, String... args) {
        return run(new StringReader(input), workingDirectory, args);
    }

    static Run run(Reader input, Path workingDirectory, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = KnowledgeCli.run(args, input, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), workingDirectory,
                ward -> LOADED.computeIfAbsent(ward, KnowledgeCli.Loaded::of));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsOneJsonLinePerQuestionSkippingBlankLines() throws Exception {
        String input = "\uFEFFlàm giấy khai sinh cho con cần những gì\n\n   \r\n"
                + "dang ky ket hon can giay to gi\r\n"
                + "mai troi co mua khong\n"
                + "  đăng ký thường trú cho con mới sinh  ";
        Run run = run(input, PROJECT, "search", "--top", "3");

        assertThat(run.status()).isZero();
        assertThat(run.lines()).hasSize(4).allSatisfy(line -> assertThat(line)
                .matches("\\{\"q\":\"[^\"]+\",\"decision\":\"(answer|clarify|decline)\",\"results\":\\[.*]}"));
        assertThat(run.out()).endsWith("\n").doesNotContain("\r");

        List<JsonNode> json = new ArrayList<>();
        for (String line : run.lines()) json.add(JSON.readTree(line));
        assertThat(json).extracting(j -> j.get("q").asString()).containsExactly(
                "làm giấy khai sinh cho con cần những gì", "dang ky ket hon can giay to gi",
                "mai troi co mua khong", "đăng ký thường trú cho con mới sinh");
        for (JsonNode j : json) {
            assertThat(j.propertyNames()).containsExactly("q", "decision", "results");
            assertThat(j.get("results").size()).isBetween(0, 3);
            for (JsonNode r : j.get("results")) {
                assertThat(r.propertyNames()).containsExactly("code", "score");
                assertThat(r.get("code").isString()).isTrue();
                assertThat(r.get("score").isNumber()).isTrue();
                assertThat(r.get("score").asString()).matches("\\d+(\\.\\d{1,3})?");
            }
        }
        assertThat(codes(json.get(0))).contains("1.001193");
        assertThat(json.get(0).get("decision").asString()).isNotEqualTo("decline");
        assertThat(json.get(2).get("decision").asString()).isEqualTo("decline");

        assertThat(run.err()).contains("ward layer: " + PROJECT.resolve("config/ward.yml")).contains("procedures imported");
        assertThat(run.out()).doesNotContain("procedures imported");
    }

    @Test
    void topDefaultsToFiveAndAcceptsTheEqualsForm() throws Exception {
        Run defaults = run("giấy khai sinh\n", PROJECT, "search");
        Run one = run("giấy khai sinh\n", PROJECT, "search", "--top=1");
        assertThat(defaults.status()).isZero();
        assertThat(JSON.readTree(defaults.out()).get("results").size()).isEqualTo(5);
        assertThat(one.status()).isZero();
        assertThat(JSON.readTree(one.out()).get("results").size()).isEqualTo(1);
    }

    @Test
    void anExactCodeIsAnswered() throws Exception {
        Run run = run("1.001193\n", PROJECT, "search", "--ward", "config/ward.yml");
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("decision").asString()).isEqualTo("answer");
        assertThat(codes(json)).containsExactly("1.001193");
    }

    @Test
    void withoutConfigInTheWorkingDirectoryNoWardLayerIsUsed(@TempDir Path empty) {
        Run run = run("giấy khai sinh\n", empty, "search");
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("ward layer: none");
        assertThat(run.lines()).hasSize(1);

        Run noWard = run("giấy khai sinh\n", PROJECT, "search", "--no-ward");
        assertThat(noWard.err()).contains("ward layer: none");
    }

    @Test
    void noQuestionsNoOutput() {
        Run run = run("\n\n", PROJECT, "search");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "find", "search --top", "search --top abc", "search --top 0", "search --top -3", "search --top 1001",
            "search --top 2 --top 3", "search --bogus", "search extra", "search --ward", "search --ward missing.yml",
            "search --ward config/ward.yml --no-ward", "search --no-ward=yes", "--top 5 search"})
    void badUsageExitsWithTwo(String args) {
        Run run = run("giấy khai sinh\n", PROJECT, args.isEmpty() ? new String[0] : args.split(" "));
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("knowledge: ").contains("--help");
    }

    @Test
    void helpGoesToStandardOutput() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"search", "-h"})) {
            Run run = run("", PROJECT, args);
            assertThat(run.status()).isZero();
            assertThat(run.out()).startsWith("Usage: ").contains("--top N").contains("--ward FILE");
            assertThat(run.err()).isEmpty();
        }
    }

    @Test
    void anUnusableWardLayerExitsWithOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.yml"), "office:\n  name: Phường\n", StandardCharsets.UTF_8);
        Run run = run("giấy khai sinh\n", dir, "search", "--ward", "bad.yml");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("bad.yml").contains("name and phone are required");
    }

    @Test
    void inputThatIsNotUtf8ExitsWithOne() {
        byte[] windows1258 = {'k', 'h', 'a', 'i', ' ', 's', 'i', 'n', 'h', ' ', (byte) 0xF0, (byte) 0xFF, '\n'};
        Reader strict = new InputStreamReader(new ByteArrayInputStream(windows1258),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT));
        Run run = run(strict, PROJECT, "search");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("not valid UTF-8");
    }

    private static List<String> codes(JsonNode line) {
        List<String> codes = new ArrayList<>();
        line.get("results").forEach(r -> codes.add(r.get("code").asString()));
        return codes;
    }
}
