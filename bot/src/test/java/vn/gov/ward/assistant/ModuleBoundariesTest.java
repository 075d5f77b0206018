package vn.gov.ward.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The feature packages' boundaries, read from the sources: channels (Zalo, Telegram, the web page)
 * are adapters that features never depend on, channels do not depend on each other, and the
 * knowledge module knows nothing of Spring, Redis or the bot.
 */
class ModuleBoundariesTest {

    private static final Path BOT = Path.of("src/main/java/vn/gov/ward/assistant");
    private static final Path KNOWLEDGE = Path.of("../knowledge/src/main/java");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

    record Dependency(Path from, String imported) {
    }

    private static List<Dependency> imports(Path root) throws IOException {
        List<Dependency> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) found.add(new Dependency(root.relativize(file), m.group(1)));
            }
        }
        return found;
    }

    private static String packageOf(Path relative) {
        return relative.getParent() == null ? "" : relative.getParent().toString().replace('/', '.');
    }

    @Test
    void featuresNeverDependOnAChannel() throws IOException {
        assertThat(imports(BOT)).as("the sources were read").hasSizeGreaterThan(500);
        List<Dependency> wrong = imports(BOT).stream()
                .filter(d -> !packageOf(d.from()).startsWith("channel"))
                .filter(d -> d.imported().startsWith("vn.gov.ward.assistant.channel."))
                .toList();
        assertThat(wrong).isEmpty();
    }

    @Test
    void channelsDoNotDependOnEachOther() throws IOException {
        List<Dependency> wrong = imports(BOT).stream()
                .filter(d -> packageOf(d.from()).startsWith("channel."))
                .filter(d -> {
                    String own = "vn.gov.ward.assistant." + packageOf(d.from()).split("\\.")[0] + "." + packageOf(d.from()).split("\\.")[1];
                    return d.imported().startsWith("vn.gov.ward.assistant.channel.") && !d.imported().startsWith(own)
                            && !d.imported().matches("vn\\.gov\\.ward\\.assistant\\.channel\\.[A-Z]\\w*");
                })
                .toList();
        assertThat(wrong).isEmpty();
    }

    @Test
    void theLibrariesOfOneChannelStayInIt() throws IOException {
        List<Dependency> wrong = imports(BOT).stream()
                .filter(d -> d.imported().startsWith("org.telegram.") && !packageOf(d.from()).startsWith("channel.telegram")
                        || d.imported().startsWith("retrofit2.") && !packageOf(d.from()).startsWith("channel.zalo")
                        || d.imported().startsWith("com.fasterxml.jackson.databind") && !packageOf(d.from()).startsWith("channel."))
                .toList();
        assertThat(wrong).isEmpty();
    }

    @Test
    void theKnowledgeModuleKnowsNothingOfSpringRedisOrTheBot() throws IOException {
        List<Dependency> wrong = imports(KNOWLEDGE).stream()
                .filter(d -> d.imported().startsWith("org.springframework") || d.imported().startsWith("io.lettuce")
                        || d.imported().startsWith("redis.") || d.imported().startsWith("vn.gov.ward.assistant"))
                .toList();
        assertThat(wrong).isEmpty();
    }
}
