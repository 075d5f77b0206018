package vn.gov.ward.assistant.conversation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Repository;

import vn.gov.ward.assistant.AssistantProperties;
import vn.gov.ward.assistant.dossier.PersonalNumbers;

/**
 * The last lines of each conversation, for an officer taking it over ({@link ConversationKeys#transcript},
 * kept four quiet spells): phone and ID numbers masked, codes whole ({@link PersonalNumbers}), a tapped
 * button in words.
 */
@Repository
public class Transcripts {

    private static final int LINES = 12;
    /** How a line of the citizen's starts; the assistant's start with {@link #ASSISTANT}. */
    public static final String CITIZEN = "Công dân: ";
    public static final String ASSISTANT = "Trợ lý: ";

    private final StringRedisTemplate redis;
    private final AssistantProperties properties;
    private final PersonalNumbers personalNumbers;

    Transcripts(StringRedisTemplate redis, AssistantProperties properties, PersonalNumbers personalNumbers) {
        this.redis = redis;
        this.properties = properties;
        this.personalNumbers = personalNumbers;
    }

    /** The citizen's message as they read it (empty when there was none) and the assistant's replies. */
    void record(String conversationId, String message, List<Reply> replies) {
        List<String> lines = new ArrayList<>();
        if (!message.isEmpty()) lines.add(CITIZEN + personalNumbers.masked(message));
        replies.forEach(r -> lines.add(ASSISTANT + personalNumbers.masked(r.text())));
        if (lines.isEmpty()) return;
        String key = ConversationKeys.transcript(conversationId);
        // Every message comes here: one round trip for the three commands.
        redis.executePipelined(new SessionCallback<Object>() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object execute(RedisOperations ops) {
                ops.opsForList().rightPushAll(key, lines);
                ops.opsForList().trim(key, -LINES, -1);
                ops.expire(key, properties.conversationTtl().multipliedBy(4));
                return null;
            }
        });
    }

    /** The conversation's last lines, oldest first. */
    public List<String> of(String conversationId) {
        List<String> lines = redis.opsForList().range(ConversationKeys.transcript(conversationId), 0, -1);
        return lines == null ? List.of() : lines;
    }
}
