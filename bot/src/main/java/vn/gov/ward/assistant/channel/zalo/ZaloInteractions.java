package vn.gov.ward.assistant.channel.zalo;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * When each Zalo user last interacted with the OA: a customer-service message only reaches users
 * who interacted in the last 7 days (zalo-oa.md §3 Windows), so the key expires with the window,
 * counted from the interaction itself (a late retry of an event counts from when it happened).
 * Only what Zalo counts as an interaction opens the window ({@link #counts}); should Zalo disagree,
 * the send answers -230/-232 and the message goes as a ZNS template ({@code ZaloSender}).
 */
class ZaloInteractions {

    // A late event older than the one remembered changes nothing; the key and its lifetime are set in one command.
    private static final RedisScript<Long> LATEST = RedisScript.of("""
            local held = redis.call('GET', KEYS[1])
            if held and tonumber(held) >= tonumber(ARGV[1]) then return 0 end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            return 1""", Long.class);
    /** Messages of every kind, taps, a follow and shared info; not receipts (seen, received), tags or ratings. */
    private static final Set<String> INTERACTIONS = Set.of("user_click_button", "follow", "user_submit_info");

    private final StringRedisTemplate redis;
    private final Clock clock;

    ZaloInteractions(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    /** Whether Zalo counts this event as the user interacting with the OA. */
    static boolean counts(String eventName) {
        return eventName.startsWith("user_send_") || INTERACTIONS.contains(eventName);
    }

    void interacted(String userId, long epochMillis) {
        long left = epochMillis + ZaloKeys.INTERACTION_WINDOW.toMillis() - clock.millis();
        if (left <= 0) return;
        redis.execute(LATEST, List.of(ZaloKeys.interaction(userId)), Long.toString(epochMillis), Long.toString(left));
    }

    void forget(String userId) {
        redis.delete(ZaloKeys.interaction(userId));
    }

    boolean withinWindow(String userId) {
        return Boolean.TRUE.equals(redis.hasKey(ZaloKeys.interaction(userId)));
    }
}
