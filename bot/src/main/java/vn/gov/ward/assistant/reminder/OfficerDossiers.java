package vn.gov.ward.assistant.reminder;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.officer.Officer;

/** Officers' open dossiers by where they stand against their appointment (for commands and the digest). */
@Service
public class OfficerDossiers {

    private final DossierService dossiers;

    OfficerDossiers(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    /** The open dossiers of these officers, earliest appointment first, read in one round trip. */
    public List<Dossier> openOf(Collection<Officer> officers) {
        return dossiers.openOf(officers.stream().map(Officer::id).toList());
    }

    /** Running (not waiting for the citizen) and due in [from, to). */
    public static List<Dossier> dueBetween(List<Dossier> open, Instant from, Instant to) {
        return open.stream().filter(d -> inHand(d) && !d.appointmentAt().isBefore(from) && d.appointmentAt().isBefore(to)).toList();
    }

    /** Running and past the appointment at {@code now}. */
    public static List<Dossier> overdue(List<Dossier> open, Instant now) {
        return open.stream().filter(d -> inHand(d) && d.appointmentAt().isBefore(now)).toList();
    }

    /**
     * Whether the officer still has to finish it: open, its clock running (not waiting for the citizen's documents)
     * and no result ready yet (a result ready in time is on time, whatever day the citizen collects it).
     */
    static boolean inHand(Dossier d) {
        return d.pausedAt() == null && d.status() != DossierStatus.RESULT_READY;
    }

    /** Waiting for the citizen's documents (the clock stopped). */
    public static List<Dossier> waitingForCitizen(List<Dossier> open) {
        return open.stream().filter(d -> d.pausedAt() != null).toList();
    }
}
