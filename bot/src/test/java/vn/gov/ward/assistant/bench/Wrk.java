package vn.gov.ward.assistant.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs wrk (the Debian package) against the assistant: plain GETs, or POSTs that cycle through
 * prepared signed bodies (wrk's Lua has no SHA-256, so the signatures are computed here first).
 */
final class Wrk {

    static final String SETTINGS = "2 threads, 32 connections";
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

    private Wrk() {
    }

    record Result(double perSecond, double p50Millis, double p99Millis, long non2xx) {
        void print(String name) {
            System.out.printf("%-34s %12.0f %10.2f %10.2f %10d%n", name, perSecond, p50Millis, p99Millis, non2xx);
        }
    }

    /** @param bodies {body, X-ZEvent-Signature} for request i, or null for GETs */
    static Result run(String url, IntFunction<String[]> bodies, int count, Duration length) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("wrk");
        List<String> command = new java.util.ArrayList<>(List.of("wrk", "-t2", "-c32", "-d" + length.toSeconds() + "s", "--latency"));
        if (bodies != null) {
            Path data = dir.resolve("events.tsv");
            try (BufferedWriter out = Files.newBufferedWriter(data, StandardCharsets.UTF_8)) {
                for (int i = 0; i < count; i++) {
                    String[] event = bodies.apply(i);
                    out.write(event[1] + "\t" + event[0] + "\n");
                }
            }
            Path script = dir.resolve("post.lua");
            Files.writeString(script, """
                    local events = {}
                    local n = 0
                    function init(args)
                      for line in io.lines("%s") do
                        local tab = line:find("\\t")
                        n = n + 1
                        events[n] = wrk.format("POST", nil, {["Content-Type"] = "application/json",
                          ["X-ZEvent-Signature"] = line:sub(1, tab - 1)}, line:sub(tab + 1))
                      end
                      i = math.random(n)
                    end
                    function request()
                      i = i %% n + 1
                      return events[i]
                    end
                    """.formatted(data));
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) throw new IllegalStateException("wrk failed:\n" + output);
        return new Result(number(RATE, output), latency(output, "50%"), latency(output, "99%"), (long) number(NON_2XX, output));
    }

    private static double number(Pattern pattern, String output) {
        Matcher m = pattern.matcher(output);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** "    99%   12.34ms" in wrk's latency distribution, in milliseconds. */
    private static double latency(String output, String percentile) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([\\d.]+)(us|ms|s)").matcher(output);
        if (!m.find()) return Double.NaN;
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
