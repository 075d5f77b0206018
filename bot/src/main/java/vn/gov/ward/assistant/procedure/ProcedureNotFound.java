package vn.gov.ward.assistant.procedure;

/** No procedure of the catalogue has this code. */
public final class ProcedureNotFound extends RuntimeException {

    ProcedureNotFound(String code) {
        // A code as the catalogue writes them is repeated; anything else the caller sent is not reflected.
        super("No procedure with code " + (code.matches("[0-9A-Za-z.-]{1,32}") ? code : "(not shown: not a code)"));
    }
}
