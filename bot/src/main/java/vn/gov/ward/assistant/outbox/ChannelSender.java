package vn.gov.ward.assistant.outbox;

import java.time.Duration;

/** A channel's way of sending one outbox message; the outbox handles queueing, retries and status. */
public interface ChannelSender {

    /** The channel name messages are queued under ("zalo", "telegram"). */
    String channel();

    /** One attempt. Must not throw for a channel's refusal: return the matching {@link Delivery}. */
    Delivery send(OutboxMessage message);

    /** Sends per second the channel allows overall. */
    double ratePerSecond();

    /**
     * How long this recipient must wait before the next message (a channel's per-chat pace); the message
     * is put back without counting as a try. Zero when it may go now.
     */
    default Duration waitBeforeSending(OutboxMessage message) {
        return Duration.ZERO;
    }
}
