package vn.gov.ward.assistant.dossier;

import java.time.Instant;
import java.util.List;

/**
 * The assistant's copy of a dossier held by the province's procedure-handling system.
 *
 * @param appointmentAt the appointment date (ngày hẹn trả), moved on by supplement pauses
 * @param pausedAt      when the clock stopped for a supplement request, or null while it runs
 * @param history       every status with its time and note, oldest first
 * @param submission    how it was submitted, or null when the one-stop system did not say
 */
public record Dossier(
        String code,
        String procedureCode,
        Applicant applicant,
        String officerId,
        Instant receivedAt,
        Instant appointmentAt,
        DossierStatus status,
        Instant pausedAt,
        List<StatusChange> history,
        Submission submission) {

    public Dossier {
        history = List.copyOf(history);
    }

    /** A dossier whose way of submission is not known. */
    public Dossier(String code, String procedureCode, Applicant applicant, String officerId, Instant receivedAt, Instant appointmentAt,
                   DossierStatus status, Instant pausedAt, List<StatusChange> history) {
        this(code, procedureCode, applicant, officerId, receivedAt, appointmentAt, status, pausedAt, history, null);
    }

    /**
     * @param zaloUserId the citizen's Zalo user id when the dossier is tied to it, or null
     */
    public record Applicant(String name, String phone, String zaloUserId) {
    }

    public record StatusChange(DossierStatus status, Instant at, String note) {
    }

    /** When the dossier reached its outcome (result ready or closed), or null while open. */
    public Instant finishedAt() {
        for (int i = history.size() - 1; i >= 0; i--) {
            StatusChange change = history.get(i);
            if (change.status() == DossierStatus.RESULT_READY || change.status().isClosed()) {
                if (change.status() != DossierStatus.RETURNED) return change.at();
                // Returned: the result was ready earlier if the history says so.
                for (int j = i - 1; j >= 0; j--) {
                    if (history.get(j).status() == DossierStatus.RESULT_READY) return history.get(j).at();
                }
                return change.at();
            }
        }
        return null;
    }
}
