package vn.gov.ward.assistant.retention;

import java.time.Duration;

/** The retention module's Redis keys: only its lock. */
final class RetentionKeys {

    /** The lock registry's prefix for the one pass a day across instances. */
    static final String PASS_LOCKS = "retention-locks";
    /** Longer than any pass; a dead holder's lock frees itself. */
    static final Duration LOCK_EXPIRY = Duration.ofMinutes(30);

    private RetentionKeys() {
    }
}
