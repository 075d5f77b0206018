package vn.gov.ward.assistant.support;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.awaitility.pollinterval.IterativePollInterval;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Awaitility's defaults for every test JVM (registered in META-INF/services): a condition is read at once, then after
 * 10 ms, the pause doubling to 50 ms. Awaitility's own (a first read after 100 ms, then every 100 ms) cost each wait
 * 100 ms when what it waits for is already there and half a poll on average when it comes: OfficerDayTest, whose 41
 * reminder passes each wait for two chats, spent 4 of its 10 s so. What a wait proves is set where it is used: how
 * long it waits at most ({@code atMost}), and a fixed {@code pollDelay} where a test gives something time to go wrong.
 */
public class PromptAwaits implements LauncherSessionListener {

    private static final Duration FIRST_POLL = Duration.ofMillis(10);
    private static final Duration STEADY_POLL = Duration.ofMillis(50);

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Awaitility.setDefaultPollDelay(Duration.ZERO);
        Awaitility.setDefaultPollInterval(new IterativePollInterval(
                previous -> previous.multipliedBy(2).compareTo(STEADY_POLL) > 0 ? STEADY_POLL : previous.multipliedBy(2), FIRST_POLL));
    }
}
