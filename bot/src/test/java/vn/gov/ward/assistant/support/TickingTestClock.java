package vn.gov.ward.assistant.support;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock replaced by one tests set, ticking from where it is set (so the outbox's
 * waits pass). Every {@link vn.gov.ward.assistant.AssistantTest} has it: autowire {@link MutableClock}.
 * It starts at {@link #START}, never the wall clock: a test must not pass on a Tuesday and fail on a
 * Sunday, or stop passing in a year the holiday files do not hold.
 */
@TestConfiguration
public class TickingTestClock {

    /** Tuesday 10 March 2026, 09:00 in Hà Nội: a working day, in office hours, no holiday near. */
    public static final Instant START = Instant.parse("2026-03-10T02:00:00Z");

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(START, true);
    }
}
