package vn.gov.ward.knowledge.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.gov.ward.knowledge.catalogue.CatalogueImporter;
import vn.gov.ward.knowledge.search.ProcedureSearch;
import vn.gov.ward.knowledge.ward.WardProfile;

/**
 * What the bot pays at start-up: importing the catalogue and building the index once in a fresh
 * JVM, before the JIT has seen the code. One shot per fork, three forks.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@State(Scope.Benchmark)
public class IndexBuildColdBenchmark {

    private WardProfile ward;

    @Setup(Level.Trial)
    public void load() {
        ward = BenchmarkData.realWard();
    }

    @Benchmark
    public ProcedureSearch importAndIndexBuild() {
        return ProcedureSearch.build(CatalogueImporter.importBundled(ward).catalogue());
    }
}
