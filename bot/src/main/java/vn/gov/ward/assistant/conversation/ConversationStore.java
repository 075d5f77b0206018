package vn.gov.ward.assistant.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Repository;

import vn.gov.ward.assistant.AssistantProperties;
import vn.gov.ward.assistant.redis.Expiring;
import vn.gov.ward.assistant.redis.RedisOutage;

/**
 * What a conversation remembers between messages, in Redis, expiring after a quiet spell:
 * the procedure it is about (for follow-ups), the choices last offered and a dossier code waiting for its check.
 * One hash per conversation ({@link ConversationKeys#state}).
 */
@Repository
class ConversationStore {

    private static final String PROCEDURE = "procedure";
    private static final String CHOICES = "choices";
    private static final String QUESTION = "question";
    private static final String PENDING_DOSSIER = "pending-dossier";

    private final StringRedisTemplate redis;
    private final AssistantProperties properties;

    ConversationStore(StringRedisTemplate redis, AssistantProperties properties) {
        this.redis = redis;
        this.properties = properties;
    }

    /**
     * @param pendingDossierCode a dossier code waiting for the citizen's check digits
     */
    record State(Optional<String> procedureCode, List<String> choices, Optional<String> pendingDossierCode) {

        static State empty() {
            return new State(Optional.empty(), List.of(), Optional.empty());
        }
    }

    /** What the conversation remembers; nothing while Redis is away (the state is best-effort). */
    State load(String conversationId) {
        Map<Object, Object> hash;
        try {
            hash = redis.opsForHash().entries(ConversationKeys.state(conversationId));
        } catch (RuntimeException e) {
            if (RedisOutage.isOutage(e)) return State.empty();
            throw e;
        }
        String choices = (String) hash.get(CHOICES);
        String pending = (String) hash.get(PENDING_DOSSIER);
        return new State(Optional.ofNullable((String) hash.get(PROCEDURE)),
                choices == null || choices.isEmpty() ? List.of() : Arrays.asList(choices.split(",")),
                pending == null || pending.isEmpty() ? Optional.empty() : Optional.of(pending));
    }

    void rememberPendingDossier(String conversationId, String code) {
        save(conversationId, Map.of(PENDING_DOSSIER, code));
    }

    void forgetPendingDossier(String conversationId) {
        save(conversationId, Map.of(PENDING_DOSSIER, ""));
    }

    void rememberProcedure(String conversationId, String code) {
        save(conversationId, Map.of(PROCEDURE, code, CHOICES, ""));
    }

    /** The question remembered; empty when none is, or while Redis is away. */
    Optional<String> question(String conversationId) {
        try {
            return Optional.ofNullable((String) redis.opsForHash().get(ConversationKeys.state(conversationId), QUESTION));
        } catch (RuntimeException e) {
            if (RedisOutage.isOutage(e)) return Optional.empty();
            throw e;
        }
    }

    /** A procedure answered for a question: what a citizen who taps "Chưa hữu ích" had asked, kept with it. */
    void rememberAnswer(String conversationId, String code, String question) {
        save(conversationId, Map.of(PROCEDURE, code, CHOICES, "", QUESTION, question));
    }

    /** The choices offered for a question. */
    void rememberChoices(String conversationId, List<String> codes, String question) {
        save(conversationId, Map.of(CHOICES, String.join(",", codes), QUESTION, question));
    }

    /** Written with its lifetime in one step; skipped while Redis is away (the state is best-effort). */
    private void save(String conversationId, Map<String, String> fields) {
        try {
            Expiring.hashPut(redis, ConversationKeys.state(conversationId), fields, properties.conversationTtl());
        } catch (RuntimeException e) {
            if (!RedisOutage.isOutage(e)) throw e;
        }
    }
}
