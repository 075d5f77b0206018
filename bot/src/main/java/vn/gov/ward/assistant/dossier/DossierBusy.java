package vn.gov.ward.assistant.dossier;

/**
 * A dossier that others kept changing while this change was being written: nothing was written, and the
 * same request sent again in a moment goes through. The web answers 503 with {@code Retry-After}.
 */
public class DossierBusy extends RuntimeException {

    public DossierBusy(String code) {
        super("Dossier " + code + " is being changed by other requests; send the change again in a moment");
    }
}
