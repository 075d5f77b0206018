package vn.gov.ward.assistant.conversation;

import java.util.List;

/** What a {@link ConversationStep} did with a message. */
public sealed interface Outcome {

    /** Taken: these replies go to the citizen. */
    record Answer(List<Reply> replies) implements Outcome {
        public Answer {
            if (replies.isEmpty()) throw new IllegalArgumentException("an answer has at least one reply; nothing to say is Silent");
            replies = List.copyOf(replies);
        }
    }

    /** Taken, and the assistant says nothing (the message went to an officer). */
    record Silent() implements Outcome {
    }

    /** Not this step's: the next one is asked. */
    record Pass() implements Outcome {
    }

    static Outcome answer(Reply reply) {
        return new Answer(List.of(reply));
    }

    static Outcome answer(String text) {
        return answer(Reply.text(text));
    }

    static Outcome silent() {
        return new Silent();
    }

    static Outcome pass() {
        return new Pass();
    }
}
