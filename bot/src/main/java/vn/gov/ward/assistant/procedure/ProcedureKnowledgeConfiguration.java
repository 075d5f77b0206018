package vn.gov.ward.assistant.procedure;

import java.nio.file.Files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.gov.ward.assistant.AssistantProperties;
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

    @Bean
    Procedures procedures(WardProfile ward, WardAdditionsSource additions) {
        return new Procedures(added -> {
            CatalogueImporter.ImportResult imported = CatalogueImporter.importBundled(added.applyTo(ward));
            log.info("Catalogue: {}", imported.summary());
            return imported.catalogue();
        }, additions);
    }
}
