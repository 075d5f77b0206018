package vn.gov.ward.assistant.console.internal;

import java.util.Set;

import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.officer.Officer;

/**
 * The person signed in, and whose work they may see: an officer their own, a leader their unit's and
 * the officers who answer to them (and to those, down the line), an admin everyone's.
 *
 * @param officerIds the officers whose dossiers and tickets the viewer sees; null for every officer
 */
public record Viewer(Officer officer, ConsoleProperties.Role role, Set<String> officerIds) {

    public boolean sees(String officerId) {
        return officerIds == null || officerIds.contains(officerId);
    }

    public boolean sees(Dossier dossier) {
        return sees(dossier.officerId());
    }

    public boolean isAdmin() {
        return role == ConsoleProperties.Role.ADMIN;
    }

    /** Leaders and admins see figures and the assistant's own health. */
    public boolean seesFigures() {
        return role != ConsoleProperties.Role.OFFICER;
    }

    /** What the page says about whose work it shows. */
    public String scopeLabel() {
        return switch (role) {
            case OFFICER -> "Hồ sơ của " + officer.name();
            case LEADER -> "Hồ sơ của các cán bộ do " + officer.name() + " phụ trách";
            case ADMIN -> "Toàn phường";
        };
    }
}
