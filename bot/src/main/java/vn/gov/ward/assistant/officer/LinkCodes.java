package vn.gov.ward.assistant.officer;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

/**
 * Single-use codes that tie an officer's Telegram chat to the registry: an admin gets one for an
 * officer, the officer opens the deep link {@code https://t.me/<bot>?start=<code>}, and the bot
 * receives {@code /start <code>}. A code is 128 random bits in base64url (22 characters, within the
 * deep link's 64 of {@code A-Za-z0-9_-}), kept in Redis with its expiry and consumed with GETDEL, so
 * two chats racing for one code cannot both win.
 */
@Service
public class LinkCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final Duration validFor;
    private final String botUsername;

    public LinkCodes(StringRedisTemplate redis, Clock clock, OfficerProperties properties,
                     @Value("${telegram.bot-username:ward_assistant_bot}") String botUsername) {
        this.redis = redis;
        this.clock = clock;
        this.validFor = properties.linkCodeValidFor();
        this.botUsername = botUsername;
    }

    public record LinkCode(String code, String deepLink, Instant expiresAt) {
    }

    public LinkCode issue(String officerId) {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        Instant expiresAt = clock.instant().plus(validFor);
        // The expiry is kept with the code too: Redis drops it on its own clock, the check follows the assistant's.
        redis.opsForValue().set(OfficerKeys.linkCode(code), officerId + " " + expiresAt.toEpochMilli(), validFor);
        return new LinkCode(code, "https://t.me/" + botUsername + "?start=" + code, expiresAt);
    }

    /** The officer a code was issued for, once: an unknown, used or expired code gives nothing. */
    public Optional<String> redeem(String code) {
        if (code == null || !code.matches("[A-Za-z0-9_-]{1,64}")) return Optional.empty();
        String stored = redis.opsForValue().getAndDelete(OfficerKeys.linkCode(code));
        if (stored == null) return Optional.empty();
        int space = stored.lastIndexOf(' ');
        if (Long.parseLong(stored.substring(space + 1)) <= clock.millis()) return Optional.empty();
        return Optional.of(stored.substring(0, space));
    }
}
