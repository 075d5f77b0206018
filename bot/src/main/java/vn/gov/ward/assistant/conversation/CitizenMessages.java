package vn.gov.ward.assistant.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.gov.ward.assistant.outbox.Outbox;
import vn.gov.ward.assistant.outbox.OutboxMessage;

/**
 * Messages the assistant starts towards a citizen (an officer's answer, a survey), on the channel of
 * their conversation: a conversation id {@code <channel>:<user or session>} names the outbox channel
 * and the recipient, so Zalo users get a Zalo message and web visitors see it on the page.
 */
@Service
public class CitizenMessages {

    private final Outbox outbox;

    public CitizenMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * @param fallback how to reach the citizen when the channel cannot (Zalo's window closed), or null
     * @return the outbox id, or empty for a conversation id that names no channel
     */
    public Optional<String> send(String conversationId, String idempotencyKey, Reply reply, OutboxMessage.Fallback fallback,
                                 Instant notBefore) {
        int colon = conversationId.indexOf(':');
        if (colon <= 0 || colon == conversationId.length() - 1) return Optional.empty();
        List<OutboxMessage.Button> buttons = reply.buttons().stream().map(b -> new OutboxMessage.Button(b.title(), b.payload())).toList();
        return Optional.of(outbox.enqueue(conversationId.substring(0, colon), conversationId.substring(colon + 1), idempotencyKey,
                reply.text(), buttons, fallback, notBefore));
    }

    /** The channel a conversation is on ("zalo", "web"). */
    public static String channelOf(String conversationId) {
        int colon = conversationId.indexOf(':');
        return colon < 0 ? conversationId : conversationId.substring(0, colon);
    }
}
