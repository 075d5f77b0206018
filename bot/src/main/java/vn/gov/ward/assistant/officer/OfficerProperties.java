package vn.gov.ward.assistant.officer;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code officers.*}.
 *
 * @param seed             officers stored at start-up when absent (the embedded default's come from
 *                         {@code config/officers.yml}); the API manages them after that
 * @param admins           ids of the officers who hear about broken links and channels
 * @param linkCodeValidFor how long a Telegram link code can be used
 */
@ConfigurationProperties("officers")
record OfficerProperties(
        @DefaultValue List<Seed> seed,
        @DefaultValue List<String> admins,
        @DefaultValue("24h") Duration linkCodeValidFor) {

    public record Seed(String id, String name, String unit, Officer.Role role, String leaderId) {

        Officer officer() {
            return new Officer(id, name, unit, role == null ? Officer.Role.OFFICER : role, leaderId, null);
        }
    }
}
