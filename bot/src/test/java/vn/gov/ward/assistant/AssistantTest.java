package vn.gov.ward.assistant;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import vn.gov.ward.assistant.support.Settled;
import vn.gov.ward.assistant.support.StatusChanges;
import vn.gov.ward.assistant.support.TickingTestClock;

/**
 * The whole assistant on a random port with its embedded default: a real Redis server, the real
 * catalogue and the project's ward layer, on a clock the tests set ({@link TickingTestClock}), with the
 * status changes carried out recorded ({@link StatusChanges}) and a wait for all it was given to be done ({@link Settled}). Tests
 * sharing it share one application context; a test that depends on the time sets the clock first.
 * Tagged "application": these run in a JVM of their own, apart from the plain tests (see bot/pom.xml).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "assistant.ward-file=../config/ward.yml",
        // A fresh Redis data directory for each test run: nothing left by an earlier run (idempotency keys) counts.
        "assistant.data-dir=target/test-data/${random.uuid}",
        "assistant.holidays-dir=../config/holidays",
        "assistant.api-keys=" + AssistantTest.API_KEY + ",second-key",
        "assistant.demo-data=false",
        // Reminder passes run when a test says so, on the test's clock.
        "reminders.enabled=false",
        // The tests of a context all write from 127.0.0.1; the limits are tested where they are on (ResilienceTestBase).
        "rate-limits.enabled=false"
})
@Import({TickingTestClock.class, StatusChanges.class, Settled.class})
@Tag("application")
public @interface AssistantTest {

    /** The one-stop system's key in tests. */
    String API_KEY = "test-intake-key-0123456789";
}
