package vn.gov.ward.assistant.channel.zalo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.channel.zalo.api.ZaloProperties;
import vn.gov.ward.assistant.web.ApiError;

/**
 * Zalo's webhook: refuses a missing or malformed signature header before reading the body, checks the
 * signature on the raw bytes in constant time, refuses events older than Zalo's retries can be
 * ({@link #fresh}), bodies over 64 KB, malformed JSON and fields of the wrong type with 4xx, and
 * acknowledges a valid event at once: the event is put in the durable inbox and handled there, well
 * inside Zalo's two seconds. Counted for Prometheus: {@code zalo.webhook.received} (every request),
 * {@code zalo.webhook.acknowledged} by {@code outcome} (kept, duplicate, rate-limited, echo) and
 * {@code zalo.webhook.rejected} by {@code reason}.
 */
@RestController
@ConditionalOnProperty(name = "zalo.enabled", havingValue = "true")
@Tag(name = "Zalo webhook", description = "Events from the ward's Zalo Official Account")
class ZaloWebhookController {

    static final int MAX_BODY = 64 * 1024;
    /** Why a request was refused, as {@code zalo.webhook.rejected} tags it: these few, never a value from the request. */
    private static final List<String> REFUSALS = List.of("signature", "too-large", "malformed", "missing-fields", "stale", "unavailable");

    private final ZaloProperties properties;
    private final ZaloInbox inbox;
    private final JsonMapper json;
    private final Clock clock;
    private final Counter received;
    private final Map<ZaloInbox.Acceptance, Counter> acknowledged = new EnumMap<>(ZaloInbox.Acceptance.class);
    private final Map<String, Counter> rejected = new HashMap<>();

    ZaloWebhookController(ZaloProperties properties, ZaloInbox inbox, JsonMapper json, Clock clock, MeterRegistry meters) {
        this.properties = properties;
        this.inbox = inbox;
        this.json = json;
        this.clock = clock;
        this.received = Counter.builder("zalo.webhook.received").description("Requests to the Zalo webhook").register(meters);
        for (ZaloInbox.Acceptance outcome : ZaloInbox.Acceptance.values()) {
            acknowledged.put(outcome, Counter.builder("zalo.webhook.acknowledged").description("Zalo events acknowledged with 200")
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT).replace('_', '-')).register(meters));
        }
        for (String reason : REFUSALS) {
            rejected.put(reason, Counter.builder("zalo.webhook.rejected").description("Zalo webhook requests refused")
                    .tag("reason", reason).register(meters));
        }
    }

    @PostMapping("/webhooks/zalo")
    @Operation(summary = "Receive a signed Zalo OA event")
    ResponseEntity<?> receive(HttpServletRequest request,
                              @RequestHeader(name = "X-ZEvent-Signature", required = false) String signature) throws IOException {
        received.increment();
        // What the header alone can tell is judged before a byte of the body is read.
        if (!ZaloSignature.wellFormed(signature)) return refuse(HttpStatus.UNAUTHORIZED, "signature", "bad signature");
        if (request.getContentLengthLong() > MAX_BODY) return refuse(HttpStatus.CONTENT_TOO_LARGE, "too-large", "body over 64 KB");
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) return refuse(HttpStatus.CONTENT_TOO_LARGE, "too-large", "body over 64 KB");
        JsonNode event;
        try {
            event = json.readTree(body);
        } catch (JacksonException e) {
            return refuse(HttpStatus.BAD_REQUEST, "malformed", "malformed JSON");
        }
        String appId = text(event, "app_id");
        String timestamp = text(event, "timestamp");
        if (appId == null || timestamp == null || text(event, "event_name") == null) {
            return refuse(HttpStatus.BAD_REQUEST, "missing-fields", "app_id, timestamp and event_name are required");
        }
        if (!appId.equals(properties.oa().appId())
                || !ZaloSignature.matches(signature, appId, body, timestamp, properties.oa().secretKey())) {
            return refuse(HttpStatus.UNAUTHORIZED, "signature", "bad signature");
        }
        if (!fresh(timestamp)) return refuse(HttpStatus.UNAUTHORIZED, "stale", "timestamp outside the accepted window");
        ZaloInbox.Acceptance outcome;
        try {
            outcome = inbox.accept(event, new String(body, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            // Redis away: 503 (OutageErrors), and Zalo delivers the event again.
            count("unavailable");
            throw e;
        }
        acknowledged.get(outcome).increment();
        return ResponseEntity.ok(Map.of("status", "ok"));
    }

    /**
     * Within {@code zalo.webhook-max-age} after the event (24 h): Zalo retries an event it could not deliver for up to
     * about 12 hours (zalo-oa.md §2 Retries), and a retry after an outage must be taken, not refused. A replay within
     * the window is harmless: the inbox holds the event's id longer ({@link ZaloKeys#heldFor}) and drops it.
     */
    private boolean fresh(String timestamp) {
        try {
            Duration age = Duration.between(Instant.ofEpochMilli(Long.parseLong(timestamp)), clock.instant());
            return age.compareTo(properties.webhookMaxAge()) <= 0 && age.compareTo(ZaloKeys.CLOCK_SKEW.negated()) >= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The field's text (a number is read as its digits: Zalo sends timestamps either way), or null for anything else. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && (value.isString() || value.isIntegralNumber()) ? value.asString() : null;
    }

    /** @param reason one of {@link #REFUSALS} */
    private ResponseEntity<ApiError> refuse(HttpStatus status, String reason, String message) {
        count(reason);
        return ResponseEntity.status(status).body(new ApiError(status.value(), status.getReasonPhrase(), message, List.of()));
    }

    private void count(String reason) {
        rejected.get(reason).increment();
    }
}
