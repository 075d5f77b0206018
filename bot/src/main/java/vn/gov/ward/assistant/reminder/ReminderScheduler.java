package vn.gov.ward.assistant.reminder;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.Lock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.integration.redis.util.RedisLockRegistry;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Runs the reminder pass on schedule, once across instances: the pass takes a Redis lock (Spring
 * Integration's {@link RedisLockRegistry}); an instance that finds it taken skips that turn. Each pass this
 * instance runs is timed as {@code reminder.pass} (outcome {@code success} or {@code error}).
 */
@Component
class ReminderScheduler implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReminderScheduler.class);
    // Longer than any pass (a pass over 100,000 open dossiers plans in seconds); a dead holder's lock frees itself.
    private static final Duration LOCK_EXPIRY = Duration.ofMinutes(10);

    private final ReminderPass pass;
    private final ReminderProperties properties;
    private final Clock clock;
    private final RedisLockRegistry locks;
    private final Timer succeeded;
    private final Timer failed;

    ReminderScheduler(ReminderPass pass, ReminderProperties properties, Clock clock, RedisConnectionFactory connectionFactory,
                      MeterRegistry meters) {
        this.pass = pass;
        this.properties = properties;
        this.clock = clock;
        this.locks = new RedisLockRegistry(connectionFactory, ReminderKeys.PASS_LOCKS, LOCK_EXPIRY.toMillis());
        this.succeeded = timer(meters, "success");
        this.failed = timer(meters, "error");
    }

    private static Timer timer(MeterRegistry meters, String outcome) {
        return Timer.builder("reminder.pass").description("Reminder passes run by this instance").tag("outcome", outcome).register(meters);
    }

    @Scheduled(fixedDelayString = "${reminders.scan-every:1m}", initialDelayString = "${reminders.first-pass-after:30s}")
    void scheduled() {
        if (!properties.enabled()) return;
        try {
            runPass().ifPresent(r -> {
                if (r.planned() > 0) log.info("Reminder pass {} → {}: {} planned, {} queued, planned in {} ms", r.from(), r.to(),
                        r.planned(), r.queued(), r.planning().toMillis());
            });
        } catch (RuntimeException e) {
            log.warn("Reminder pass failed; the next one covers the same time: {}", e.toString());
        }
    }

    /** One pass now, unless another instance is running one. @return what it did, or empty when it was not its turn */
    Optional<ReminderPass.Report> runPass() {
        Lock lock = locks.obtain("pass");
        if (!lock.tryLock()) return Optional.empty();
        long start = System.nanoTime();
        boolean done = false;
        try {
            ReminderPass.Report report = pass.run(clock.instant());
            done = true;
            return Optional.of(report);
        } finally {
            (done ? succeeded : failed).record(Duration.ofNanos(System.nanoTime() - start));
            lock.unlock();
        }
    }

    @Override
    public void destroy() {
        locks.destroy();
    }
}
