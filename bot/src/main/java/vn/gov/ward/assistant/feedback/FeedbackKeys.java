package vn.gov.ward.assistant.feedback;

/** The feedback module's Redis keys: one key per ticket (its code as hash tag) and two indexes. */
final class FeedbackKeys {

    /** Sorted set: open and answered tickets by due time. */
    static final String OPEN_TICKETS = "tickets:open";
    /** Sorted set: every ticket by the time it was opened (the reports' "received in a period"). */
    static final String BY_CREATED = "tickets:by-created";

    private FeedbackKeys() {
    }

    /** Every ticket key, for SCAN (the retention pass). */
    static final String EVERY_TICKET = "ticket:{*";

    /** The ticket as JSON. */
    static String ticket(String code) {
        return "ticket:{" + code + "}";
    }
}
