package vn.gov.ward.assistant.channel.zalo.api;

import java.time.Duration;

/**
 * What became of a send; Zalo's body {@code error} codes (HTTP 200, sorted by {@link ZaloErrorCodes}) and transport
 * failures, by what to do next.
 */
public sealed interface SendOutcome {

    /** Delivered to Zalo. */
    record Sent(String messageId) implements SendOutcome {
    }

    /** The user has not interacted in the last 7 days ({@code -230}/{@code -232}): only ZNS can reach them now. */
    record OutsideWindow(int code) implements SendOutcome {
    }

    /**
     * Worth trying again later: Zalo's unknown error ({@code -100}), rate limit, quota, HTTP 5xx, time-outs and I/O
     * errors. After a time-out Zalo may have sent the message, so a retry can duplicate it. {@code retryAfter} is the
     * wait Zalo's answer calls for (rate limit, quota), or null when the caller's own retry schedule should decide.
     */
    record Retry(String reason, Duration retryAfter) implements SendOutcome {
    }

    /**
     * Will fail the same way again: bad request, recipient or template, OA disabled, token still refused after a
     * refresh, and any code not in {@link ZaloErrorCodes}. {@code code} is Zalo's (negative) or the HTTP status
     * (positive).
     */
    record Permanent(int code, String reason) implements SendOutcome {
    }
}
