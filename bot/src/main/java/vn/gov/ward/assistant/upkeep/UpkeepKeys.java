package vn.gov.ward.assistant.upkeep;

/**
 * The knowledge upkeep's Redis keys, all under the hash tag {@code {upkeep}}: applying a change writes the
 * additions, their version, the change log and the question it answers in one script, on one Cluster slot.
 */
final class UpkeepKeys {

    /** String: the ward's additions as JSON. */
    static final String ADDITIONS = "upkeep:{upkeep}:additions";
    /** Counter: moves with every change of the additions; every instance's search reads it. */
    static final String VERSION = "upkeep:{upkeep}:version";
    /** List: every change as JSON, oldest first (the audit: who, when, what, before, after). */
    static final String CHANGES = "upkeep:{upkeep}:changes";
    /** Hash: change id to the id of the change that undid it. */
    static final String UNDONE = "upkeep:{upkeep}:undone";
    /** Sorted set: question id by how often it was asked without a good answer. */
    static final String QUESTIONS = "upkeep:{upkeep}:questions";
    /** Hash: question id to its masked text and what happened the last time, as JSON. */
    static final String QUESTION_DETAILS = "upkeep:{upkeep}:question-details";

    private UpkeepKeys() {
    }
}
