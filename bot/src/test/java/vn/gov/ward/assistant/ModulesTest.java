package vn.gov.ward.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The assistant's modules, verified and documented: Spring Modulith checks that no module reaches
 * into another's internals and that the modules form no cycle ({@link ApplicationModules#verify()});
 * ArchUnit checks what Modulith does not know of (channels are adapters, each keeps its libraries,
 * the knowledge module is plain Java). The module diagram and canvases are written to
 * {@code docs/architecture/modules}, where the architecture README links them.
 */
class ModulesTest {

    static final ApplicationModules MODULES = AssistantModules.detect();
    /** The assistant's classes as Modulith read them: importing them again would double the cost. */
    static final List<JavaClass> ASSISTANT = MODULES.stream().flatMap(module -> module.getBasePackage().stream()).toList();
    static final Path SOURCES = Path.of("src/main/java");
    static final Path GENERATED = Path.of("../docs/architecture/modules");

    @Test
    void theModulesDependOnEachOthersApisOnlyAndFormNoCycle() {
        MODULES.verify();
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("dossier", "conversation", "channel.zalo", "channel.telegram", "channel.web");
    }

    @Test
    void featuresNeverDependOnAChannel() {
        assertThat(ASSISTANT).as("every module's classes").hasSizeGreaterThan(100);
        assertThat(dependencies(ASSISTANT, from -> !in(from, CHANNELS), to -> to.startsWith(CHANNELS))).isEmpty();
    }

    @Test
    void channelsDoNotDependOnEachOther() {
        for (String channel : List.of("zalo", "telegram", "web")) {
            String own = CHANNELS + channel + ".";
            assertThat(dependencies(ASSISTANT, from -> in(from, own), to -> to.startsWith(CHANNELS) && !to.startsWith(own))).isEmpty();
        }
    }

    @Test
    void theLibrariesOfOneChannelStayInIt() {
        String zalo = CHANNELS + "zalo.";
        String telegram = CHANNELS + "telegram.";
        assertThat(dependencies(ASSISTANT, from -> in(from, zalo), to -> to.startsWith("retrofit2."))).as("Retrofit seen where it is")
                .isNotEmpty();
        assertThat(dependencies(ASSISTANT, from -> !in(from, telegram), to -> to.startsWith("org.telegram."))).isEmpty();
        assertThat(dependencies(ASSISTANT, from -> !in(from, zalo), to -> to.startsWith("retrofit2."))).isEmpty();
        assertThat(dependencies(ASSISTANT, from -> !in(from, zalo) && !in(from, telegram), to -> to.startsWith("okhttp3.")
                || to.startsWith("com.fasterxml.jackson.databind.") || to.startsWith("com.fasterxml.jackson.core."))).isEmpty();
    }

    @Test
    void theKnowledgeModuleKnowsNothingOfSpringRedisOrTheBot() {
        List<JavaClass> knowledge = List.copyOf(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.gov.ward.knowledge"));
        assertThat(dependencies(knowledge, from -> true, to -> to.startsWith("org.apache.lucene."))).as("Lucene seen where it is")
                .isNotEmpty();
        assertThat(dependencies(knowledge, from -> true, to -> to.startsWith("org.springframework.") || to.startsWith("io.lettuce.")
                || to.startsWith("redis.") || to.startsWith("vn.gov.ward.assistant."))).isEmpty();
    }

    @Test
    void nothingIsInjectedLazily() throws IOException {
        assertThat(sources().filter(f -> read(f).stream().anyMatch(line -> line.contains("@Lazy") || line.contains("annotation.Lazy"))))
                .isEmpty();
    }

    @Test
    void everyPublicTypeOfAModulesApiIsUsedByAnotherModule() {
        List<String> unused = MODULES.stream()
                .flatMap(module -> module.getBasePackage().toSingle().stream()
                        .filter(type -> type.isTopLevelClass() && type.getModifiers().contains(JavaModifier.PUBLIC))
                        .filter(type -> !usedOutside(module, type))
                        .map(JavaClass::getName))
                .sorted().toList();
        assertThat(unused).as("public, yet no other module uses them: package-private or internal").isEmpty();
    }

    /** Whether a class of another module depends on the type or on a type nested in it. */
    private static boolean usedOutside(ApplicationModule module, JavaClass type) {
        return module.getBasePackage().toSingle().stream()
                .filter(c -> c.getName().equals(type.getName()) || c.getName().startsWith(type.getName() + "$"))
                .flatMap(c -> c.getDirectDependenciesToSelf().stream())
                .anyMatch(d -> MODULES.getModuleByType(d.getOriginClass()).filter(other -> !other.equals(module)).isPresent());
    }

    @Test
    void noMainClassIsOver300Lines() throws IOException {
        assertThat(sources().filter(f -> read(f).size() > 300).map(Path::toString)).isEmpty();
    }

    @Test
    void theModuleDiagramAndCanvasesAreWrittenForTheArchitectureDocs() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> diagrams = Files.list(GENERATED)) {
            diagrams.filter(f -> f.toString().endsWith(".puml")).forEach(ModulesTest::sortElementsAndRelations);
        }
        Files.writeString(GENERATED.resolve("README.md"), mermaidDiagram());
        assertThat(GENERATED.resolve("components.puml")).exists();
    }

    /** The same module diagram as Mermaid, which the repository's web view draws: an arrow per direct dependency. */
    private static String mermaidDiagram() {
        StringBuilder text = new StringBuilder("""
                # Module diagram

                Written by `ModulesTest` from the modules Spring Modulith detects (do not edit): an arrow is a direct
                dependency, a dotted one an event listened to. `components.puml` is the same as C4-PlantUML;
                `module-*.puml` and `module-*.adoc` show each module and its canvas (API, beans, events, properties).

                ```mermaid
                flowchart LR
                """);
        MODULES.stream().sorted(Comparator.comparing(m -> m.getIdentifier().toString())).forEach(module -> {
            String from = nodeOf(module);
            text.append("    ").append(from).append("[\"").append(module.getDisplayName()).append("\"]\n");
            var dependencies = module.getDirectDependencies(MODULES);
            dependencies.uniqueModules().sorted(Comparator.comparing(m -> m.getIdentifier().toString())).forEach(target -> {
                var kinds = dependencies.stream().filter(d -> d.getTargetModule().equals(target)).map(d -> d.getDependencyType()).toList();
                if (kinds.stream().anyMatch(kind -> kind != DependencyType.EVENT_LISTENER)) {
                    text.append("    ").append(from).append(" --> ").append(nodeOf(target)).append('\n');
                }
                if (kinds.contains(DependencyType.EVENT_LISTENER)) {
                    text.append("    ").append(from).append(" -.->|listens to| ").append(nodeOf(target)).append('\n');
                }
            });
        });
        return text.append("```\n").toString();
    }

    private static String nodeOf(ApplicationModule module) {
        return module.getIdentifier().toString().replace('.', '_');
    }

    /** The Documenter lists modules and relations in hash order: sorted, the committed diagrams change only with the modules. */
    private static void sortElementsAndRelations(Path diagram) {
        List<String> lines = new ArrayList<>(read(diagram));
        for (int start = 0; start < lines.size(); start++) {
            String kind = kind(lines.get(start));
            int end = start;
            while (kind != null && end + 1 < lines.size() && kind.equals(kind(lines.get(end + 1)))) end++;
            if (end > start) Collections.sort(lines.subList(start, end + 1));
            start = end;
        }
        try {
            Files.write(diagram, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String kind(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("Component(") || trimmed.startsWith("Rel(") ? trimmed.substring(0, trimmed.indexOf('(')) : null;
    }

    private static final String CHANNELS = "vn.gov.ward.assistant.channel.";

    private static boolean in(JavaClass type, String packagePrefix) {
        return type.getName().startsWith(packagePrefix);
    }

    /** "origin -> target" for every dependency of the classes {@code from} accepts on a type whose name {@code to} accepts. */
    private static List<String> dependencies(List<JavaClass> classes, Predicate<JavaClass> from, Predicate<String> to) {
        return classes.stream().filter(from)
                .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .filter(d -> to.test(d.getTargetClass().getName()))
                .map(d -> d.getOriginClass().getName() + " -> " + d.getTargetClass().getName())
                .distinct().toList();
    }

    private static Stream<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
