package vn.gov.ward.assistant.dossier;

/**
 * Published after a dossier's new status is stored, for the features that tell people about it.
 *
 * @param previous the status before, or null for a new dossier
 */
public record DossierStatusChanged(Dossier dossier, DossierStatus previous) {
}
