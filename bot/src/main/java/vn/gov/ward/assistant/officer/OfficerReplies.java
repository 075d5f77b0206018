package vn.gov.ward.assistant.officer;

import java.util.Optional;

/**
 * A feature that hears officers through the Telegram bot beyond its commands: an answer written as a
 * Telegram "Reply" to one of the assistant's messages (a feedback ticket, a citizen in a hand-off),
 * and the buttons under its messages.
 */
public interface OfficerReplies {

    /**
     * @param repliedTo the text of the assistant's message the officer replied to (it names the ticket or hand-off)
     * @return true when this feature took the answer; a feature with buttons only takes none
     */
    default boolean reply(Officer officer, String repliedTo, String text, String idempotencyKey) {
        return false;
    }

    /** @return what the press did, or empty when the button is not this feature's */
    Optional<Pressed> button(Officer officer, String data);

    /**
     * What a button press did.
     *
     * @param answer what the officer sees on the button at once (Telegram shows about 200 characters)
     * @param stamp  who did what ("Lê Văn A đã xử lý"), written under the message with the time, its buttons taken away (the
 *               matter is settled); or null to leave the message as it is
     */
    record Pressed(String answer, String stamp) {

        public static Pressed answer(String answer) {
            return new Pressed(answer, null);
        }
    }
}
