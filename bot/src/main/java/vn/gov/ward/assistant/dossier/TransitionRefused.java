package vn.gov.ward.assistant.dossier;

import java.util.List;

/** A status change that makes no sense for the dossier as it stands (returned → received, or older than its last change). */
public final class TransitionRefused extends DossierRefusal {

    TransitionRefused(String field, String problem) {
        super(field + ": " + problem, List.of(new Field(field, problem)));
    }
}
