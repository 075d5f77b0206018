package vn.gov.ward.assistant.support;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock replaced by one tests set, ticking from where it is set (so the outbox's
 * waits pass): {@code @Import(TickingTestClock.class)}, then autowire {@link MutableClock}.
 */
@TestConfiguration
public class TickingTestClock {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(Instant.now(), true);
    }
}
