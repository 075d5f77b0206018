package vn.gov.ward.assistant.outbox;

import java.time.Duration;

/**
 * The outbox's Redis keys. A message's keys carry its id as hash tag; the cancel script reads and
 * writes the message's own hash only, so it stays in one slot. Streams and retry sets are one per
 * channel.
 */
final class OutboxKeys {

    /** Sorted set: failed and undeliverable messages by time, for admins. */
    static final String FAILED = "outbox:failed";
    /** How long a split message remembers the parts it has sent (a retry goes on from the first one not sent). */
    static final Duration PARTS_SENT_KEPT = Duration.ofDays(2);

    private OutboxKeys() {
    }

    /** Hash: the message as JSON, its status, attempts, last error and provider id. */
    static String message(String id) {
        return "outbox:msg:{" + id + "}";
    }

    /** An idempotency key → the message queued under it. */
    static String idempotency(String key) {
        return "outbox:key:{" + key + "}";
    }

    /** A channel's message id → ours, for delivery receipts. */
    static String provider(String channel, String providerId) {
        return "outbox:provider:" + channel + ":{" + providerId + "}";
    }

    /** Stream: the channel's queue, read by the consumer group "senders". */
    static String stream(String channel) {
        return "outbox:stream:" + channel;
    }

    /** Sorted set: the channel's messages waiting for their next try. */
    static String retries(String channel) {
        return "outbox:retry:" + channel;
    }

    /** How many parts of a split message the channel has sent. */
    static String partsSent(String channel, String messageId) {
        return channel + ":progress:{" + messageId + "}";
    }
}
