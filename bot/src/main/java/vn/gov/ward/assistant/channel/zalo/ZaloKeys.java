package vn.gov.ward.assistant.channel.zalo;

import java.time.Duration;

/**
 * The Zalo channel's Redis keys. The inbox's event ids and its stream share the hash tag
 * {@code {zalo-inbox}}: the script that remembers an event id and appends the event touches one
 * Cluster slot (the stream is one key, so the inbox is one slot however it is laid out). The OA
 * token pair and its refresh lock belong to the Zalo client ({@code api.ZaloTokenStore}, {@code api.ZaloTokens}).
 */
final class ZaloKeys {

    private static final String INBOX = "zalo:{zalo-inbox}:";

    /** Stream: verified webhook events waiting to be handled, read by the consumer group "handlers". */
    static final String EVENTS = INBOX + "events";
    /** Stream: events whose handling failed every delivery, with the reason (admins: {@code GET /api/v1/dead-letters}). */
    static final String DEAD_LETTERS = INBOX + "dead-letters";
    /** How long a handled event's id is remembered: Zalo retries within minutes, a week is ample. */
    static final Duration EVENT_IDS_KEPT = Duration.ofDays(7);
    /** Zalo's customer-service window: a user's last interaction expires with it. */
    static final Duration INTERACTION_WINDOW = Duration.ofDays(7);
    /** Up to when the ZNS ratings were read back with rating/get. */
    static final String RATINGS_READ_UNTIL = "zalo:ratings:read-until";
    /** When the last scan for dossiers past their appointment ran. */
    static final String LATE_SCAN = "zalo:late-scan";

    private ZaloKeys() {
    }

    /** Present once an event was kept: a retried delivery of it is dropped. */
    static String event(String eventId) {
        return INBOX + "event:" + eventId;
    }

    /** When the user last interacted with the OA, expiring with the window. */
    static String interaction(String userId) {
        return "zalo:interaction:{" + userId + "}";
    }
}
