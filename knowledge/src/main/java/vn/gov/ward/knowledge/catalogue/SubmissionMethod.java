package vn.gov.ward.knowledge.catalogue;

/**
 * One way of submitting with what the portal says of it.
 *
 * @param timeLimit   the processing time for this way, with its unit (null when unknown)
 * @param fee         the fee text for this way, or null when the portal said nothing
 * @param description the portal's description (where to submit, who checks the dossier), or null
 */
public record SubmissionMethod(SubmissionChannel channel, TimeLimit timeLimit, String fee, String description) {
}
