package vn.gov.ward.assistant.handoff;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code handoff.*}.
 *
 * @param onDuty     officers who take citizens' conversations, in turn by working day (the first reachable one that day)
 * @param idleAfter  a hand-off nobody wrote in for this long ends by itself and the assistant answers again
 */
@ConfigurationProperties("handoff")
record HandOffProperties(
        @DefaultValue("motcua-01") List<String> onDuty,
        @DefaultValue("2h") Duration idleAfter) {
}
