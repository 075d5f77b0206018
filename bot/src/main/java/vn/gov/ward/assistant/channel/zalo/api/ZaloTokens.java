package vn.gov.ward.assistant.channel.zalo.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.integration.support.locks.LockRegistry;

import retrofit2.Response;

/**
 * The OA access/refresh token pair, shared by all instances through one Redis hash.
 * <p>
 * Refresh tokens are single-use and every refresh rotates both tokens, so the pair is always written in one
 * command and only one refresh runs at a time across instances (a {@code RedisLockRegistry} lock; the pair is
 * re-read once the lock is held because another instance may just have rotated it). A refusal breaks the chain:
 * nothing but an OA admin re-authorizing the app can mend it.
 */
public class ZaloTokens {

    private static final Logger log = LoggerFactory.getLogger(ZaloTokens.class);

    static final String KEY = "zalo:oa:tokens";
    static final String LOCK_KEY = "zalo:oa:token-refresh";
    /** Access tokens last 25 h (the 1 h of old blogs is outdated). */
    static final Duration ACCESS_LIFETIME = Duration.ofHours(25);
    /** Refresh this long before expiry so a scheduler every few minutes never lets the token lapse. */
    static final Duration REFRESH_AHEAD = Duration.ofHours(1);
    static final Duration LOCK_WAIT = Duration.ofSeconds(30);

    private static final String ACCESS = "access_token";
    private static final String REFRESH = "refresh_token";
    private static final String EXPIRES_AT = "expires_at";
    private static final String BROKEN = "broken";
    private static final String SEED = "seed";
    private static final String UPDATED_AT = "updated_at";

    // Seeds from configuration when Redis has no pair, or when the chain broke and the configuration now holds a
    // different (re-authorized) pair; never overwrites a live chain with the stale configured tokens.
    private static final RedisScript<Long> SEED_SCRIPT = new DefaultRedisScript<>("""
            if redis.call('EXISTS', KEYS[1]) == 1 then
              local broken = redis.call('HGET', KEYS[1], 'broken')
              if (not broken) or broken == '' or redis.call('HGET', KEYS[1], 'seed') == ARGV[1] then
                return 0
              end
              redis.call('DEL', KEYS[1])
            end
            redis.call('HSET', KEYS[1], 'seed', ARGV[1], 'access_token', ARGV[2], 'refresh_token', ARGV[3],
                       'expires_at', ARGV[4], 'broken', '', 'updated_at', ARGV[5])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final LockRegistry<?> locks;
    private final ZaloOAuthApi oauth;
    private final ZaloProperties.Oa oa;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ZaloTokens(StringRedisTemplate redis, LockRegistry<?> locks, ZaloOAuthApi oauth, ZaloProperties.Oa oa,
            ApplicationEventPublisher events, Clock clock) {
        this.redis = redis;
        this.locks = locks;
        this.oauth = oauth;
        this.oa = oa;
        this.events = events;
        this.clock = clock;
    }

    /** The current access token, or null when there is none at all. */
    public String accessToken() {
        Pair pair = readOrSeed();
        return pair == null ? null : pair.accessToken();
    }

    /** True when no instance can refresh any more: an OA admin must re-authorize the app and set new tokens. */
    public boolean chainBroken() {
        Pair pair = read();
        return pair == null || pair.broken();
    }

    /** Refreshes when the access token expires within {@link #REFRESH_AHEAD}; for a scheduler, safe on every instance. */
    public void refreshIfDue() {
        refresh(false, null);
    }

    /**
     * Installs a pair just obtained by re-authorizing the OA (the OAuth code exchange), mending a broken chain.
     */
    public void install(String accessToken, String refreshToken) {
        if (accessToken == null || accessToken.isBlank() || refreshToken == null || refreshToken.isBlank()) {
            throw new IllegalArgumentException("Both tokens are needed");
        }
        withLock(() -> {
            write(accessToken, refreshToken, clock.instant().plus(ACCESS_LIFETIME));
            log.info("Zalo OA tokens installed; the refresh chain is live");
            return true;
        });
    }

    /**
     * After Zalo refused {@code rejectedToken}: refreshes unless another caller already replaced it.
     *
     * @return true when a different access token is now in place, worth one more try
     */
    boolean refreshAfterRejection(String rejectedToken) {
        return refresh(true, rejectedToken);
    }

    /** Puts the configured pair into Redis if Redis has none (or only a broken chain and the configuration changed). */
    void seedFromConfiguration() {
        String access = blankToEmpty(oa.accessToken());
        String refresh = blankToEmpty(oa.refreshToken());
        if (access.isEmpty() && refresh.isEmpty()) {
            if (read() == null) {
                log.error("Zalo is enabled but has no OA tokens: an OA admin must authorize the app and set "
                        + "zalo.oa.access-token and zalo.oa.refresh-token");
            }
            return;
        }
        Instant now = clock.instant();
        // Taken as just issued: if it is older, Zalo refuses it (-216) and the refresh on demand rotates it then.
        Long seeded = redis.execute(SEED_SCRIPT, List.of(KEY), seed(access, refresh), access, refresh,
                Long.toString(now.plus(ACCESS_LIFETIME).toEpochMilli()), Long.toString(now.toEpochMilli()));
        if (Long.valueOf(1).equals(seeded)) {
            log.info("Zalo OA tokens taken from configuration");
        } else if (chainBroken()) {
            log.error("Zalo OA token chain is broken and the configured tokens are the ones that already failed: "
                    + "an OA admin must re-authorize the app and set new zalo.oa.access-token/refresh-token");
        }
    }

    private boolean refresh(boolean onDemand, String rejectedToken) {
        AtomicReference<String> refused = new AtomicReference<>();
        Boolean result = withLock(() -> {
            Pair pair = readOrSeed();
            if (pair == null) {
                return false;
            }
            if (onDemand && !Objects.equals(pair.accessToken(), rejectedToken)) {
                return true; // someone else rotated it while we waited
            }
            if (pair.broken()) {
                return false;
            }
            if (!onDemand && clock.instant().isBefore(pair.expiresAt().minus(REFRESH_AHEAD))) {
                return false;
            }
            refused.set(rotate(pair));
            Pair now = read();
            return now != null && !Objects.equals(now.accessToken(), pair.accessToken());
        });
        if (refused.get() != null) {
            // Outside the lock: listeners (officer alerts) may take their time.
            events.publishEvent(new ZaloTokenChainBroken(this, refused.get()));
        }
        if (result == null) {
            // Lock not had in time: whoever holds it is refreshing; use what is there now.
            Pair pair = read();
            return onDemand && pair != null && !Objects.equals(pair.accessToken(), rejectedToken);
        }
        return result;
    }

    /** @return null when rotated or worth trying later; the refusal reason when the chain is now broken */
    private String rotate(Pair pair) {
        if (pair.refreshToken().isEmpty()) {
            return markBroken("no refresh token");
        }
        Response<ZaloOAuthApi.TokenReply> response;
        try {
            response = oauth.refresh(oa.appSecret(), pair.refreshToken(), oa.appId(), "refresh_token").execute();
        } catch (IOException e) {
            // If Zalo rotated before the connection dropped, the next attempt is refused and breaks the chain then.
            log.warn("Zalo token refresh failed in transit ({}); will try again", e.toString());
            return null;
        }
        if (!response.isSuccessful()) {
            // Not Zalo's refusal of the token (those come as a body without access_token): the token is unspent.
            if (response.errorBody() != null) {
                response.errorBody().close();
            }
            if (response.code() >= 500 || response.code() == 429) {
                log.warn("Zalo token refresh answered HTTP {}; will try again", response.code());
            } else {
                log.error("Zalo token refresh answered HTTP {}; check zalo.oa.oauth-url and zalo.oa.app-id",
                        response.code());
            }
            return null;
        }
        ZaloOAuthApi.TokenReply reply = response.body();
        if (reply == null || !reply.granted()) {
            return markBroken(reply == null ? "empty reply"
                    : reply.errorName() + ": " + reply.errorDescription() + " (error " + reply.error() + ")");
        }
        String newRefresh = reply.refreshToken();
        if (newRefresh == null || newRefresh.isBlank()) {
            log.warn("Zalo token refresh gave no new refresh token; keeping the old one, which may be spent");
            newRefresh = pair.refreshToken();
        }
        Instant expiresAt = clock.instant().plus(lifetime(reply.expiresIn()));
        write(reply.accessToken(), newRefresh, expiresAt);
        log.info("Zalo OA access token refreshed; valid until {}", expiresAt);
        return null;
    }

    private String markBroken(String reason) {
        redis.opsForHash().put(KEY, BROKEN, reason);
        log.error("Zalo OA token chain is BROKEN: the refresh was refused ({}). Zalo messages will fail once the "
                + "current access token expires. An OA admin must re-authorize the app "
                + "(oauth.zaloapp.com/v4/oa/permission) and set the new tokens: zalo.oa.access-token and "
                + "zalo.oa.refresh-token, then restart (or install them through ZaloTokens.install).", reason);
        return reason;
    }

    private void write(String accessToken, String refreshToken, Instant expiresAt) {
        // One HSET of all fields: readers never see a new access token with a spent refresh token.
        redis.opsForHash().putAll(KEY, Map.of(
                ACCESS, accessToken,
                REFRESH, refreshToken,
                EXPIRES_AT, Long.toString(expiresAt.toEpochMilli()),
                BROKEN, "",
                UPDATED_AT, Long.toString(clock.instant().toEpochMilli())));
    }

    private <T> T withLock(Supplier<T> work) {
        Lock lock = locks.obtain(LOCK_KEY);
        try {
            if (!lock.tryLock(LOCK_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Zalo token lock not obtained within {}", LOCK_WAIT);
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private Pair readOrSeed() {
        Pair pair = read();
        if (pair == null) {
            seedFromConfiguration();
            pair = read();
        }
        return pair;
    }

    Pair read() {
        Map<Object, Object> hash = redis.opsForHash().entries(KEY);
        if (hash.isEmpty() || !hash.containsKey(ACCESS)) {
            return null;
        }
        return new Pair(
                (String) hash.get(ACCESS),
                blankToEmpty((String) hash.get(REFRESH)),
                Instant.ofEpochMilli(parseLong((String) hash.get(EXPIRES_AT), 0)),
                !blankToEmpty((String) hash.get(BROKEN)).isEmpty());
    }

    record Pair(String accessToken, String refreshToken, Instant expiresAt, boolean broken) {

        @Override
        public String toString() {
            return "Pair[expiresAt=" + expiresAt + ", broken=" + broken + "]";
        }
    }

    private static Duration lifetime(String expiresIn) {
        long seconds = parseLong(expiresIn, -1);
        return seconds > 0 ? Duration.ofSeconds(seconds) : ACCESS_LIFETIME;
    }

    private static long parseLong(String value, long fallback) {
        try {
            return value == null ? fallback : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.trim();
    }

    private static String seed(String access, String refresh) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((access + "\n" + refresh).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
