package vn.gov.ward.assistant.redis;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code assistant.embedded-redis.*} (the local default only).
 *
 * @param maxmemory    Redis's {@code maxmemory}: past it, keys with a lifetime are evicted, least recently used
 *                     first ({@code volatile-lru}); what must stay has none (README, "Redis memory")
 * @param restartAfter the wait before the embedded Redis is started again when it died; doubled after each
 *                     failed start, up to 30 seconds
 */
@ConfigurationProperties("assistant.embedded-redis")
record EmbeddedRedisProperties(
        @DefaultValue("256mb") String maxmemory,
        @DefaultValue("1s") Duration restartAfter) {
}
