package vn.gov.ward.assistant.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.redis.RateLimits;

/**
 * Limits what one client (its IP address) may ask of the public endpoints: the web chat, the procedure
 * search and the rating page. Over its limit a client gets 429 with {@code Retry-After}; the web chat's
 * 429 carries a polite reply the page shows like any other.
 */
class PublicRateLimitFilter extends OncePerRequestFilter {

    static final String TOO_MANY = "Ông/Bà gửi tin nhắn nhanh quá, hệ thống chưa kịp xử lý. Ông/Bà vui lòng đợi một chút rồi gửi lại. Cảm ơn Ông/Bà!";

    private final RateLimits limits;
    private final JsonMapper json;

    PublicRateLimitFilter(RateLimits limits, JsonMapper json) {
        this.limits = limits;
        this.json = json;
    }

    /** The limit a public request counts against, if any (the page's polling for updates writes nothing: not limited). */
    static Optional<String> limitOf(String method, String path) {
        if (path.equals("/api/v1/chat")) return method.equals("POST") ? Optional.of("web-chat") : Optional.empty();
        if (path.startsWith("/api/v1/procedures")) return Optional.of("search");
        if (path.startsWith("/danh-gia/")) return Optional.of("rating-page");
        return Optional.empty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> limit = limitOf(request.getMethod(), request.getRequestURI().substring(request.getContextPath().length()));
        Optional<Duration> wait = limit.isEmpty() ? Optional.empty() : limits.tryTake(limit.get(), request.getRemoteAddr());
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Object body = limit.get().equals("web-chat")
                ? Map.of("replies", List.of(Map.of("text", TOO_MANY, "buttons", List.of())))
                : new ApiError(429, "Too Many Requests", "Too many requests from this address; try again in " + seconds + " s", List.of());
        json.writeValue(response.getOutputStream(), body);
    }
}
