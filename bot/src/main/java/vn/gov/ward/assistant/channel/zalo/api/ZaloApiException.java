package vn.gov.ward.assistant.channel.zalo.api;

/** A read from Zalo failed; {@link #outcome()} says whether it is worth trying again. */
public class ZaloApiException extends RuntimeException {

    private final SendOutcome outcome;

    ZaloApiException(String message, SendOutcome outcome) {
        super(message + ": " + outcome);
        this.outcome = outcome;
    }

    public SendOutcome outcome() {
        return outcome;
    }

    public boolean retryable() {
        return outcome instanceof SendOutcome.Retry;
    }
}
