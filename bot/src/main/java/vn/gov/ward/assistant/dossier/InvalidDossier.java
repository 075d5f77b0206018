package vn.gov.ward.assistant.dossier;

import java.util.List;

/** What the one-stop system sent does not make a dossier or a status change: each field at fault is named. */
public final class InvalidDossier extends DossierRefusal {

    InvalidDossier(String message, List<Field> fields) {
        super(message, fields);
    }

    static InvalidDossier of(String field, String problem) {
        return new InvalidDossier(field + ": " + problem, List.of(new Field(field, problem)));
    }
}
