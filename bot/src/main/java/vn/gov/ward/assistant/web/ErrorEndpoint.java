package vn.gov.ward.assistant.web;

import java.util.List;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the servlet container forwards its own errors to (a request refused before Spring MVC, an error
 * in a filter): an {@link ApiError} with the status and a plain message, never the exception's text. Asked
 * for directly, {@code /error} is a path like any other that does not exist.
 */
@RestController
@Hidden
class ErrorEndpoint implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ApiError> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
        if (status == null) status = HttpStatus.NOT_FOUND;
        String message = status.is5xxServerError() ? "The assistant could not answer this request" : status.getReasonPhrase();
        return ResponseEntity.status(status).body(new ApiError(status.value(), status.getReasonPhrase(), message, List.of()));
    }
}
