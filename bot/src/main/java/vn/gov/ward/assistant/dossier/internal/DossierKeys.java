package vn.gov.ward.assistant.dossier.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The dossier module's Redis keys. A dossier is one key hash-tagged with its code, written with an
 * optimistic transaction on that key alone; the indexes are separate keys updated after it (derived
 * and idempotent), so no command or transaction spans two slots.
 */
final class DossierKeys {

    /** Sorted set: open dossiers scored by appointment time. */
    static final String OPEN_BY_DEADLINE = "dossiers:open-by-deadline";
    /** Sorted set: every dossier scored by the time it was received (the reports' "received in a period"). */
    static final String BY_RECEIVED = "dossiers:by-received";
    /** Sorted set: dossiers with an outcome scored by when they reached it (the reports' "resolved in a period"). */
    static final String BY_FINISHED = "dossiers:by-finished";

    private DossierKeys() {
    }

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

    /** Set: codes by applicant phone; the key carries a hash of the normalised number, never the number. */
    static String ofApplicant(String phone) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(phone.getBytes(StandardCharsets.UTF_8));
            return "applicant:{" + HexFormat.of().formatHex(digest, 0, 12) + "}";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
