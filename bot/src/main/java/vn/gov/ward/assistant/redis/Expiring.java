package vn.gov.ward.assistant.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Writes to a key with a lifetime, the write and the lifetime in one step: a crash between two commands
 * would leave a key that never expires (and, under {@code volatile-lru}, one that is never evicted either).
 */
public final class Expiring {

    private static final RedisScript<Long> HASH_PUT = RedisScript.of("""
            redis.call('HSET', KEYS[1], unpack(ARGV, 2))
            return redis.call('PEXPIRE', KEYS[1], ARGV[1])""", Long.class);
    private static final RedisScript<Long> INCREMENT = RedisScript.of("""
            local n = redis.call('INCR', KEYS[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            return n""", Long.class);
    private static final RedisScript<Long> LIST_PUSH = RedisScript.of("""
            redis.call('RPUSH', KEYS[1], ARGV[2])
            return redis.call('PEXPIRE', KEYS[1], ARGV[1])""", Long.class);

    private Expiring() {
    }

    /** Sets fields of a hash and (re)starts its lifetime. */
    public static void hashPut(StringRedisTemplate redis, String key, Map<String, String> fields, Duration lifetime) {
        List<String> args = new ArrayList<>();
        args.add(Long.toString(lifetime.toMillis()));
        fields.forEach((field, value) -> {
            args.add(field);
            args.add(value);
        });
        redis.execute(HASH_PUT, List.of(key), args.toArray());
    }

    /** Counts one more and (re)starts the counter's lifetime. @return the count */
    public static long increment(StringRedisTemplate redis, String key, Duration lifetime) {
        Long n = redis.execute(INCREMENT, List.of(key), Long.toString(lifetime.toMillis()));
        return n == null ? 0 : n;
    }

    /** Appends to a list and (re)starts its lifetime. */
    public static void listPush(StringRedisTemplate redis, String key, String value, Duration lifetime) {
        redis.execute(LIST_PUSH, List.of(key), Long.toString(lifetime.toMillis()), value);
    }
}
