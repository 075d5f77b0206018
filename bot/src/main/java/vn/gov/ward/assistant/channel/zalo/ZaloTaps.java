package vn.gov.ward.assistant.channel.zalo;

import java.time.Duration;
import java.util.List;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * One button tap, whichever shape it comes in. zalo-oa.md §2 "Button clicks": a tap on a query button arrives as
 * {@code user_send_text} whose text is the payload; one source also lists a separate {@code user_click_button}
 * event. Both are handled, and should Zalo send both for one tap, the second shape to arrive (same user, same
 * words, timestamps within {@link #SAME_TAP}) is dropped. Two texts never stand for one another: a citizen may say
 * the same thing twice.
 */
class ZaloTaps {

    /** The two shapes of one tap are stamped by Zalo at the same moment; this much apart is still the same tap. */
    static final Duration SAME_TAP = Duration.ofSeconds(2);

    /** The event that comes as the user's own message, and the click event. */
    enum Shape { TEXT, CLICK }

    // Checked and set in one step. The same event seen again (a redelivery after a crash) is handled again.
    private static final RedisScript<Long> FIRST_SHAPE = RedisScript.of("""
            local held = redis.call('GET', KEYS[1])
            if held then
              local at, shape, id = string.match(held, '^(%d+)|(%a+)|(.*)$')
              if id == ARGV[3] then return 1 end
              if shape ~= ARGV[2] and math.abs(tonumber(at) - tonumber(ARGV[1])) <= tonumber(ARGV[4]) then return 0 end
            end
            redis.call('SET', KEYS[1], ARGV[1] .. '|' .. ARGV[2] .. '|' .. ARGV[3], 'PX', ARGV[5])
            return 1""", Long.class);

    private final StringRedisTemplate redis;
    private final Duration heldFor;

    /** @param heldFor as long as the webhook may let in a late delivery of the other shape ({@link ZaloKeys#heldFor}) */
    ZaloTaps(StringRedisTemplate redis, Duration heldFor) {
        this.redis = redis;
        this.heldFor = heldFor;
    }

    /** Whether this event is the first shape of its tap to come (or the same event again), so it is to be handled. */
    boolean first(String user, String words, Shape shape, long timestamp, String eventId) {
        Long first = redis.execute(FIRST_SHAPE, List.of(ZaloKeys.tap(user, words)), Long.toString(timestamp), shape.name(),
                eventId, Long.toString(SAME_TAP.toMillis()), Long.toString(heldFor.toMillis()));
        return first == null || first == 1L;
    }
}
