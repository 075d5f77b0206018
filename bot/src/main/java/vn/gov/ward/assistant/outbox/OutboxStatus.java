package vn.gov.ward.assistant.outbox;

/** Where an outbox message is. */
public enum OutboxStatus {
    QUEUED, RETRYING, SENT, DELIVERED, FAILED, UNDELIVERABLE;

    boolean isFinal() {
        return this != QUEUED && this != RETRYING;
    }
}
