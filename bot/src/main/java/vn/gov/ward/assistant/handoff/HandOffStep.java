package vn.gov.ward.assistant.handoff;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.conversation.ButtonPayload;
import vn.gov.ward.assistant.conversation.ConversationStep;
import vn.gov.ward.assistant.conversation.Outcome;
import vn.gov.ward.assistant.conversation.Turn;

/** First in every conversation: a citizen in a hand-off talks to the officer, whatever they send; "gặp cán bộ" starts one. */
@Component
class HandOffStep implements ConversationStep {

    private static final Set<String> ASKS = Set.of("gap can bo", "noi chuyen voi nguoi that", "gap nguoi that", "noi chuyen voi can bo",
            "gap nhan vien", "tro chuyen voi can bo", "can gap can bo", "toi muon gap can bo", "cho gap can bo");

    private final HandOffService handOff;

    HandOffStep(HandOffService handOff) {
        this.handOff = handOff;
    }

    @Override
    public Stage stage() {
        return Stage.HAND_OFF;
    }

    @Override
    public Outcome take(Turn turn) {
        Optional<String> active = handOff.activeFor(turn.conversationId());
        if (active.isPresent()) {
            if (!turn.text().isEmpty()) handOff.forward(active.get(), turn.conversationId(), turn.readable());
            return Outcome.silent();
        }
        boolean button = turn.payload().filter(ButtonPayload.HandOff.class::isInstance).isPresent();
        if (button || ASKS.stream().anyMatch(turn.folded()::startsWith)) {
            // "Gặp cán bộ" alone says nothing the officer needs; more than that is the question itself.
            return Outcome.answer(handOff.start(turn.conversationId(), button || ASKS.contains(turn.folded()) ? "" : turn.text()));
        }
        return Outcome.pass();
    }
}
