package vn.gov.ward.knowledge.catalogue;

/**
 * Fees and charges (phí, lệ phí): the amount in words a citizen uses, a short note of what else matters
 * to them, and the portal's own notes kept whole as the legal basis.
 *
 * @param amount for {@link Kind#CHARGED}: "8.000 đồng/văn bản xác nhận", or per way of submitting
 *               ("trực tiếp 50.000 đồng; trực tuyến, qua bưu chính 150.000 đồng"); null otherwise
 * @param note   what else the citizen should know, in one short clause ("miễn lệ phí cho người thuộc hộ
 *               nghèo…", "bản sao Trích lục kết hôn (nếu có yêu cầu) tính phí riêng"; for {@link Kind#SET_ELSEWHERE}
 *               where the amount is set), or null
 * @param basis  the portal's fee notes as printed, one per line, or null when it printed none
 */
public record Fee(Kind kind, String amount, String note, String basis) {

    public enum Kind {
        /** Free, and nothing in the portal's note says otherwise. */
        FREE,
        /** A stated amount. */
        CHARGED,
        /** The portal defers to the province: the People's Council (HĐND) sets the amount. */
        SET_BY_PROVINCE,
        /** The portal names no amount and says where it is set, or what it says does not agree with itself. */
        SET_ELSEWHERE,
        /** The portal gave no fee information. */
        UNKNOWN
    }

    public static Fee unknown() {
        return new Fee(Kind.UNKNOWN, null, null, null);
    }
}
