package vn.gov.ward.knowledge.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import vn.gov.ward.knowledge.catalogue.Catalogue;
import vn.gov.ward.knowledge.catalogue.CatalogueImporter;
import vn.gov.ward.knowledge.ward.WardProfile;
import vn.gov.ward.knowledge.ward.WardProfileLoader;

/**
 * The bundled catalogue under the project's ward layer (config/ward.yml) and its search, imported and built once
 * per JVM on first use: the tests that check the whole search on the real catalogue share them (Surefire runs
 * every test class in one JVM), and the tuning tools read them from the project root or from knowledge/.
 */
final class RealCatalogue {

    private RealCatalogue() {
    }

    static WardProfile ward() {
        return Loaded.WARD;
    }

    static Catalogue catalogue() {
        return Loaded.CATALOGUE;
    }

    static ProcedureSearch search() {
        return Loaded.SEARCH;
    }

    /** The bundled catalogue with another ward layer (the project's with additions, say), from the records read once. */
    static Catalogue imported(WardProfile layer) {
        return Loaded.RECORDS.withWard(layer).catalogue();
    }

    /** Loaded when first asked for, by the class loader: once and thread-safely. */
    private static final class Loaded {
        static final WardProfile WARD = WardProfileLoader.load(wardFile());
        /** Read and cleaned once: an import with another layer only applies the layer, as in the assistant. */
        static final CatalogueImporter.NationalRecords RECORDS = CatalogueImporter.readBundled();
        static final Catalogue CATALOGUE = RECORDS.withWard(WARD).catalogue();
        static final ProcedureSearch SEARCH = ProcedureSearch.build(CATALOGUE);

        private static Path wardFile() {
            for (Path candidate : List.of(Path.of("config", "ward.yml"), Path.of("..", "config", "ward.yml"))) {
                if (Files.isRegularFile(candidate)) return candidate;
            }
            throw new IllegalStateException("config/ward.yml not found from " + Path.of("").toAbsolutePath());
        }
    }
}
