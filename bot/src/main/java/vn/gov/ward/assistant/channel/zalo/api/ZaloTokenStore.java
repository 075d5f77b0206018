package vn.gov.ward.assistant.channel.zalo.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The OA token pair in Redis: one hash, {@code zalo:oa:tokens} (access and refresh token, expiry,
 * the broken mark, the seed it came from), always written in one command so that readers never see a
 * new access token with a spent refresh token. One key: every script stays in one slot.
 */
final class ZaloTokenStore {

    static final String KEY = "zalo:oa:tokens";

    private static final String ACCESS = "access_token";
    private static final String REFRESH = "refresh_token";
    private static final String EXPIRES_AT = "expires_at";
    private static final String BROKEN = "broken";
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

    ZaloTokenStore(StringRedisTemplate redis) {
        this.redis = redis;
    }

    record Pair(String accessToken, String refreshToken, Instant expiresAt, boolean broken) {

        @Override
        public String toString() {
            return "Pair[expiresAt=" + expiresAt + ", broken=" + broken + "]";
        }
    }

    /** The stored pair, or null when there is none. */
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

    void write(String accessToken, String refreshToken, Instant expiresAt, Instant now) {
        redis.opsForHash().putAll(KEY, Map.of(
                ACCESS, accessToken,
                REFRESH, refreshToken,
                EXPIRES_AT, Long.toString(expiresAt.toEpochMilli()),
                BROKEN, "",
                UPDATED_AT, Long.toString(now.toEpochMilli())));
    }

    void markBroken(String reason) {
        redis.opsForHash().put(KEY, BROKEN, reason);
    }

    /** @return whether the configured pair was stored (no pair yet, or a broken chain and a different configured pair) */
    boolean seed(String access, String refresh, Instant expiresAt, Instant now) {
        Long seeded = redis.execute(SEED_SCRIPT, List.of(KEY), seedOf(access, refresh), access, refresh,
                Long.toString(expiresAt.toEpochMilli()), Long.toString(now.toEpochMilli()));
        return Long.valueOf(1).equals(seeded);
    }

    static long parseLong(String value, long fallback) {
        try {
            return value == null ? fallback : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static String blankToEmpty(String value) {
        return value == null ? "" : value.trim();
    }

    private static String seedOf(String access, String refresh) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((access + "\n" + refresh).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
