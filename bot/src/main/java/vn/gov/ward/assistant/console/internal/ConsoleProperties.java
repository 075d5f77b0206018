package vn.gov.ward.assistant.console.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code console.*}.
 *
 * @param accounts who may sign in to the console: an officer of the registry, their role there and their
 *                 password's hash (Argon2id, or bcrypt, in Spring Security's {@code {id}hash} form); the
 *                 embedded default's are in {@code config/officers.yml}
 * @param login    how failed sign-ins are throttled
 */
@ConfigurationProperties("console")
public record ConsoleProperties(@DefaultValue List<Account> accounts, @DefaultValue Login login) {

    public record Account(String officer, Role role, String passwordHash) {
    }

    /** What a person may do in the console. */
    public enum Role {
        /** Their own dossiers and tickets. */
        OFFICER,
        /** Their unit's dossiers, tickets and figures, and the reports. */
        LEADER,
        /** Everything, the officers included. */
        ADMIN
    }

    /**
     * @param perAccount failed sign-ins to one account within {@code window} before it waits
     * @param perClient  failed sign-ins from one address within {@code window} before it waits
     * @param window     how long failures are remembered, and how long a throttled account or address waits
     */
    public record Login(@DefaultValue("5") int perAccount, @DefaultValue("20") int perClient, @DefaultValue("15m") Duration window) {
    }
}
