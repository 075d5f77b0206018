package vn.gov.ward.assistant.conversation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code assistant.lookup.*}: how many failed checks of a dossier lookup (a wrong code
 * or wrong last 4 phone digits) are allowed in a window before the lookup is locked for a while.
 *
 * @param perDossier failed checks of one dossier code, whatever the channel, session or client
 * @param perClient  failed checks from one client (the IP address on the web, the user on Zalo);
 *                   high enough for many citizens behind one carrier NAT
 * @param overall    failed checks across the whole assistant: beyond it every check waits and the admins hear
 * @param window     how long a failure counts
 * @param lockFor    how long a dossier's or a client's lookup stays locked once over its limit
 * @param overallLockFor how long every lookup stays locked once over the overall limit
 */
@ConfigurationProperties("assistant.lookup")
record LookupGuardProperties(
        @DefaultValue("5") int perDossier,
        @DefaultValue("20") int perClient,
        @DefaultValue("300") int overall,
        @DefaultValue("1h") Duration window,
        @DefaultValue("1h") Duration lockFor,
        @DefaultValue("15m") Duration overallLockFor) {
}
