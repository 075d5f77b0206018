package vn.gov.ward.assistant.conversation;

import java.util.List;
import java.util.Optional;

/**
 * A feature that takes part in citizens' conversations before the procedure questions: a hand-off
 * to an officer, a satisfaction survey's answers, feedback. Handlers are asked in their
 * {@link org.springframework.core.annotation.Order}; the first that answers ends the turn.
 */
public interface ConversationHandler {

    /**
     * @param conversationId the channel and its user or session, e.g. {@code zalo:8412…}
     * @param text           what the citizen sent (NFC), or a button's payload
     * @param folded         the same without tone marks and punctuation, lower case, for matching phrases
     * @return the replies when this handler takes the message; an empty list means "taken, nothing to say"
     */
    Optional<List<Reply>> handle(String conversationId, String text, String folded);
}
