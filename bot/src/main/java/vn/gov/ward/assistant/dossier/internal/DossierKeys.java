package vn.gov.ward.assistant.dossier.internal;

/**
 * The dossier module's Redis keys. A dossier is one key hash-tagged with its code, written by a script on its
 * slot that compares it with what was read and, for a new status, appends the change to the dossier's pending
 * effects (same tag): one step, so a stored status change always has its notice, survey and withdrawals
 * recorded, on a Redis Cluster too. The pending change is then moved to the effects stream
 * ({@link PendingEffects}). The indexes are separate keys updated after it (derived and idempotent).
 *
 * <p>No key here has a lifetime: under memory pressure Redis evicts only keys with one ({@code volatile-lru}).
 */
final class DossierKeys {

    /** Sorted set: open dossiers scored by appointment time. */
    static final String OPEN_BY_DEADLINE = "dossiers:open-by-deadline";
    private static final String EFFECTS_TAG = "dossiers:{effects}:";
    /** Stream: status changes stored and not yet announced (notice, survey, withdrawals), read by the group "effects". */
    static final String EFFECTS = EFFECTS_TAG + "stream";
    /**
     * Sorted set: codes of the dossiers given a pending change, scored by when (epoch ms), written before the change
     * (another slot than the dossier's): what the sweep reads instead of scanning the keyspace ({@link PendingEffects}).
     */
    static final String PENDING_EFFECTS_INDEX = EFFECTS_TAG + "pending";
    /** Stream: effects that failed every delivery, with the reason. */
    static final String EFFECTS_DEAD_LETTERS = EFFECTS_TAG + "dead-letters";
    /** Sorted set: every dossier scored by the time it was received (the reports' "received in a period"). */
    static final String BY_RECEIVED = "dossiers:by-received";
    /** Sorted set: dossiers with an outcome scored by when they reached it (the reports' "resolved in a period"). */
    static final String BY_FINISHED = "dossiers:by-finished";

    private DossierKeys() {
    }

    /** Every dossier key, for SCAN (the retention pass). */
    static final String EVERY_DOSSIER = "dossier:{*";
    /** Every dossier's pending changes, for SCAN (once at start: {@link PendingEffects#moveUnindexed}). */
    static final String EVERY_PENDING_EFFECTS = "dossier-effects:{*";

    /** The dossier as JSON, history included. */
    static String dossier(String code) {
        return "dossier:{" + code + "}";
    }

    /** List: the dossier's status changes stored and not yet moved to {@link #EFFECTS}, as JSON (the dossier's tag). */
    static String pendingEffects(String code) {
        return "dossier-effects:{" + code + "}";
    }


    /** Sorted set: the open dossiers of the officer in charge, by appointment (shares the officer's tag). */
    static String openOfOfficer(String officerId) {
        return "officer:{" + officerId + "}:open";
    }

    /** Set: codes of the dossiers tied to a Zalo user. */
    static String ofZaloUser(String zaloUserId) {
        return "zalo-user:{" + zaloUserId + "}";
    }

    /** The phone-digest secret when none is configured: one for every instance, kept with the data. */
    static final String PHONE_DIGEST_SECRET = "dossiers:phone-digest-secret";

    /**
     * Set: codes by applicant phone; the key carries a keyed digest of the normalised number
     * ({@link PhoneDigests}), never the number, and not a plain hash a list of 10-digit numbers reverses.
     */
    static String ofApplicant(String phoneDigest) {
        return "applicant:{" + phoneDigest + "}";
    }
}
