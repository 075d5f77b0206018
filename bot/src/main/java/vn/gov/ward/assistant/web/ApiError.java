package vn.gov.ward.assistant.web;

import java.util.List;

/**
 * The JSON body of every API error.
 *
 * @param fields each request field at fault, empty when the error is not about a field
 */
public record ApiError(int status, String error, String message, List<FieldProblem> fields) {

    public record FieldProblem(String field, String problem) {
    }
}
