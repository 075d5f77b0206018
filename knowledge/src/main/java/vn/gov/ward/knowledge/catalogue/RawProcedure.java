package vn.gov.ward.knowledge.catalogue;

import java.util.List;

/** A record of the national catalogue file exactly as crawled (see shared/catalogue/README.md). */
record RawProcedure(
        String code,
        String name,
        String field,
        String level,
        String processingTime,
        String fees,
        List<String> documents,
        List<String> submission,
        String agency,
        String result,
        List<String> legalBasis,
        String steps,
        String requirements,
        String ministry,
        String decision,
        String sourceUrl,
        String sourceKind) {

    RawProcedure {
        documents = documents == null ? List.of() : documents;
        submission = submission == null ? List.of() : submission;
        legalBasis = legalBasis == null ? List.of() : legalBasis;
    }
}
