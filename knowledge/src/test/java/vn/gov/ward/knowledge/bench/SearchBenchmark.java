package vn.gov.ward.knowledge.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.gov.ward.knowledge.catalogue.Catalogue;
import vn.gov.ward.knowledge.search.ProcedureSearch;
import vn.gov.ward.knowledge.search.SearchResult;

/**
 * One search, cycling through {@link BenchmarkData#QUESTIONS}, on the real catalogue with the real
 * ward layer and on a generated 10,000-procedure catalogue. SampleTime, so the percentiles (p50,
 * p99) are over single searches across all fifty questions. Targets: p99 under 2 ms on the real
 * catalogue, under 10 ms on 10,000 procedures.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class SearchBenchmark {

    @Param({"real", "generated-10k"})
    public String catalogue;

    private ProcedureSearch search;
    private String[] questions;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        Catalogue real = BenchmarkData.realCatalogue();
        Catalogue used = catalogue.equals("real") ? real : BenchmarkData.generated(real, 10_000, BenchmarkData.SEED);
        search = ProcedureSearch.build(used);
        questions = BenchmarkData.QUESTIONS.toArray(String[]::new);
        // every question once, so a broken question fails the run instead of skewing it
        for (String q : questions) search.search(q, 5);
    }

    @Benchmark
    public SearchResult search() {
        String question = questions[next];
        next = next + 1 == questions.length ? 0 : next + 1;
        return search.search(question, 5);
    }
}
