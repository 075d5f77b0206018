package vn.gov.ward.assistant.outbox;

/**
 * The outbox's Redis keys. All of a channel's keys carry the channel as hash tag ({@code outbox:{zalo}:…}),
 * so queueing a message (idempotency key, message, stream, retention index) and every later change of it
 * (status and the failed list, dead letters) is one script in one Cluster slot. A message id starts with
 * its channel, so the message is found from its id alone.
 *
 * <p>None of these keys has a lifetime but the lease of a message being sent and the channel's pace: under memory
 * pressure Redis evicts only keys with one ({@code volatile-lru}), and a message must not go before it is sent. Old messages are removed by the
 * outbox's retention pass after {@code outbox.keep-for}.
 *
 * <p>A channel's queue has {@code outbox.lanes} lanes, each a stream with its retries and dead letters, sent from by a
 * thread of its own; a recipient's messages all go through one lane ({@link Outbox#lane}), so they leave in order.
 */
final class OutboxKeys {

    /** Set: the channels that have had a failed message, for admins' lists. */
    static final String CHANNELS = "outbox:channels";

    private OutboxKeys() {
    }

    private static String prefix(String channel) {
        return "outbox:{" + channel + "}:";
    }

    // Lane 0's keys are those of the outbox before lanes, so what an older version queued is still sent.
    private static String lanePrefix(String channel, int lane) {
        return lane == 0 ? prefix(channel) : prefix(channel) + "lane-" + lane + ":";
    }

    /** Hash: the message as JSON, its status, attempts, last error, provider id, parts sent. */
    static String message(String channel, String id) {
        return prefix(channel) + "msg:" + id;
    }

    /** An idempotency key → the message queued under it. */
    static String idempotency(String channel, String key) {
        return prefix(channel) + "key:" + key;
    }

    /** The sender sending a message now; it lasts as long as a send may take, in case that sender dies while sending. */
    static String sending(String channel, String id) {
        return prefix(channel) + "sending:" + id;
    }

    /** The time (µs, Redis's clock) of the channel's next permit to send, shared by all instances. */
    static String pace(String channel) {
        return prefix(channel) + "pace";
    }

    /** A channel's message id → ours, for delivery receipts. */
    static String provider(String channel, String providerId) {
        return prefix(channel) + "provider:" + providerId;
    }

    /** Stream: one lane of the channel's queue (the lane of its messages' recipients), read by the consumer group "senders". */
    static String stream(String channel, int lane) {
        return lanePrefix(channel, lane) + "stream";
    }

    /** Stream: a lane's queue entries that failed every delivery, with the reason. */
    static String deadLetters(String channel, int lane) {
        return lanePrefix(channel, lane) + "dead-letters";
    }

    /** Sorted set: a lane's messages waiting for their next try, which goes back to that lane. */
    static String retries(String channel, int lane) {
        return lanePrefix(channel, lane) + "retry";
    }

    /** Sorted set: failed and undeliverable messages by time, for admins. */
    static String failed(String channel) {
        return prefix(channel) + "failed";
    }

    /**
     * Sorted set: the messages not sent yet (queued or retrying) by when they became due (queued, or the end of the wait
     * they were queued with), for the age of the oldest ({@code outbox.oldest.waiting}); left when a message is final.
     */
    static String waiting(String channel) {
        return prefix(channel) + "waiting";
    }

    /** Sorted set: every message by the time it was queued, for the retention pass. */
    static String queuedAt(String channel) {
        return prefix(channel) + "queued-at";
    }
}
