package vn.gov.ward.assistant.feedback;

/** The feedback module's Redis keys: one key per ticket (its code as hash tag) and one index. */
final class FeedbackKeys {

    /** Sorted set: open and answered tickets by due time. */
    static final String OPEN_TICKETS = "tickets:open";

    private FeedbackKeys() {
    }

    /** Every ticket key, for SCAN (the retention pass). */
    static final String EVERY_TICKET = "ticket:{*";

    /** The ticket as JSON. */
    static String ticket(String code) {
        return "ticket:{" + code + "}";
    }
}
