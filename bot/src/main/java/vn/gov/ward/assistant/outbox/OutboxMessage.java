package vn.gov.ward.assistant.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A message to send on a channel, written to the outbox before any attempt to send it.
 *
 * @param idempotencyKey the same logical message always has the same key: it is queued once
 * @param recipient      the channel's address (Zalo user id, Telegram chat id)
 * @param buttons        choices to show; a payload starting with "http" opens a link
 * @param fallback       how to reach the recipient when the channel refuses (outside Zalo's 7-day window), or null
 * @param notBefore      the earliest time to send (quiet hours), or null for at once
 * @param replaces       the outbox id of an earlier message to the same recipient that this one rewrites in place
 *                       (Telegram edits it), or null for a new message
 */
public record OutboxMessage(
        String id,
        String channel,
        String recipient,
        String idempotencyKey,
        String text,
        List<Button> buttons,
        Fallback fallback,
        Instant notBefore,
        String replaces) {

    public OutboxMessage {
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
    }

    public record Button(String title, String payload) {
    }

    /**
     * A template message by phone (Zalo ZNS) for when the chat window is closed.
     *
     * @param purpose which configured template ("status-update", "rating"…)
     * @param phone   normalised Vietnamese phone number
     * @param params  the template's data, by our field names
     */
    public record Fallback(String purpose, String phone, Map<String, String> params) {
    }
}
