package vn.gov.ward.assistant.redis;

import java.time.Duration;

import org.slf4j.Logger;

/**
 * The wait of a background worker after a failure: doubling from a quarter second up to a longest wait
 * ({@code streams.longest-back-off}, 5 s by default), so a worker neither spins while Redis is away nor sleeps long
 * after it is back. The first failure of a run is logged as a warning and the recovery once; the ones between are not.
 */
final class Backoff {

    static final Duration LONGEST = Duration.ofSeconds(5);
    private static final Duration FIRST = Duration.ofMillis(250);

    private final String worker;
    private final Logger log;
    private final Duration longest;
    private Duration next = FIRST;
    private int failures;

    Backoff(String worker, Logger log, Duration longest) {
        this.worker = worker;
        this.log = log;
        this.longest = longest;
    }

    /** A failure: logged when it starts a run. @return how long to wait before the next try */
    Duration failed(RuntimeException e) {
        if (failures++ == 0) {
            log.warn("{} {}; trying again with back-off up to {} ms", worker,
                    RedisOutage.isOutage(e) ? "cannot reach Redis (" + e.getClass().getSimpleName() + ")" : "failed: " + e, longest.toMillis());
        }
        Duration wait = next.compareTo(longest) > 0 ? longest : next;
        next = wait.multipliedBy(2);
        return wait;
    }

    /** A success: the next failure waits the shortest time again. */
    void succeeded() {
        if (failures > 0) log.info("{} works again after {} failed tries", worker, failures);
        failures = 0;
        next = FIRST;
    }
}
