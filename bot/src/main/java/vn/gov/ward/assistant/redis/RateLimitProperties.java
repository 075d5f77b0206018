package vn.gov.ward.assistant.redis;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code rate-limits.*}: how much each client may ask of the public endpoints.
 *
 * @param enabled off only for tests that send many requests from one address
 * @param limits  by name ({@code web-chat}, {@code search}, {@code rating-page} per IP address; {@code zalo-user}
 *                per Zalo user): {@code capacity} requests at once, refilled evenly over {@code per}; a name
 *                left out is not limited
 */
@ConfigurationProperties("rate-limits")
record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        Map<String, Limit> limits) {

    RateLimitProperties {
        limits = limits == null ? Map.of() : Map.copyOf(limits);
    }

    record Limit(long capacity, Duration per) {
    }
}
