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

    /** Loaded when first asked for, by the class loader: once and thread-safely. */
    private static final class Loaded {
        static final WardProfile WARD = WardProfileLoader.load(wardFile());
        static final Catalogue CATALOGUE = CatalogueImporter.importBundled(WARD).catalogue();
        static final ProcedureSearch SEARCH = ProcedureSearch.build(CATALOGUE);

        private static Path wardFile() {
            for (Path candidate : List.of(Path.of("config", "ward.yml"), Path.of("..", "config", "ward.yml"))) {
                if (Files.isRegularFile(candidate)) return candidate;
            }
            throw new IllegalStateException("config/ward.yml not found from " + Path.of("").toAbsolutePath());
        }
    }
}
