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

import vn.gov.ward.knowledge.catalogue.Catalogue;
import vn.gov.ward.knowledge.catalogue.CatalogueImporter;
import vn.gov.ward.knowledge.search.ProcedureSearch;
import vn.gov.ward.knowledge.ward.WardProfile;

/**
 * Building the in-memory index of the real catalogue (target: under 2 s), and, for the start-up
 * picture, importing the bundled catalogue with the ward layer and then building the index.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class IndexBuildBenchmark {

    private WardProfile ward;
    private Catalogue catalogue;

    @Setup(Level.Trial)
    public void load() {
        ward = BenchmarkData.realWard();
        catalogue = CatalogueImporter.importBundled(ward).catalogue();
    }

    @Benchmark
    public ProcedureSearch indexBuild() {
        return ProcedureSearch.build(catalogue);
    }

    @Benchmark
    public ProcedureSearch importAndIndexBuild() {
        return ProcedureSearch.build(CatalogueImporter.importBundled(ward).catalogue());
    }
}
