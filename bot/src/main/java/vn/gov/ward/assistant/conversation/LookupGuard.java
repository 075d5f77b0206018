package vn.gov.ward.assistant.conversation;

import java.util.List;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Keeps the 4-digit check of a dossier lookup from being guessed. Failed checks are counted per
 * dossier code (whatever the channel or session: a session id is the client's choice), per client
 * (the IP address on the web, the user on Zalo) and overall; over a limit, that code's, that client's
 * or every lookup is locked for a while. A code that does not exist is counted like one that does,
 * so the answers cannot tell them apart.
 *
 * <p>All keys share the hash tag {@code {lookup-guard}} ({@link ConversationKeys}): one Redis Cluster
 * slot, so a failure is counted and a lock set in one script. Failed checks are counted for Prometheus as
 * {@code dossier.lookup.checks.failed}, the locks they set as {@code dossier.lookup.locks} by {@code scope}.
 */
@Component
class LookupGuard {

    /**
     * Counts one failure on each of the three counters (the window starts with the first) and locks
     * what went over its limit. KEYS: the dossier's, the client's and the overall counter, then their
     * locks. ARGV: window ms, the three limits, lock ms, overall lock ms. Returns, per counter, 0 under
     * its limit, 1 locked by this failure, 2 locked already.
     */
    private static final RedisScript<List> RECORD_FAILURE = RedisScript.of("""
            local limits = {tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])}
            local lockFor = {ARGV[5], ARGV[5], ARGV[6]}
            local state = {0, 0, 0}
            for i = 1, 3 do
              local n = redis.call('INCR', KEYS[i])
              if n == 1 then redis.call('PEXPIRE', KEYS[i], ARGV[1]) end
              if n >= limits[i] then
                if redis.call('SET', KEYS[i + 3], '1', 'PX', lockFor[i], 'NX') then state[i] = 1 else state[i] = 2 end
              end
            end
            return state
            """, List.class);

    private final StringRedisTemplate redis;
    private final LookupGuardProperties limits;
    private final Counter failedChecks;
    private final List<Counter> locksSet;

    LookupGuard(StringRedisTemplate redis, LookupGuardProperties limits, MeterRegistry meters) {
        this.redis = redis;
        this.limits = limits;
        this.failedChecks = Counter.builder("dossier.lookup.checks.failed").description("Wrong 4-digit checks of a dossier lookup")
                .register(meters);
        // In the script's order of counters.
        this.locksSet = List.of("dossier", "client", "overall").stream().map(scope -> Counter.builder("dossier.lookup.locks")
                .description("Lookups locked after too many failed checks").tag("scope", scope).register(meters)).toList();
    }

    /** What one more failed check did. */
    record Failure(boolean locked, boolean dossierLockedNow, boolean overallLockedNow) {
    }

    /** Whether checks of this code from this client must wait (the code, the client or everything is locked). */
    boolean locked(String dossierCode, String client) {
        Long locks = redis.countExistingKeys(List.of(ConversationKeys.dossierLock(dossierCode), ConversationKeys.clientLock(client),
                ConversationKeys.overallLock()));
        return locks != null && locks > 0;
    }

    Failure recordFailure(String dossierCode, String client) {
        failedChecks.increment();
        List<?> state = redis.execute(RECORD_FAILURE,
                List.of(ConversationKeys.failuresOfDossier(dossierCode), ConversationKeys.failuresOfClient(client),
                        ConversationKeys.failuresOverall(), ConversationKeys.dossierLock(dossierCode), ConversationKeys.clientLock(client),
                        ConversationKeys.overallLock()),
                Long.toString(limits.window().toMillis()), Integer.toString(limits.perDossier()),
                Integer.toString(limits.perClient()), Integer.toString(limits.overall()),
                Long.toString(limits.lockFor().toMillis()), Long.toString(limits.overallLockFor().toMillis()));
        long byDossier = ((Number) state.get(0)).longValue();
        long byClient = ((Number) state.get(1)).longValue();
        long overall = ((Number) state.get(2)).longValue();
        for (int i = 0; i < 3; i++) if (((Number) state.get(i)).longValue() == 1) locksSet.get(i).increment();
        return new Failure(byDossier + byClient + overall > 0, byDossier == 1, overall == 1);
    }
}
