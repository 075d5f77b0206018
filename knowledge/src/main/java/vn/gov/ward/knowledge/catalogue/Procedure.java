package vn.gov.ward.knowledge.catalogue;

import java.util.List;

/**
 * One administrative procedure as this ward serves it: the national catalogue record, cleaned,
 * with the ward's own layer (extra keywords, corrections) applied.
 *
 * @param sourceKind how complete the national record was; {@link SourceKind#INDEX_ONLY} records
 *                   carry no documents, time or fee and answers must send the citizen to the portal
 * @param wardNote   one line the ward adds to its answers, or null
 */
public record Procedure(
        String code,
        String name,
        String field,
        String agency,
        String result,
        List<DocumentGroup> documentGroups,
        ProcessingTime processingTime,
        Fee fee,
        List<SubmissionMethod> submissionMethods,
        List<LegalReference> legalBasis,
        String steps,
        String requirements,
        String sourceUrl,
        SourceKind sourceKind,
        List<String> keywords,
        String wardNote) {

    public Procedure {
        documentGroups = List.copyOf(documentGroups);
        submissionMethods = List.copyOf(submissionMethods);
        legalBasis = List.copyOf(legalBasis);
        keywords = List.copyOf(keywords);
    }

    /** Documents to bring, across groups, in catalogue order. */
    public List<RequiredDocument> documents() {
        return documentGroups.stream().flatMap(g -> g.documents().stream()).toList();
    }

    public boolean onlineSubmission() {
        return submissionMethods.stream().anyMatch(m -> m.channel() == SubmissionChannel.ONLINE);
    }

    public List<SubmissionChannel> channels() {
        return submissionMethods.stream().map(SubmissionMethod::channel).distinct().toList();
    }

    public enum SourceKind { PORTAL_PAGE, PORTAL_API, INDEX_ONLY }
}
