package vn.gov.ward.assistant.upkeep;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.conversation.QuestionNotAnswered;
import vn.gov.ward.assistant.dossier.PersonalNumbers;
import vn.gov.ward.knowledge.analysis.VietnameseText;

/**
 * The questions the assistant could not answer well, most asked first, for the ward to teach it their words.
 * Personal numbers are masked before anything is kept; the same question typed with or without tone marks is
 * one entry. The inbox keeps its most asked entries only ({@code assistant.upkeep.inbox-size}).
 */
@Component
public class QuestionInbox {

    private static final Logger log = LoggerFactory.getLogger(QuestionInbox.class);
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final int LONGEST = 300;

    /** Count the question, keep its latest details, and drop the least asked beyond the inbox's size. */
    private static final RedisScript<Long> COUNT = RedisScript.of("""
            local times = redis.call('ZINCRBY', KEYS[1], 1, ARGV[1])
            redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
            local over = redis.call('ZCARD', KEYS[1]) - tonumber(ARGV[3])
            if over > 0 then
              for _, dropped in ipairs(redis.call('ZRANGE', KEYS[1], 0, over - 1)) do
                if dropped ~= ARGV[1] then
                  redis.call('ZREM', KEYS[1], dropped)
                  redis.call('HDEL', KEYS[2], dropped)
                end
              end
            end
            return tonumber(times)
            """, Long.class);
    private static final RedisScript<Long> DISMISS = RedisScript.of("""
            redis.call('HDEL', KEYS[2], ARGV[1])
            return redis.call('ZREM', KEYS[1], ARGV[1])
            """, Long.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final Clock clock;
    private final int size;
    private final PersonalNumbers personalNumbers;

    QuestionInbox(StringRedisTemplate redis, JsonMapper json, Clock clock, UpkeepProperties properties, PersonalNumbers personalNumbers) {
        this.redis = redis;
        this.personalNumbers = personalNumbers;
        this.json = json;
        this.clock = clock;
        this.size = properties.inboxSize();
    }

    /** A citizen's question was declined or clarified: count it. Keeping it never stands in the way of the answer. */
    @EventListener
    void onNotAnswered(QuestionNotAnswered event) {
        String text = masked(event.question());
        if (text.isEmpty()) return;
        UnansweredQuestion question = new UnansweredQuestion(idOf(text), text, 0, event.how().name(), clock.instant(), event.offered());
        try {
            redis.execute(COUNT, List.of(UpkeepKeys.QUESTIONS, UpkeepKeys.QUESTION_DETAILS), question.id(),
                    json.writeValueAsString(question), String.valueOf(size));
        } catch (RuntimeException e) {
            log.warn("An unanswered question was not counted ({})", e.getClass().getSimpleName());
        }
    }

    /** The most asked questions first. */
    public List<UnansweredQuestion> mostAsked(int limit) {
        var ranked = redis.opsForZSet().reverseRangeWithScores(UpkeepKeys.QUESTIONS, 0, limit - 1L);
        if (ranked == null || ranked.isEmpty()) return List.of();
        List<String> ids = ranked.stream().map(ZSetOperations.TypedTuple::getValue).toList();
        List<Object> details = redis.opsForHash().multiGet(UpkeepKeys.QUESTION_DETAILS, new ArrayList<>(ids));
        List<UnansweredQuestion> questions = new ArrayList<>();
        int i = 0;
        for (var entry : ranked) {
            Object detail = details.get(i++);
            if (detail == null) continue;
            long times = Math.round(Objects.requireNonNullElse(entry.getScore(), 0.0));
            questions.add(json.readValue(detail.toString(), UnansweredQuestion.class).counted(times));
        }
        return questions;
    }

    /** One question by its id, if it is still in the inbox. */
    public java.util.Optional<UnansweredQuestion> find(String id) {
        Object detail = redis.opsForHash().get(UpkeepKeys.QUESTION_DETAILS, id);
        if (detail == null) return java.util.Optional.empty();
        Double times = redis.opsForZSet().score(UpkeepKeys.QUESTIONS, id);
        return java.util.Optional.of(json.readValue(detail.toString(), UnansweredQuestion.class).counted(times == null ? 0 : Math.round(times)));
    }

    /** Take a question out without changing the knowledge (it was chat, or nothing the ward can teach). */
    public boolean dismiss(String id) {
        Long removed = redis.execute(DISMISS, List.of(UpkeepKeys.QUESTIONS, UpkeepKeys.QUESTION_DETAILS), id);
        return removed != null && removed > 0;
    }

    /** Phone and ID numbers as officers see them elsewhere (last three digits, codes whole), e-mail addresses out. */
    private String masked(String question) {
        String text = question == null ? "" : VietnameseText.nfc(question).strip().replaceAll("\\s+", " ");
        text = personalNumbers.masked(EMAIL.matcher(text).replaceAll("[email]"));
        return text.length() > LONGEST ? text.substring(0, LONGEST) + "…" : text;
    }

    /** The same words, tone marks and case aside, are one question. */
    private static String idOf(String maskedText) {
        String words = VietnameseText.fold(maskedText).replaceAll("[^a-z0-9\\[\\]]+", " ").strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(words.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
