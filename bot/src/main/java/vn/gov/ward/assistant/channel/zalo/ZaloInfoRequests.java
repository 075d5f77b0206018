package vn.gov.ward.assistant.channel.zalo;

import java.util.List;
import java.util.Optional;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import vn.gov.ward.assistant.conversation.ButtonPayload;
import vn.gov.ward.assistant.conversation.Reply;
import vn.gov.ward.assistant.outbox.OutboxMessage;

/**
 * Asking a citizen, once, to share their phone: the conversation offers it after a status lookup of a dossier that
 * no Zalo user is tied to (a reply with the {@link ButtonPayload.SharePhone} button), and Zalo shows it as its
 * {@code request_user_info} form (zalo-oa.md §3 "Ask the user for name and phone", §7 "Phone for dossier lookup").
 * The answer comes as {@code user_submit_info} and ties the user to the dossiers of that phone. A citizen who closes
 * the form, or Zalo refusing to show it (the outbox records why), is never asked again.
 */
class ZaloInfoRequests {

    // Once per user; the same event handled again (a redelivery after a crash) queues its offer again, once.
    private static final RedisScript<Long> FIRST_ASK = RedisScript.of("""
            local held = redis.call('HGET', KEYS[1], ARGV[1])
            if held and held ~= ARGV[2] then return 0 end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            return 1""", Long.class);

    private final StringRedisTemplate redis;

    ZaloInfoRequests(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Whether this is the first time the user is asked, {@code eventId} being the event whose answer asks. */
    boolean firstAsk(String user, String eventId) {
        Long first = redis.execute(FIRST_ASK, List.of(ZaloKeys.INFO_REQUESTED), user, eventId);
        return first != null && first == 1L;
    }

    /** A reply that offers to tie the user to their phone. */
    static boolean offers(Reply reply) {
        return reply.buttons().stream().anyMatch(b -> sharesPhone(b.payload()));
    }

    /** The title of Zalo's form for the user's phone, for an outbox message that is such a request (its button's title). */
    static Optional<String> formTitle(OutboxMessage message) {
        return message.buttons().stream().filter(b -> sharesPhone(b.payload())).map(OutboxMessage.Button::title).findFirst();
    }

    private static boolean sharesPhone(String payload) {
        return ButtonPayload.parse(payload).filter(ButtonPayload.SharePhone.class::isInstance).isPresent();
    }
}
