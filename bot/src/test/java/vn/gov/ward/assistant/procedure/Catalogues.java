package vn.gov.ward.assistant.procedure;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import vn.gov.ward.knowledge.catalogue.Catalogue;
import vn.gov.ward.knowledge.catalogue.CatalogueImporter;
import vn.gov.ward.knowledge.ward.WardProfile;
import vn.gov.ward.knowledge.ward.WardProfileLoader;

/** The real catalogue and the example ward of config/ward.yml, imported once for the plain tests of answers. */
final class Catalogues {

    static final WardProfile EXAMPLE_WARD = WardProfileLoader.load(Path.of("../config/ward.yml"));
    /** The bundled catalogue read and cleaned once, as the application keeps it: each layer below only applies itself. */
    private static final CatalogueImporter.NationalRecords RECORDS = CatalogueImporter.readBundled();
    /** Imported once: the example ward's catalogue, and which copies it quarantined. */
    private static final CatalogueImporter.ImportResult IMPORTED = RECORDS.withWard(EXAMPLE_WARD);
    /** As the example ward answers. */
    static final Catalogue WARD = IMPORTED.catalogue();
    /** Every procedure of the national file: no field switched off, the copies a person would review released. */
    static final Catalogue ALL = everyProcedure();
    static final ProcedureReplies REPLIES = new ProcedureReplies(EXAMPLE_WARD);

    private Catalogues() {
    }

    private static Catalogue everyProcedure() {
        Map<String, WardProfile.ProcedureOverride> procedures = new HashMap<>(EXAMPLE_WARD.procedures());
        for (CatalogueImporter.Quarantined q : IMPORTED.quarantined()) {
            WardProfile.ProcedureOverride own = EXAMPLE_WARD.override(q.code());
            procedures.put(q.code(), new WardProfile.ProcedureOverride(own.keywords(), own.processingTime(), true));
        }
        return imported(new WardProfile(EXAMPLE_WARD.office(), Set.of(), procedures));
    }

    /** The catalogue with another ward layer (the example ward with additions, say), from the records read once. */
    static Catalogue imported(WardProfile layer) {
        return RECORDS.withWard(layer).catalogue();
    }
}
