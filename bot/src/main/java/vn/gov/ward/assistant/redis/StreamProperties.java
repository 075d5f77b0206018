package vn.gov.ward.assistant.redis;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code streams.*}, for the streams whose module has none of its own (the Zalo inbox, the
 * dossier effects; the outbox has {@code outbox.*}).
 *
 * @param claimIdle     an entry not finished (its instance died, or the handler failed) is tried again after this long
 * @param maxDeliveries an entry whose handling failed this many times goes to the stream's dead letters
 * @param longestBackOff the longest a stream's worker (the outbox's too) waits between tries while Redis is away: it
 *                      starts at a quarter second and doubles, so it is back within this long of Redis
 */
@ConfigurationProperties("streams")
public record StreamProperties(
        @DefaultValue("60s") Duration claimIdle,
        @DefaultValue("5") int maxDeliveries,
        @DefaultValue("5s") Duration longestBackOff) {
}
