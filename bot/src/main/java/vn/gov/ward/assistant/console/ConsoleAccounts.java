package vn.gov.ward.assistant.console;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.console.internal.ConsoleProperties;

/**
 * The people who may sign in: the accounts of {@code console.accounts}, each an officer of the
 * registry. An officer the registry no longer has cannot sign in; a deactivated one is refused.
 */
@Component
class ConsoleAccounts implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(ConsoleAccounts.class);

    private final Map<String, ConsoleProperties.Account> accounts;
    private final OfficerRegistry registry;

    ConsoleAccounts(ConsoleProperties properties, OfficerRegistry registry) {
        this.accounts = properties.accounts().stream()
                .collect(Collectors.toMap(a -> a.officer().toLowerCase(Locale.ROOT), Function.identity()));
        this.registry = registry;
        if (accounts.isEmpty()) log.warn("console.accounts is empty: nobody can sign in to the console");
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        ConsoleProperties.Account account = accounts.get(username.strip().toLowerCase(Locale.ROOT));
        Officer officer = account == null ? null : registry.find(account.officer()).orElse(null);
        // The same refusal for an unknown name and an officer gone from the registry.
        if (officer == null) throw new UsernameNotFoundException("No such console account");
        return User.withUsername(officer.id()).password(account.passwordHash()).roles(account.role().name())
                .disabled(!officer.active()).build();
    }
}
