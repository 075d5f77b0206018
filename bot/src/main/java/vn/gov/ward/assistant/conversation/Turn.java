package vn.gov.ward.assistant.conversation;

import java.util.Optional;
import java.util.function.Supplier;

import vn.gov.ward.knowledge.analysis.VietnameseText;

/**
 * One message of a citizen as the steps see it: the text (NFC, stripped), the same folded for matching
 * phrases, the button payload it is (read once), and what the conversation remembers (read from Redis
 * only by a step that asks).
 */
public final class Turn {

    private final String conversationId;
    private final String client;
    private final String text;
    private final String folded;
    private final Optional<ButtonPayload> payload;
    private final Supplier<ConversationStore.State> loadState;
    private ConversationStore.State state;

    Turn(String conversationId, String client, String message, Supplier<ConversationStore.State> loadState) {
        this.conversationId = conversationId;
        this.client = client;
        this.text = VietnameseText.nfc(message == null ? "" : message).strip();
        this.folded = CitizenText.fold(text);
        this.payload = ButtonPayload.parse(text);
        this.loadState = loadState;
    }

    /** A turn of a conversation that remembers nothing, its user the client: for steps' tests. */
    public static Turn of(String conversationId, String message) {
        return new Turn(conversationId, conversationId, message, ConversationStore.State::empty);
    }

    /** The channel and its user or session, e.g. {@code zalo:8412…}. */
    public String conversationId() {
        return conversationId;
    }

    /** Who sends, as far as the channel can tell: the user, or the IP address on the web. */
    String client() {
        return client;
    }

    /** What the citizen sent (NFC, stripped), or a button's payload. */
    public String text() {
        return text;
    }

    /** The text lower case, without tone marks or punctuation: how phrases are matched. */
    public String folded() {
        return folded;
    }

    /** The button the message is, if it is one of ours. */
    public Optional<ButtonPayload> payload() {
        return payload;
    }

    ConversationStore.State state() {
        if (state == null) state = loadState.get();
        return state;
    }
}
