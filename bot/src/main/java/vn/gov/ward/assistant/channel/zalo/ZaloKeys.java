package vn.gov.ward.assistant.channel.zalo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

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
    /**
     * How long a kept event's id (and a tap's, {@link #tap}) is remembered at least: longer than the webhook accepts
     * an event ({@code zalo.webhook-max-age}, 24 h by default, over Zalo's retries of about 12 h), so a retry or a
     * replay the webhook lets in is always dropped here. See {@link #heldFor}.
     */
    static final Duration EVENT_IDS_KEPT = Duration.ofDays(7);
    /** How far ahead of our clock an event's timestamp may be: the two clocks are never quite the same. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** Zalo's customer-service window: a user's last interaction expires with it. */
    static final Duration INTERACTION_WINDOW = Duration.ofDays(7);
    /** Up to when the ZNS ratings were read back with rating/get. */
    static final String RATINGS_READ_UNTIL = "zalo:ratings:read-until";
    /** When the last scan for dossiers past their appointment ran. */
    static final String LATE_SCAN = "zalo:late-scan";

    private ZaloKeys() {
    }

    /**
     * How long the inbox's ids are held when the webhook accepts events up to {@code acceptedFor} after their
     * timestamp: an id set when its event first came (at most {@link #CLOCK_SKEW} before the timestamp) outlives
     * every delivery of it the webhook can accept.
     */
    static Duration heldFor(Duration acceptedFor) {
        Duration needed = acceptedFor.plus(CLOCK_SKEW);
        return needed.compareTo(EVENT_IDS_KEPT) > 0 ? needed : EVENT_IDS_KEPT;
    }

    /**
     * Sorted set: the ids of the events kept, scored by when (Redis's clock, epoch ms); a retried delivery of one is
     * dropped. A set with no lifetime, so {@code volatile-lru} never evicts it (a key per id would be the idlest keys
     * with a lifetime, the first evicted, and a retry after that answered twice): the inbox's script removes the ids
     * older than {@link #heldFor} as it adds one.
     */
    static final String EVENT_IDS = INBOX + "event-ids";

    /**
     * The last tap or text of a user with these words, as {@code <timestamp>|<shape>|<event id>}: one button tap may
     * come both as {@code user_send_text} and as a click event, and is handled once ({@link ZaloTaps}).
     */
    static String tap(String userId, String words) {
        return INBOX + "tap:" + userId + ":" + sha256(words);
    }

    /** Hash: the Zalo users already asked to share their phone, with the event that asked; once per user, so it never expires. */
    static final String INFO_REQUESTED = "zalo:info-requested";

    /** When the user last interacted with the OA, expiring with the window. */
    static String interaction(String userId) {
        return "zalo:interaction:{" + userId + "}";
    }

    private static String sha256(String words) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(words.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
