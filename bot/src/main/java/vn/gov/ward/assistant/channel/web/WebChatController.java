package vn.gov.ward.assistant.channel.web;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.gov.ward.assistant.conversation.ConversationEngine;
import vn.gov.ward.assistant.conversation.ConversationUnavailable;
import vn.gov.ward.assistant.conversation.Reply;
import vn.gov.ward.assistant.redis.RedisOutage;

/** The web chat channel: the page served at / talks to this endpoint. */
@RestController
@RequestMapping("/api/v1/chat")
@Tag(name = "Web chat", description = "The web page's channel into the conversation engine")
class WebChatController {

    static final String SESSION = "[A-Za-z0-9_-]{8,64}";

    private final ConversationEngine engine;
    private final WebInbox inbox;

    WebChatController(ConversationEngine engine, WebInbox inbox) {
        this.engine = engine;
        this.inbox = inbox;
    }

    @PostMapping
    @Operation(summary = "Send a message (or a button's payload) and get the assistant's replies")
    ChatResponse chat(@Valid @RequestBody ChatRequest request, HttpServletRequest http) {
        // The session id is the page's own choice: the client is the address it comes from.
        return new ChatResponse(engine.handle("web:" + request.sessionId(), "web-ip:" + http.getRemoteAddr(), request.text()));
    }

    @GetMapping("/welcome")
    @Operation(summary = "The assistant's greeting, with its buttons, for the page to show when it opens")
    ChatResponse welcome() {
        return new ChatResponse(List.of(engine.welcome()));
    }

    /** A message that needed Redis while it was away: 503 with the moment to try again, and a polite word for the page. */
    @ExceptionHandler(ConversationUnavailable.class)
    ResponseEntity<ChatResponse> unavailable(ConversationUnavailable e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(RedisOutage.RETRY_AFTER.toSeconds()))
                .body(new ChatResponse(List.of(e.reply())));
    }

    @GetMapping("/{sessionId}/updates")
    @Operation(summary = "Messages that arrived for the session since it last asked (an officer's answer); the page polls this")
    ChatResponse updates(@PathVariable @Pattern(regexp = SESSION, message = "8 to 64 letters, digits, '-' or '_'") String sessionId) {
        return new ChatResponse(inbox.collect(sessionId));
    }

    /**
     * @param sessionId chosen by the page, kept for the conversation
     */
    record ChatRequest(
            @NotBlank @Pattern(regexp = SESSION, message = "8 to 64 letters, digits, '-' or '_'") String sessionId,
            @NotBlank @Size(max = 1000) String text) {
    }

    record ChatResponse(List<Reply> replies) {
    }
}
