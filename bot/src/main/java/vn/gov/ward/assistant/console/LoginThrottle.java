package vn.gov.ward.assistant.console;

import java.util.List;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import vn.gov.ward.assistant.console.internal.ConsoleProperties;

/**
 * Throttles guessing at the sign-in form: failures are counted per account and per client address
 * for a window ({@code console.login.*}); an account or an address over its limit is not even
 * checked until its window has passed, whatever password it brings.
 */
@Component
class LoginThrottle {

    /**
     * One more failure on the account's and the client's counter, each created with its lifetime in the
     * same step; the failure that reaches a limit starts the wait afresh. KEYS: the two counters. ARGV:
     * window ms, the account's limit, the client's limit. Returns 1 when either is at its limit now.
     */
    private static final RedisScript<Long> RECORD_FAILURE = RedisScript.of("""
            local throttled = 0
            for i = 1, 2 do
              local failures = redis.call('INCR', KEYS[i])
              local limit = tonumber(ARGV[i + 1])
              if failures == 1 or failures == limit then redis.call('PEXPIRE', KEYS[i], ARGV[1]) end
              if failures >= limit then throttled = 1 end
            end
            return throttled""", Long.class);

    private final StringRedisTemplate redis;
    private final ConsoleProperties.Login limits;

    LoginThrottle(StringRedisTemplate redis, ConsoleProperties properties) {
        this.redis = redis;
        this.limits = properties.login();
    }

    /** Whether sign-ins to this account or from this address wait. */
    boolean throttled(String username, String client) {
        List<String> counts = redis.opsForValue().multiGet(List.of(ConsoleKeys.failuresOfAccount(username), ConsoleKeys.failuresOfClient(client)));
        return counts != null && (atLeast(counts.get(0), limits.perAccount()) || atLeast(counts.get(1), limits.perClient()));
    }

    /** @return whether the account or the address waits from now on */
    boolean recordFailure(String username, String client) {
        Long throttled = redis.execute(RECORD_FAILURE, List.of(ConsoleKeys.failuresOfAccount(username), ConsoleKeys.failuresOfClient(client)),
                Long.toString(limits.window().toMillis()), Integer.toString(limits.perAccount()), Integer.toString(limits.perClient()));
        return throttled != null && throttled == 1;
    }

    /** A successful sign-in forgets the account's failures (not the address's). */
    void succeeded(String username) {
        redis.delete(ConsoleKeys.failuresOfAccount(username));
    }

    private static boolean atLeast(String count, int limit) {
        return count != null && Long.parseLong(count) >= limit;
    }
}
