package vn.gov.ward.knowledge.catalogue;

/**
 * Fees and charges (phí, lệ phí) with the portal's note kept.
 *
 * @param amount the amount as the portal printed it ("70.000 đồng/Giấy chứng nhận"), or null
 * @param note   the portal's note, or null
 */
public record Fee(Kind kind, String amount, String note) {

    public enum Kind {
        /** Free, and nothing in the note says otherwise. */
        FREE,
        /** The portal says "Miễn phí" but its note says the province (HĐND) or another act sets the fee. */
        SET_ELSEWHERE,
        /** A stated amount. */
        CHARGED,
        /** The portal gave no fee information. */
        UNKNOWN
    }

    public static Fee unknown() {
        return new Fee(Kind.UNKNOWN, null, null);
    }
}
