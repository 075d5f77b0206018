package vn.gov.ward.assistant.procedure;

/** No procedure of the catalogue has this code. */
public final class ProcedureNotFound extends RuntimeException {

    ProcedureNotFound(String code) {
        super("No procedure with code " + code);
    }
}
