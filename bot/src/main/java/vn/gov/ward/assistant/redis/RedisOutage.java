package vn.gov.ward.assistant.redis;

import java.io.IOException;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;

import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisLoadingException;

/**
 * Tells a Redis outage (not reachable, not answering within the command timeout, loading its data after a
 * restart, out of memory) from a failure of the request itself. An outage passes: callers answer 503 with
 * {@link #RETRY_AFTER}, skip what is best-effort, or back off and try again.
 */
public final class RedisOutage {

    /** What clients are told to wait before trying again: the embedded Redis restarts within seconds. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private RedisOutage() {
    }

    /**
     * Runs a write that must not be lost (the outcome of a message already sent), trying again while Redis is
     * away for as long as {@code stillWanted} holds; any other failure is thrown at once.
     *
     * @return whether it was done
     */
    public static boolean untilDone(Runnable write, BooleanSupplier stillWanted) {
        Duration wait = Duration.ofMillis(100);
        while (true) {
            try {
                write.run();
                return true;
            } catch (RuntimeException e) {
                if (!isOutage(e)) throw e;
                if (!stillWanted.getAsBoolean()) return false;
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return false;
                }
                wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(2)) > 0 ? Duration.ofSeconds(2) : wait.multipliedBy(2);
            }
        }
    }

    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RedisConnectionFailureException || t instanceof QueryTimeoutException
                    || t instanceof RedisConnectionException || t instanceof RedisCommandTimeoutException
                    || t instanceof RedisLoadingException || t instanceof IOException) {
                return true;
            }
            // Lettuce while disconnected (commands rejected, not queued), a connection closed or dropped under a command
            // ("Connection closed", "Connection disconnected"), a full Redis that may evict nothing more (maxmemory), a
            // master refusing writes while no replica keeps up (min-replicas-to-write), a Cluster whose dead master's
            // replica is not elected yet (CLUSTERDOWN), a master demoted by a failover the client has not followed yet
            // (READONLY), a replica that lost its master (MASTERDOWN) and a Cluster moving a slot under a multi-key
            // command (TRYAGAIN): all pass without anything wrong in the request.
            String message = String.valueOf(t.getMessage());
            if (t instanceof RedisException && (message.startsWith("Currently not connected") || message.startsWith("Connection ")
                    || message.startsWith("OOM ") || message.startsWith("LOADING") || message.startsWith("MISCONF")
                    || message.startsWith("NOREPLICAS") || message.startsWith("CLUSTERDOWN") || message.startsWith("READONLY")
                    || message.startsWith("MASTERDOWN") || message.startsWith("TRYAGAIN"))) {
                return true;
            }
        }
        return false;
    }
}
