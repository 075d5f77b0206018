package vn.gov.ward.assistant.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.locks.Lock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.integration.redis.util.RedisLockRegistry;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.feedback.FeedbackService;
import vn.gov.ward.assistant.outbox.Outbox;
import vn.gov.ward.assistant.survey.SurveyService;

/**
 * The daily retention pass, once across instances (Spring Integration's {@link RedisLockRegistry}; an
 * instance that finds the lock taken skips that day's turn). It logs counts only.
 */
@Component
class RetentionPass implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RetentionPass.class);

    /** What one pass removed. */
    record Report(Instant cutoff, int dossiers, int tickets, int ratings, long failedMessages) {
    }

    private final DossierService dossiers;
    private final FeedbackService feedback;
    private final SurveyService surveys;
    private final Outbox outbox;
    private final WorkingCalendar calendar;
    private final RetentionProperties properties;
    private final Clock clock;
    private final RedisLockRegistry locks;

    RetentionPass(DossierService dossiers, FeedbackService feedback, SurveyService surveys, Outbox outbox, WorkingCalendar calendar,
                  RetentionProperties properties, Clock clock, RedisConnectionFactory connectionFactory) {
        this.dossiers = dossiers;
        this.feedback = feedback;
        this.surveys = surveys;
        this.outbox = outbox;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
        this.locks = new RedisLockRegistry(connectionFactory, RetentionKeys.PASS_LOCKS, RetentionKeys.LOCK_EXPIRY.toMillis());
    }

    @Scheduled(cron = "${retention.cron:0 30 2 * * *}", zone = "${assistant.time-zone:Asia/Ho_Chi_Minh}")
    void scheduled() {
        if (!properties.enabled()) return;
        try {
            run().ifPresent(r -> log.info("Retention pass (before {}): {} closed dossiers and {} tickets deleted, {} ratings"
                    + " stripped of personal data, {} failed-message entries dropped", r.cutoff(), r.dossiers(), r.tickets(),
                    r.ratings(), r.failedMessages()));
        } catch (RuntimeException e) {
            log.warn("Retention pass failed; tomorrow's covers the same data: {}", e.getClass().getSimpleName());
        }
    }

    /** One pass now, unless another instance is running one. @return what it removed, or empty when it was not its turn */
    Optional<Report> run() {
        Lock lock = locks.obtain("pass");
        if (!lock.tryLock()) return Optional.empty();
        try {
            Instant cutoff = ZonedDateTime.now(clock.withZone(calendar.zone())).minusMonths(properties.keepMonths()).toInstant();
            return Optional.of(new Report(cutoff, dossiers.deleteClosedBefore(cutoff), feedback.deleteDoneBefore(cutoff),
                    surveys.anonymiseReturnedBefore(cutoff), outbox.forgetFailedBefore(cutoff)));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void destroy() {
        locks.destroy();
    }
}
