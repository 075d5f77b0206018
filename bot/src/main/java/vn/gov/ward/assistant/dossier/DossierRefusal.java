package vn.gov.ward.assistant.dossier;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Why the dossier module refused a change or a question, naming the fields at fault. The web maps
 * each kind to its HTTP status; the CSV import reports it against the row.
 */
public abstract sealed class DossierRefusal extends RuntimeException permits DossierBusy, DossierNotFound, InvalidDossier, TransitionRefused {

    private final List<Field> fields;

    DossierRefusal(String message, List<Field> fields) {
        super(message);
        this.fields = List.copyOf(fields);
    }

    /** A field at fault and what is wrong with it. */
    public record Field(String name, String problem) {
    }

    public List<Field> fields() {
        return fields;
    }

    /** The fields and their problems in one line ("status: required; at: required"), or the message when none is named. */
    String reason() {
        if (fields.isEmpty()) return getMessage();
        return fields.stream().map(f -> f.name() + ": " + f.problem()).collect(Collectors.joining("; "));
    }
}
