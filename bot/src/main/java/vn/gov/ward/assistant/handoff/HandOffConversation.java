package vn.gov.ward.assistant.handoff;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.conversation.ConversationEngine;
import vn.gov.ward.assistant.conversation.ConversationHandler;
import vn.gov.ward.assistant.conversation.Reply;

/** First in every conversation: a citizen in a hand-off talks to the officer; "gặp cán bộ" starts one. */
@Component
@Order(10)
class HandOffConversation implements ConversationHandler {

    private static final Set<String> ASKS = Set.of("gap can bo", "noi chuyen voi nguoi that", "gap nguoi that", "noi chuyen voi can bo",
            "gap nhan vien", "tro chuyen voi can bo", "can gap can bo", "toi muon gap can bo", "cho gap can bo");

    private final HandOffService handOff;
    private final StringRedisTemplate redis;

    HandOffConversation(HandOffService handOff, StringRedisTemplate redis) {
        this.handOff = handOff;
        this.redis = redis;
    }

    @Override
    public Optional<List<Reply>> handle(String conversationId, String text, String folded) {
        Optional<String> active = handOff.activeFor(conversationId);
        if (active.isPresent()) {
            String counter = "handoff:messages:{" + active.get() + "}";
            Long sequence = redis.opsForValue().increment(counter);
            redis.expire(counter, Duration.ofDays(1));
            handOff.forward(active.get(), conversationId, text, sequence == null ? 0 : sequence.intValue());
            return Optional.of(List.of());
        }
        if (text.equals(ConversationEngine.HAND_OFF) || ASKS.stream().anyMatch(folded::startsWith)) {
            return Optional.of(handOff.start(conversationId, text.equals(ConversationEngine.HAND_OFF) ? "Gặp cán bộ" : text));
        }
        return Optional.empty();
    }
}
