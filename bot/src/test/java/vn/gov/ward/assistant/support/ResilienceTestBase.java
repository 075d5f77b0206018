package vn.gov.ward.assistant.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole assistant with both channels on fakes (Telegram and Zalo, ZNS status template included), reminders
 * on schedule every second, the retry times of its streams short (1 s, the outbox's 2 s) and its rate limits on (20 chat messages,
 * 10 searches a minute per address; 5 Zalo messages a minute per user), for the tests of how it meets
 * failures: Redis going away, poison entries, floods, a listener of status changes that fails ({@link StatusChanges#failOnce}). Test classes extending it share one application context and the fakes.
 *
 * <p>{@code -Dredis.outage=30s} sets how long the embedded Redis stays down when it dies before its owner starts it
 * again (default 6 s, to keep the suite short; the 30 s is one documented run, BENCHMARKS.md).
 */
public abstract class ResilienceTestBase extends TelegramTestBase {

    protected static final FakeZalo zalo = new FakeZalo();
    protected static final String OUTAGE = System.getProperty("redis.outage", "6s");

    @DynamicPropertySource
    static void resilienceSettings(DynamicPropertyRegistry registry) {
        zalo.pointTheAssistantHere(registry);
        registry.add("zalo.zns.templates.status-update.id", () -> "tpl-status");
        registry.add("zalo.zns.templates.status-update.params.ma_ho_so", () -> "code");
        registry.add("zalo.zns.templates.status-update.params.trang_thai", () -> "status");
        registry.add("assistant.embedded-redis.restart-after", () -> OUTAGE);
        // Back within a second of Redis, not up to five (the default): they still back off, from a quarter second.
        registry.add("streams.longest-back-off", () -> "1s");
        // An entry whose handling failed is tried again a second later: the dead-letter test waits for three deliveries.
        registry.add("streams.claim-idle", () -> "1s");
        registry.add("streams.max-deliveries", () -> "3");
        registry.add("outbox.claim-idle", () -> "2s");
        registry.add("reminders.enabled", () -> "true");
        registry.add("reminders.scan-every", () -> "1s");
        registry.add("reminders.first-pass-after", () -> "1s");
        registry.add("rate-limits.enabled", () -> "true");
        registry.add("rate-limits.limits.web-chat.capacity", () -> "20");
        registry.add("rate-limits.limits.search.capacity", () -> "10");
        registry.add("rate-limits.limits.rating-page.capacity", () -> "60");
        registry.add("rate-limits.limits.zalo-user.capacity", () -> "5");
    }
}
