package vn.gov.ward.assistant.outbox;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code outbox.*}.
 *
 * @param retryDelays   the wait before each retry of a passing failure; one more failure after the
 *                      last is final (the default spreads 12 tries over about a day, like GOV.UK Notify)
 * @param claimIdle     a message taken by a worker that died is taken over after this long
 * @param keepFor       how long message records and idempotency keys are kept
 * @param maxDeliveries a queue entry whose handling failed this many times goes to the channel's dead letters
 * @param lanes         each channel's sending threads per instance; a recipient's messages all go through one of them,
 *                      in the order they were queued. Every instance must have the same number
 */
@ConfigurationProperties("outbox")
record OutboxProperties(
        @DefaultValue({"10s", "30s", "1m", "5m", "15m", "30m", "1h", "2h", "4h", "8h", "8h"}) List<Duration> retryDelays,
        @DefaultValue("60s") Duration claimIdle,
        @DefaultValue("30d") Duration keepFor,
        @DefaultValue("true") boolean workersEnabled,
        @DefaultValue("5") int maxDeliveries,
        @DefaultValue("1") int lanes) {

    OutboxProperties {
        if (lanes < 1) throw new IllegalArgumentException("outbox.lanes must be at least 1, not " + lanes);
    }
}
