package vn.gov.ward.assistant.console;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.console.internal.ConsoleProperties;
import vn.gov.ward.assistant.console.internal.Viewer;

/** Makes the {@link Viewer} of a request from its sign-in and the registry as it is now. */
@Component
class ConsoleViewers {

    private final OfficerRegistry registry;

    ConsoleViewers(OfficerRegistry registry) {
        this.registry = registry;
    }

    /** The viewer, or empty when the officer was deactivated (or removed) since signing in. */
    Optional<Viewer> of(Authentication authentication) {
        Map<String, Officer> officers = registry.byId();
        Officer officer = officers.get(authentication.getName());
        if (officer == null || !officer.active()) return Optional.empty();
        ConsoleProperties.Role role = role(authentication);
        return Optional.of(new Viewer(officer, role, switch (role) {
            case OFFICER -> Set.of(officer.id());
            case LEADER -> unit(officer, officers);
            case ADMIN -> null;
        }));
    }

    private static ConsoleProperties.Role role(Authentication authentication) {
        for (ConsoleProperties.Role role : List.of(ConsoleProperties.Role.ADMIN, ConsoleProperties.Role.LEADER)) {
            for (GrantedAuthority a : authentication.getAuthorities()) if (a.getAuthority().equals("ROLE_" + role.name())) return role;
        }
        return ConsoleProperties.Role.OFFICER;
    }

    /**
     * The leader, the officers of their unit who are not leaders, and everyone who answers to them by name
     * down the line. Only a named leader counts: a leader without one does not answer to a colleague of the
     * same unit (the registry's fallback for alerts), so a vice-chair does not see the chair's line.
     */
    private static Set<String> unit(Officer leader, Map<String, Officer> officers) {
        Map<String, List<Officer>> named = officers.values().stream().filter(o -> o.leaderId() != null)
                .collect(Collectors.groupingBy(Officer::leaderId));
        Set<String> ids = new HashSet<>(List.of(leader.id()));
        officers.values().stream().filter(o -> o.unit().equals(leader.unit()) && !o.isLeader()).forEach(o -> ids.add(o.id()));
        Deque<String> leaders = new ArrayDeque<>(ids);
        while (!leaders.isEmpty()) {
            for (Officer o : named.getOrDefault(leaders.pop(), List.of())) if (ids.add(o.id())) leaders.push(o.id());
        }
        return ids;
    }
}
