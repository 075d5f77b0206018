package vn.gov.ward.assistant.conversation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;

import vn.gov.ward.assistant.AssistantProperties;
import vn.gov.ward.assistant.dossier.PersonalNumbers;
import vn.gov.ward.assistant.redis.RedisOutage;

/**
 * The last lines of each conversation, for an officer taking it over ({@link ConversationKeys#transcript},
 * kept four quiet spells, {@value #LINES} lines of at most {@value #LINE_CHARACTERS} characters): phone and ID
 * numbers masked, codes whole ({@link PersonalNumbers}), a tapped button in words.
 */
@Repository
public class Transcripts {

    private static final int LINES = 12;
    /** How a line of the citizen's starts; the assistant's start with {@link #ASSISTANT}. */
    public static final String CITIZEN = "Công dân: ";
    public static final String ASSISTANT = "Trợ lý: ";
    static final int LINE_CHARACTERS = 500;
    // The lines, the cut to the last ones and the lifetime in one step.
    private static final RedisScript<Long> RECORD = RedisScript.of("""
            redis.call('RPUSH', KEYS[1], unpack(ARGV, 3))
            redis.call('LTRIM', KEYS[1], -tonumber(ARGV[2]), -1)
            return redis.call('PEXPIRE', KEYS[1], ARGV[1])""", Long.class);

    private final StringRedisTemplate redis;
    private final AssistantProperties properties;
    private final PersonalNumbers personalNumbers;

    Transcripts(StringRedisTemplate redis, AssistantProperties properties, PersonalNumbers personalNumbers) {
        this.redis = redis;
        this.properties = properties;
        this.personalNumbers = personalNumbers;
    }

    /**
     * The citizen's message as they read it (empty when there was none) and the assistant's replies, each line cut to
     * {@value #LINE_CHARACTERS} characters: what one conversation keeps is bounded however much is written into it.
     * Skipped while Redis is away (the transcript is best-effort).
     */
    void record(String conversationId, String message, List<Reply> replies) {
        List<String> lines = new ArrayList<>();
        lines.add(Long.toString(properties.conversationTtl().multipliedBy(4).toMillis()));
        lines.add(Integer.toString(LINES));
        if (!message.isEmpty()) lines.add(cut(CITIZEN + personalNumbers.masked(message)));
        replies.forEach(r -> lines.add(cut(ASSISTANT + personalNumbers.masked(r.text()))));
        if (lines.size() == 2) return;
        try {
            redis.execute(RECORD, List.of(ConversationKeys.transcript(conversationId)), lines.toArray());
        } catch (RuntimeException e) {
            if (!RedisOutage.isOutage(e)) throw e;
        }
    }

    private static String cut(String line) {
        return line.length() <= LINE_CHARACTERS ? line : line.substring(0, LINE_CHARACTERS - 1) + "…";
    }

    /** The conversation's last lines, oldest first. */
    public List<String> of(String conversationId) {
        List<String> lines = redis.opsForList().range(ConversationKeys.transcript(conversationId), 0, -1);
        return lines == null ? List.of() : lines;
    }
}
