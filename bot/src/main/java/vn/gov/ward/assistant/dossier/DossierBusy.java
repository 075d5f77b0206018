package vn.gov.ward.assistant.dossier;

import java.util.List;

/**
 * The dossier kept changing under every attempt to write it (many writers at once): nothing was written, and
 * the same request a moment later is expected to succeed (409 with {@code Retry-After} on the API, a row
 * error in a CSV import).
 */
public final class DossierBusy extends DossierRefusal {

    public DossierBusy(String code) {
        super("Dossier " + code + " is being changed by others; try again in a moment", List.of());
    }
}
