package vn.gov.ward.assistant.outbox;

/** A channel's way of sending one outbox message; the outbox handles queueing, retries and status. */
public interface ChannelSender {

    /** The channel name messages are queued under ("zalo", "telegram"). */
    String channel();

    /** One attempt. Must not throw for a channel's refusal: return the matching {@link Delivery}. */
    Delivery send(OutboxMessage message);

    /** Sends per second the channel allows overall. */
    double ratePerSecond();
}
