package vn.gov.ward.assistant.outbox;

/** Where an outbox message is. CANCELLED: withdrawn before it was sent (a reminder whose dossier closed). */
public enum OutboxStatus {
    QUEUED, RETRYING, SENT, DELIVERED, FAILED, UNDELIVERABLE, CANCELLED;

    boolean isFinal() {
        return this != QUEUED && this != RETRYING;
    }
}
