package vn.gov.ward.assistant.dossier;

/**
 * Published after a dossier's new status is stored, for the features that tell people about it: from the
 * effects stream written with the change, on the dossier effects' worker thread. A listener that throws has
 * the change delivered again (to every listener): listeners must be idempotent.
 *
 * @param previous the status before, or null for a new dossier
 */
public record DossierStatusChanged(Dossier dossier, DossierStatus previous) {
}
