package vn.gov.ward.assistant.web;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.gov.ward.assistant.redis.RedisOutage;

/**
 * Requests that need Redis while it is away fail at once with 503 and {@code Retry-After}, so callers try
 * again (the one-stop system, Zalo's webhook retries) instead of holding a thread (a dossier others kept
 * changing meanwhile is {@link ApiErrors}' 409). A Redis failure that is not an outage is a 500. Ahead of
 * {@link ApiErrors}, which knows the request's own errors.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class OutageErrors {

    private static final Logger log = LoggerFactory.getLogger(OutageErrors.class);

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ApiError> redis(DataAccessException e) {
        if (!RedisOutage.isOutage(e)) {
            log.error("Redis refused a command", e);
            return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(new ApiError(500, "Internal Server Error",
                    "The request could not be stored", List.of()));
        }
        log.debug("Redis unavailable: {}", e.toString());
        return unavailable("The assistant's store is briefly unavailable; try again in a few seconds");
    }

    private static ResponseEntity<ApiError> unavailable(String message) {
        HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
        return ResponseEntity.status(status).header(HttpHeaders.RETRY_AFTER, Long.toString(RedisOutage.RETRY_AFTER.toSeconds()))
                .body(new ApiError(status.value(), status.getReasonPhrase(), message, List.of()));
    }
}
