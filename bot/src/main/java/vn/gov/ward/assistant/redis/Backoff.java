package vn.gov.ward.assistant.redis;

import java.time.Duration;

import org.slf4j.Logger;

/**
 * The wait of a background worker after a failure: doubling from a quarter second up to five seconds, so a
 * worker neither spins while Redis is away nor sleeps long after it is back. The first failure of a run is
 * logged as a warning and the recovery once; the ones between are not.
 */
final class Backoff {

    private static final Duration FIRST = Duration.ofMillis(250);
    private static final Duration LONGEST = Duration.ofSeconds(5);

    private final String worker;
    private final Logger log;
    private Duration next = FIRST;
    private int failures;

    Backoff(String worker, Logger log) {
        this.worker = worker;
        this.log = log;
    }

    /** A failure: logged when it starts a run. @return how long to wait before the next try */
    Duration failed(RuntimeException e) {
        if (failures++ == 0) {
            log.warn("{} {}; trying again with back-off up to {} s", worker,
                    RedisOutage.isOutage(e) ? "cannot reach Redis (" + e.getClass().getSimpleName() + ")" : "failed: " + e, LONGEST.toSeconds());
        }
        Duration wait = next;
        next = next.multipliedBy(2).compareTo(LONGEST) > 0 ? LONGEST : next.multipliedBy(2);
        return wait;
    }

    /** A success: the next failure waits the shortest time again. */
    void succeeded() {
        if (failures > 0) log.info("{} works again after {} failed tries", worker, failures);
        failures = 0;
        next = FIRST;
    }
}
