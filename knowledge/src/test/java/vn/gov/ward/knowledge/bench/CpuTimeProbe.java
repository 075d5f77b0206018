package vn.gov.ward.knowledge.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import vn.gov.ward.knowledge.catalogue.Catalogue;
import vn.gov.ward.knowledge.catalogue.CatalogueImporter;
import vn.gov.ward.knowledge.search.ProcedureSearch;
import vn.gov.ward.knowledge.ward.WardProfile;

/**
 * The benchmarks' workloads measured in CPU time as well as wall-clock time, for machines shared
 * with other work (CI runners, a developer's builds): on a busy machine JMH's wall-clock figures
 * include the time the thread waited for a core, CPU time does not. Not a JMH benchmark: run it with
 * {@code mvn -pl knowledge -Pbench test -Dbench.main=vn.gov.ward.knowledge.bench.CpuTimeProbe}
 * (arguments are ignored). Searches are timed with the searching thread's CPU time; index builds
 * with the process's CPU time, because Lucene merges segments on its own threads.
 */
public final class CpuTimeProbe {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private CpuTimeProbe() {
    }

    public static void main(String[] args) {
        System.out.printf("%d processors, JDK %s, load average %.2f%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), OS.getSystemLoadAverage());

        WardProfile ward = BenchmarkData.realWard();
        long cpu = OS.getProcessCpuTime();
        long wall = System.nanoTime();
        Catalogue real = CatalogueImporter.importBundled(ward).catalogue();
        ProcedureSearch.build(real);
        System.out.printf("cold import + index build (first in this JVM): cpu %.0f ms, wall %.0f ms%n",
                (OS.getProcessCpuTime() - cpu) / 1e6, (System.nanoTime() - wall) / 1e6);
        build("index build, real catalogue", () -> ProcedureSearch.build(real));
        build("import + index build, real catalogue", () -> ProcedureSearch.build(CatalogueImporter.importBundled(ward).catalogue()));

        search("search, real catalogue", ProcedureSearch.build(real), 40);
        search("search, generated 10,000", ProcedureSearch.build(BenchmarkData.generated(real, 10_000, BenchmarkData.SEED)), 10);
        System.out.printf("load average %.2f%n", OS.getSystemLoadAverage());
    }

    private static void build(String what, Supplier<ProcedureSearch> build) {
        for (int i = 0; i < 3; i++) build.get();
        int n = 5;
        double[] cpu = new double[n];
        double[] wall = new double[n];
        for (int i = 0; i < n; i++) {
            long c = OS.getProcessCpuTime();
            long w = System.nanoTime();
            build.get();
            cpu[i] = (OS.getProcessCpuTime() - c) / 1e6;
            wall[i] = (System.nanoTime() - w) / 1e6;
        }
        System.out.printf("%s, warm, %d builds: cpu mean %.0f ms (min %.0f), wall mean %.0f ms (min %.0f)%n", what, n,
                mean(cpu), Arrays.stream(cpu).min().orElseThrow(), mean(wall), Arrays.stream(wall).min().orElseThrow());
    }

    private static void search(String what, ProcedureSearch search, int rounds) {
        List<String> questions = BenchmarkData.QUESTIONS;
        for (int r = 0; r < rounds; r++) for (String q : questions) search.search(q, 5);
        double[] cpu = new double[rounds * questions.size()];
        double[] wall = new double[cpu.length];
        int i = 0;
        for (int r = 0; r < rounds; r++) {
            for (String q : questions) {
                long c = THREADS.getCurrentThreadCpuTime();
                long w = System.nanoTime();
                search.search(q, 5);
                cpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e3;
                wall[i++] = (System.nanoTime() - w) / 1e3;
            }
        }
        System.out.printf("%s, %d searches (µs): cpu p50 %.0f p99 %.0f mean %.0f max %.0f | wall p50 %.0f p99 %.0f mean %.0f max %.0f%n",
                what, cpu.length, pct(cpu, 0.50), pct(cpu, 0.99), mean(cpu), pct(cpu, 1), pct(wall, 0.50), pct(wall, 0.99), mean(wall), pct(wall, 1));
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    private static double pct(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
