package vn.gov.ward.assistant.dossier.internal;

/**
 * The dossier module's Redis keys. A dossier is one key hash-tagged with its code, written with an
 * optimistic transaction on that key alone; the indexes are separate keys updated after it (derived
 * and idempotent), so no command or transaction spans two slots.
 */
final class DossierKeys {

    /** Sorted set: open dossiers scored by appointment time. */
    static final String OPEN_BY_DEADLINE = "dossiers:open-by-deadline";

    private DossierKeys() {
    }

    /** Every dossier key, for SCAN (the retention pass). */
    static final String EVERY_DOSSIER = "dossier:{*";

    /** The dossier as JSON, history included. */
    static String dossier(String code) {
        return "dossier:{" + code + "}";
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
