package vn.gov.ward.knowledge.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.ward.knowledge.catalogue.CatalogueException;
import vn.gov.ward.knowledge.catalogue.CatalogueImporter;
import vn.gov.ward.knowledge.catalogue.CatalogueImporter.ImportResult;
import vn.gov.ward.knowledge.search.ProcedureSearch;
import vn.gov.ward.knowledge.search.SearchResult;
import vn.gov.ward.knowledge.ward.WardProfile;
import vn.gov.ward.knowledge.ward.WardProfileLoader;

/**
 * Batch search for officers and evaluations: one citizen question per line on standard input,
 * one JSON line per question on standard output.
 *
 * <pre>
 * java -jar knowledge/target/knowledge.jar search [--top N] [--ward FILE | --no-ward] &lt; questions.txt
 * </pre>
 *
 * Standard output carries only the JSON lines (UTF-8); the import summary and all messages go to
 * standard error. Exit codes: 0 done, 1 the catalogue, ward layer or input could not be used,
 * 2 usage error.
 */
public final class KnowledgeCli {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    static final int DEFAULT_TOP = 5;
    static final int MAX_TOP = 1000;
    /** Looked for in the working directory when no --ward is given. */
    static final Path DEFAULT_WARD = Path.of("config", "ward.yml");

    static final String USAGE_TEXT = """
            Usage: java -jar knowledge.jar search [--top N] [--ward FILE | --no-ward] < questions.txt

            Reads one question per line from standard input (UTF-8, blank lines skipped) and prints
            one JSON line per question on standard output:
              {"q":"...","decision":"answer|clarify|decline","results":[{"code":"...","score":1.234}]}

            Options:
              --top N       ranked procedures to print per question, 1 to %d (default %d)
              --ward FILE   the ward layer (default: config/ward.yml if it exists in the working
                            directory, otherwise no ward layer)
              --no-ward     use the national catalogue without any ward layer
              -h, --help    print this help and exit

            Exit codes: 0 done, 1 catalogue, ward layer or input unusable, 2 usage error.
            """.formatted(MAX_TOP, DEFAULT_TOP);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private KnowledgeCli() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Reader in = new InputStreamReader(System.in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        int status = run(args, in, out, err, Path.of(""));
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * The whole command, without touching the process: for tests and for callers embedding it.
     *
     * @param workingDirectory what relative paths (--ward, the default config/ward.yml) are resolved against
     * @return the exit code
     */
    public static int run(String[] args, Reader in, PrintStream out, PrintStream err, Path workingDirectory) {
        return run(args, in, out, err, workingDirectory, Loaded::of);
    }

    /** @param loader imports the catalogue under a ward layer and builds its search (tests share one per layer) */
    static int run(String[] args, Reader in, PrintStream out, PrintStream err, Path workingDirectory,
                   Function<WardProfile, Loaded> loader) {
        Options options;
        try {
            options = Options.parse(args, workingDirectory);
        } catch (UsageException e) {
            err.println("knowledge: " + e.getMessage());
            err.println("Try 'java -jar knowledge.jar --help'.");
            return USAGE;
        }
        if (options.help()) {
            out.print(USAGE_TEXT);
            out.flush();
            return OK;
        }

        ProcedureSearch search;
        try {
            WardProfile ward = options.ward() == null ? WardProfile.none() : WardProfileLoader.load(options.ward());
            err.println("knowledge: ward layer: " + (options.ward() == null ? "none" : options.ward()));
            Loaded loaded = loader.apply(ward);
            err.println("knowledge: " + loaded.imported().summary());
            search = loaded.search();
        } catch (CatalogueException e) {
            err.println("knowledge: " + e.getMessage());
            return FAILED;
        }

        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        int lineNumber = 0;
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                String question = line.strip();
                if (question.isEmpty()) continue;
                out.print(JSON.writeValueAsString(toJson(question, search.search(question, options.top()))));
                out.print('\n');
                out.flush();
            }
        } catch (CharacterCodingException e) {
            // read ahead in blocks, so the line cannot be named reliably
            err.println("knowledge: standard input is not valid UTF-8 (save the questions as UTF-8)");
            return FAILED;
        } catch (IOException e) {
            err.println("knowledge: cannot read standard input: " + e.getMessage());
            return FAILED;
        }
        return OK;
    }

    /** The bundled catalogue imported under a ward layer, and its search. */
    record Loaded(ImportResult imported, ProcedureSearch search) {
        static Loaded of(WardProfile ward) {
            ImportResult imported = CatalogueImporter.importBundled(ward);
            return new Loaded(imported, ProcedureSearch.build(imported.catalogue()));
        }
    }

    static ObjectNode toJson(String question, SearchResult result) {
        ObjectNode line = JSON.createObjectNode();
        line.put("q", question);
        line.put("decision", result.decision().wireName());
        ArrayNode results = line.putArray("results");
        for (SearchResult.Hit hit : result.hits()) {
            results.addObject()
                    .put("code", hit.procedure().code())
                    .put("score", Math.round((double) hit.score() * 1000) / 1000.0);
        }
        return line;
    }

    /**
     * @param ward null for no ward layer
     */
    record Options(boolean help, int top, Path ward) {

        static Options parse(String[] args, Path workingDirectory) throws UsageException {
            for (String arg : args) {
                if (arg.equals("--help") || arg.equals("-h")) return new Options(true, DEFAULT_TOP, null);
            }
            if (args.length == 0) throw new UsageException("missing command (the only command is 'search')");
            if (!args[0].equals("search")) throw new UsageException("unknown command '" + args[0] + "' (the only command is 'search')");

            Integer top = null;
            String ward = null;
            boolean noWard = false;
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                String name = arg;
                String value = null;
                int equals = arg.indexOf('=');
                if (arg.startsWith("--") && equals > 0) {
                    name = arg.substring(0, equals);
                    value = arg.substring(equals + 1);
                }
                switch (name) {
                    case "--top" -> {
                        if (top != null) throw new UsageException("--top given twice");
                        if (value == null) value = value(args, ++i, "--top");
                        top = top(value);
                    }
                    case "--ward" -> {
                        if (ward != null) throw new UsageException("--ward given twice");
                        if (value == null) value = value(args, ++i, "--ward");
                        if (value.isBlank()) throw new UsageException("--ward needs a file");
                        ward = value;
                    }
                    case "--no-ward" -> {
                        if (value != null) throw new UsageException("--no-ward takes no value");
                        noWard = true;
                    }
                    default -> throw new UsageException(arg.startsWith("-")
                            ? "unknown option '" + arg + "'"
                            : "unexpected argument '" + arg + "' (questions are read from standard input)");
                }
            }
            if (ward != null && noWard) throw new UsageException("--ward and --no-ward cannot be used together");

            Path wardFile = null;
            if (ward != null) {
                wardFile = workingDirectory.resolve(ward);
                if (!Files.isRegularFile(wardFile)) throw new UsageException("--ward: no such file: " + ward);
            } else if (!noWard && Files.isRegularFile(workingDirectory.resolve(DEFAULT_WARD))) {
                wardFile = workingDirectory.resolve(DEFAULT_WARD);
            }
            return new Options(false, top == null ? DEFAULT_TOP : top, wardFile);
        }

        private static String value(String[] args, int i, String option) throws UsageException {
            if (i >= args.length) throw new UsageException(option + " needs a value");
            return args[i];
        }

        private static int top(String value) throws UsageException {
            int top;
            try {
                top = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new UsageException("--top needs a whole number, not '" + value + "'");
            }
            if (top < 1 || top > MAX_TOP) throw new UsageException("--top must be between 1 and " + MAX_TOP + ", not " + top);
            return top;
        }
    }

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
