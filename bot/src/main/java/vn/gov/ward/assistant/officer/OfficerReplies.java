package vn.gov.ward.assistant.officer;

import java.util.Optional;

/**
 * A feature that hears officers through the Telegram bot beyond its commands: an answer written as a
 * Telegram "Reply" to one of the assistant's messages (a feedback ticket, a citizen in a hand-off),
 * and the buttons under those messages.
 */
public interface OfficerReplies {

    /**
     * @param repliedTo the text of the assistant's message the officer replied to (it names the ticket or hand-off)
     * @return true when this feature took the answer
     */
    boolean reply(Officer officer, String repliedTo, String text, String idempotencyKey);

    /** @return the short confirmation to show on the button, or empty when the button is not this feature's */
    Optional<String> button(Officer officer, String data);
}
