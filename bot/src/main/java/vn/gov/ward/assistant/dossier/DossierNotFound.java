package vn.gov.ward.assistant.dossier;

import java.util.List;

/** No dossier has this code. */
public final class DossierNotFound extends DossierRefusal {

    DossierNotFound(String code) {
        super("No dossier with code " + code, List.of());
    }
}
