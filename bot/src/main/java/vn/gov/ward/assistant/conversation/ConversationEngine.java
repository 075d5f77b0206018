package vn.gov.ward.assistant.conversation;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.gov.ward.assistant.procedure.Procedures;
import vn.gov.ward.assistant.redis.RedisOutage;

/**
 * The assistant's side of a conversation, whatever the channel: a citizen's message goes through the
 * {@link ConversationStep}s in the order of their stage until one takes it; the turn is kept in the
 * transcript. Channels pass text in and render the replies.
 */
@Service
public class ConversationEngine {

    private final List<ConversationStep> steps;
    private final ConversationStore store;
    private final Transcripts transcripts;
    private final Guidance guidance;
    private final Procedures procedures;

    ConversationEngine(List<ConversationStep> steps, ConversationStore store, Transcripts transcripts, Guidance guidance,
                       Procedures procedures) {
        this.steps = steps.stream().sorted(Comparator.comparing(ConversationStep::stage)).toList();
        this.store = store;
        this.transcripts = transcripts;
        this.guidance = guidance;
        this.procedures = procedures;
    }

    /** The first message to a citizen who has just followed the ward's account. */
    public Reply welcome() {
        return guidance.greeting();
    }

    /**
     * A message from a channel whose conversation is its user (Zalo): the user is the client too.
     *
     * @param conversationId the channel and its user, e.g. {@code zalo:8412…}
     * @param message        what the citizen typed, or a button's payload
     */
    public List<Reply> handle(String conversationId, String message) {
        return handle(conversationId, conversationId, message);
    }

    /**
     * @param conversationId the channel and its user or session, e.g. {@code web:3f2a…}
     * @param client         who sends, as far as the channel can tell: the user, or the IP address where the
     *                       session is the sender's own choice (the web); failed dossier checks are limited per client
     * @param message        what the citizen typed, or a button's payload
     * @throws ConversationUnavailable when the message needed Redis and Redis is away (a procedure question does not)
     */
    public List<Reply> handle(String conversationId, String client, String message) {
        Turn turn = new Turn(conversationId, client, message, () -> store.load(conversationId));
        List<Reply> replies;
        try {
            // The steps search several times for one message: the additions' version is read once for them.
            replies = procedures.forOneMessage(() -> respond(turn));
        } catch (RuntimeException e) {
            // What the conversation remembers is best-effort; a step that must write (a lookup, a ticket) cannot go on.
            if (RedisOutage.isOutage(e)) throw new ConversationUnavailable(e);
            throw e;
        }
        transcripts.record(conversationId, turn.readable(), replies);
        return replies;
    }

    private List<Reply> respond(Turn turn) {
        for (ConversationStep step : steps) {
            Outcome outcome = step.take(turn);
            if (outcome instanceof Outcome.Answer answer) return answer.replies();
            if (outcome instanceof Outcome.Silent) return List.of();
        }
        throw new IllegalStateException("No conversation step took the message; the search step takes every one");
    }
}
