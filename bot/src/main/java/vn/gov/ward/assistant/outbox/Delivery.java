package vn.gov.ward.assistant.outbox;

import java.time.Duration;

/** What a channel did with one attempt to send an outbox message. */
public sealed interface Delivery {

    /** Accepted by the channel; {@code providerId} is its message id, for delivery receipts. */
    record Sent(String providerId) implements Delivery {
    }

    /** A passing failure (timeout, 5xx, rate limit): try again, after {@code after} when the channel said so. */
    record Retry(String reason, Duration after) implements Delivery {
    }

    /** The channel refused for good (bad request, blocked bot): do not try again. */
    record Failed(String reason) implements Delivery {
    }

    /** There is no way to reach the recipient now (window closed and no template): recorded, not retried. */
    record Undeliverable(String reason) implements Delivery {
    }
}
