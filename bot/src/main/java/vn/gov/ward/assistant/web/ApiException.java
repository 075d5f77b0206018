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
