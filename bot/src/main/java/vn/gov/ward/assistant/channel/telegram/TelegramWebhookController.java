package vn.gov.ward.assistant.channel.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Telegram's webhook (with {@code telegram.mode=webhook}): the secret token is checked in constant
 * time from the header before the body is read, the update read with the library's own (Jackson 2) types,
 * and 200 returned at once; the update is handled on the assistant's thread. A wrong secret gets 401; an
 * unreadable body, or one that is no update ({@code null}), 400.
 */
@RestController
@Hidden
@ConditionalOnExpression("${telegram.enabled:false} and '${telegram.mode:polling}'.equalsIgnoreCase('webhook')")
class TelegramWebhookController {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final ObjectMapper UPDATES = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final byte[] secret;
    private final TelegramUpdates updates;

    TelegramWebhookController(TelegramProperties properties, TelegramUpdates updates) {
        this.secret = properties.webhookSecret().getBytes(StandardCharsets.UTF_8);
        this.updates = updates;
    }

    /** The secret is checked from the header before a byte of the body is read (which the web layer caps at 64 KB). */
    @PostMapping("/webhooks/telegram")
    ResponseEntity<Void> receive(@RequestHeader(name = SECRET_HEADER, required = false) String token, HttpServletRequest request)
            throws IOException {
        if (token == null || !MessageDigest.isEqual(secret, token.getBytes(StandardCharsets.UTF_8))) return ResponseEntity.status(401).build();
        Update update;
        try (InputStream body = request.getInputStream()) {
            update = UPDATES.readValue(body, Update.class);
        } catch (JacksonException | IllegalArgumentException e) {
            // Not JSON, or JSON the library's types cannot take.
            return ResponseEntity.badRequest().build();
        }
        // Telegram numbers every update; one without its number cannot be handled once.
        if (update == null || update.getUpdateId() == null) return ResponseEntity.badRequest().build();
        updates.consume(List.of(update));
        return ResponseEntity.ok().build();
    }
}
