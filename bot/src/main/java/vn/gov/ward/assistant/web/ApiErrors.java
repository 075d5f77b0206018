package vn.gov.ward.assistant.web;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.ServletException;
import tools.jackson.core.JacksonException;
import vn.gov.ward.assistant.calendar.DateOutsideCalendar;
import vn.gov.ward.assistant.dossier.DossierBusy;
import vn.gov.ward.assistant.dossier.DossierNotFound;
import vn.gov.ward.assistant.dossier.DossierRefusal;
import vn.gov.ward.assistant.dossier.InvalidDossier;
import vn.gov.ward.assistant.dossier.TransitionRefused;
import vn.gov.ward.assistant.procedure.ProcedureNotFound;
import vn.gov.ward.knowledge.catalogue.CatalogueException;

/**
 * Turns refused requests into {@link ApiError} bodies with the right status, in one place: the
 * domain's refusals (a dossier not found, a transition refused, an invalid dossier, an unknown
 * procedure) and the request's own problems (bad parameters, unreadable JSON).
 */
@RestControllerAdvice
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> refused(ApiException e) {
        return body(e.status(), e.getMessage(), e.fields());
    }

    @ExceptionHandler(DossierNotFound.class)
    ResponseEntity<ApiError> dossierNotFound(DossierNotFound e) {
        return refused(HttpStatus.NOT_FOUND, e);
    }

    @ExceptionHandler(TransitionRefused.class)
    ResponseEntity<ApiError> transitionRefused(TransitionRefused e) {
        return refused(HttpStatus.CONFLICT, e);
    }

    @ExceptionHandler(InvalidDossier.class)
    ResponseEntity<ApiError> invalidDossier(InvalidDossier e) {
        return refused(HttpStatus.BAD_REQUEST, e);
    }

    @ExceptionHandler(ProcedureNotFound.class)
    ResponseEntity<ApiError> procedureNotFound(ProcedureNotFound e) {
        return body(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ApiError> invalidParameters(HandlerMethodValidationException e) {
        List<ApiError.FieldProblem> fields = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(error -> new ApiError.FieldProblem(r.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return body(HttpStatus.BAD_REQUEST, fields.stream().map(f -> f.field() + ": " + f.problem()).collect(Collectors.joining("; ")), fields);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
        List<ApiError.FieldProblem> fields = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new ApiError.FieldProblem(f.getField(), f.getDefaultMessage())).toList();
        return body(HttpStatus.BAD_REQUEST, "The request has invalid fields", fields);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> wrongType(MethodArgumentTypeMismatchException e) {
        return body(HttpStatus.BAD_REQUEST, e.getName() + ": wrong type", List.of(new ApiError.FieldProblem(e.getName(), "wrong type")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return body(HttpStatus.BAD_REQUEST, e.getParameterName() + ": required",
                List.of(new ApiError.FieldProblem(e.getParameterName(), "required")));
    }

    @ExceptionHandler(DateOutsideCalendar.class)
    ResponseEntity<ApiError> outsideCalendar(DateOutsideCalendar e) {
        return body(HttpStatus.BAD_REQUEST, e.getMessage(), List.of());
    }

    @ExceptionHandler(BodyTooLarge.class)
    ResponseEntity<ApiError> tooLarge(BodyTooLarge e) {
        return body(HttpStatus.CONTENT_TOO_LARGE, e.getMessage(), List.of());
    }

    /** Spring MVC's own refusals (wrong method, media type, a missing header…) with their status and a plain message. */
    @ExceptionHandler({ServletException.class, ErrorResponseException.class})
    ResponseEntity<ApiError> refusedByMvc(Exception e) throws Exception {
        if (!(e instanceof ErrorResponse response)) throw e;
        HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
        if (status == null || status.is5xxServerError()) throw e;
        return body(status, status.getReasonPhrase(), List.of());
    }

    /**
     * Form or query parameters Tomcat cannot decode (invalid UTF-8, a broken {@code %} escape, too many): left
     * unhandled, the container logs the exception, whose message quotes the value (a comment, a phone).
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ApiError> undecodableParameters(InvalidParameterException e) {
        HttpStatus status = HttpStatus.resolve(e.getErrorCode());
        if (status == null || !status.is4xxClientError()) status = HttpStatus.BAD_REQUEST;
        return body(status, "The request's parameters cannot be decoded (UTF-8 and %-escapes expected)", List.of());
    }

    @ExceptionHandler(DossierBusy.class)
    ResponseEntity<ApiError> dossierBusy(DossierBusy e) {
        ResponseEntity<ApiError> refused = refused(HttpStatus.CONFLICT, e);
        return ResponseEntity.status(refused.getStatusCode()).header(HttpHeaders.RETRY_AFTER, "1").body(refused.getBody());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge tooLarge) return tooLarge(tooLarge);
        }
        // A value of the wrong type names its field; broken JSON names none.
        List<ApiError.FieldProblem> fields = e.getMostSpecificCause() instanceof JacksonException j && !j.getPath().isEmpty()
                ? List.of(new ApiError.FieldProblem(CatalogueException.jsonPath(j), "wrong type or shape"))
                : List.of();
        return body(HttpStatus.BAD_REQUEST, "The request body is not valid JSON of the expected shape", fields);
    }


    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noSuchPath(NoResourceFoundException e) {
        return body(HttpStatus.NOT_FOUND, "No such resource", List.of());
    }

    private static ResponseEntity<ApiError> refused(HttpStatus status, DossierRefusal e) {
        return body(status, e.getMessage(), e.fields().stream().map(f -> new ApiError.FieldProblem(f.name(), f.problem())).toList());
    }

    private static ResponseEntity<ApiError> body(HttpStatus status, String message, List<ApiError.FieldProblem> fields) {
        log.debug("Refused with {}: {}", status.value(), message);
        return ResponseEntity.status(status).body(new ApiError(status.value(), status.getReasonPhrase(), message, fields));
    }
}
