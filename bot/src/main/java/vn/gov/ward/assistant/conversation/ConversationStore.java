package vn.gov.ward.assistant.conversation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Repository;

import vn.gov.ward.assistant.AssistantProperties;

/**
 * What a conversation remembers between messages, in Redis, expiring after a quiet spell:
 * the procedure it is about (for follow-ups) and the choices last offered.
 * One hash per conversation, key {@code conversation:{<channel>:<id>}} (hash-tagged for Redis Cluster).
 */
@Repository
class ConversationStore {

    private static final String PROCEDURE = "procedure";
    private static final String CHOICES = "choices";
    private static final String PENDING_DOSSIER = "pending-dossier";
    private static final int TRANSCRIPT_LINES = 12;

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
    }

    State load(String conversationId) {
        Map<Object, Object> hash = redis.opsForHash().entries(key(conversationId));
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

    void rememberChoices(String conversationId, List<String> codes) {
        save(conversationId, Map.of(CHOICES, String.join(",", codes)));
    }

    private void save(String conversationId, Map<String, String> fields) {
        String key = key(conversationId);
        redis.opsForHash().putAll(key, new HashMap<>(fields));
        redis.expire(key, properties.conversationTtl());
    }

    /** Keeps the last lines of the conversation, for an officer taking it over. */
    void remember(String conversationId, List<String> lines) {
        if (lines.isEmpty()) return;
        String key = transcriptKey(conversationId);
        // Every message comes here: one round trip for the three commands.
        redis.executePipelined(new SessionCallback<Object>() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object execute(RedisOperations ops) {
                ops.opsForList().rightPushAll(key, lines);
                ops.opsForList().trim(key, -TRANSCRIPT_LINES, -1);
                ops.expire(key, properties.conversationTtl().multipliedBy(4));
                return null;
            }
        });
    }

    List<String> transcript(String conversationId) {
        List<String> lines = redis.opsForList().range(transcriptKey(conversationId), 0, -1);
        return lines == null ? List.of() : lines;
    }

    private static String transcriptKey(String conversationId) {
        return "conversation:transcript:{" + conversationId + "}";
    }

    private static String key(String conversationId) {
        return "conversation:{" + conversationId + "}";
    }
}
