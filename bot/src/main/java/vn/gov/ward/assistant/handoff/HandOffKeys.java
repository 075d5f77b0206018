package vn.gov.ward.assistant.handoff;

import java.time.Duration;

/**
 * The hand-off module's Redis keys. A hand-off's keys carry its id as hash tag, the conversation's
 * pointer to it the conversation's id; they are written by separate commands, never by one script, each
 * command writing its key with its lifetime.
 */
final class HandOffKeys {

    /** How long a hand-off's message counter is kept: longer than any hand-off lasts. */
    static final Duration MESSAGE_COUNT_KEPT = Duration.ofDays(1);

    private HandOffKeys() {
    }

    /** Hash: the conversation and the officer; expires after {@code handoff.idle-after} without a message. */
    static String handOff(String id) {
        return "handoff:{" + id + "}";
    }

    /** The hand-off a conversation is in; expires with it. */
    static String ofConversation(String conversationId) {
        return "handoff:conversation:{" + conversationId + "}";
    }

    /** Counter numbering the citizen's messages of a hand-off, so each reaches the officer once. */
    static String messageCount(String id) {
        return "handoff:messages:{" + id + "}";
    }
}
