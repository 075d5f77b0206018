package vn.gov.ward.assistant.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/** A request the API refuses, with the HTTP status and, where it applies, the fields at fault. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final List<ApiError.FieldProblem> fields;

    public ApiException(HttpStatus status, String message, List<ApiError.FieldProblem> fields) {
        super(message);
        this.status = status;
        this.fields = List.copyOf(fields);
    }

    public static ApiException badRequest(String field, String problem) {
        return new ApiException(HttpStatus.BAD_REQUEST, field + ": " + problem, List.of(new ApiError.FieldProblem(field, problem)));
    }

    /**
     * An identifier from the request as it may appear in a message: as sent when it has the form of an id
     * (letters, digits, {@code . _ : -}, at most 64), else not repeated (nothing a caller sent is reflected as markup).
     */
    public static String shown(String id) {
        return id != null && id.matches("[\\p{L}\\p{N}._:-]{1,64}") ? id : "(not shown: not an id)";
    }

    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, message, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public List<ApiError.FieldProblem> fields() {
        return fields;
    }
}
