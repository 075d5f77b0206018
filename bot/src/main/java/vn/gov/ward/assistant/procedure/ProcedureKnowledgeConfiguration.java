package vn.gov.ward.assistant.procedure;

import java.nio.file.Files;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.gov.ward.assistant.AssistantProperties;
import vn.gov.ward.knowledge.catalogue.Catalogue;
import vn.gov.ward.knowledge.catalogue.CatalogueException;
import vn.gov.ward.knowledge.catalogue.CatalogueImporter;
import vn.gov.ward.knowledge.ward.WardProfile;
import vn.gov.ward.knowledge.ward.WardProfileLoader;

/** The knowledge base, built once at start-up: a bad catalogue or ward file stops the start with its reason. */
@Configuration(proxyBeanMethods = false)
class ProcedureKnowledgeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ProcedureKnowledgeConfiguration.class);

    @Bean
    WardProfile wardProfile(AssistantProperties properties) {
        if (!Files.isRegularFile(properties.wardPath())) {
            throw new CatalogueException(properties.wardPath().toAbsolutePath().toString(), null,
                    "does not exist; set assistant.ward-file to the ward layer (see config/ward.yml)");
        }
        return WardProfileLoader.load(properties.wardPath());
    }

    /**
     * The catalogues imported in this JVM, by ward layer (the additions applied), the last few used. An import takes a
     * second or more and gives the same immutable catalogue for the same layer (the bundled catalogue does not change
     * while the JVM runs): the check of a console change and the search built after it share one, an undo finds the
     * layer it goes back to, and the application contexts of one test JVM share theirs.
     */
    private static final Map<WardProfile, Catalogue> IMPORTED = Procedures.lastUsed(4);

    /**
     * The bundled catalogue's records, read and cleaned once in this JVM (it does not change while the JVM runs): an
     * import for another layer, after a change in the console, only applies the layer (a few milliseconds, not a second).
     */
    private static CatalogueImporter.NationalRecords bundled;

    private static synchronized CatalogueImporter.NationalRecords bundled() {
        if (bundled == null) bundled = CatalogueImporter.readBundled();
        return bundled;
    }

    @Bean
    Procedures procedures(WardProfile ward, WardAdditionsSource additions) {
        return new Procedures(added -> IMPORTED.computeIfAbsent(added.applyTo(ward), layer -> {
            CatalogueImporter.ImportResult imported = bundled().withWard(layer);
            log.info("Catalogue: {}", imported.summary());
            return imported.catalogue();
        }), additions);
    }
}
