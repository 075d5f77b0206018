package vn.gov.ward.assistant.channel.zalo.api;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Calls {@link ZaloTokens#refreshIfDue()} every few minutes on every instance (the lock keeps it to one refresh),
 * so the 25 h access token is rotated before Zalo refuses it. The first check also seeds Redis from configuration.
 */
class ZaloTokenRefresher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ZaloTokenRefresher.class);
    static final Duration PERIOD = Duration.ofMinutes(5);

    private final ZaloTokens tokens;
    private ScheduledExecutorService executor;

    ZaloTokenRefresher(ZaloTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "zalo-token-refresh");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::check, 0, PERIOD.toSeconds(), TimeUnit.SECONDS);
    }

    private void check() {
        try {
            tokens.refreshIfDue();
        } catch (RuntimeException e) {
            // Redis or Zalo briefly away: the next round tries again.
            log.warn("Zalo token check failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
