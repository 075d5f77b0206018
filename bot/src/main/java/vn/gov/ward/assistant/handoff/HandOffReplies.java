package vn.gov.ward.assistant.handoff;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerReplies;

/** The officer's side of a hand-off: Telegram replies reach the citizen; "Kết thúc" ends it. */
@Component
class HandOffReplies implements OfficerReplies {

    private final HandOffService handOff;

    HandOffReplies(HandOffService handOff) {
        this.handOff = handOff;
    }

    @Override
    public boolean reply(Officer officer, String repliedTo, String text, String idempotencyKey) {
        return handOff.answer(repliedTo, officer, text, idempotencyKey);
    }

    @Override
    public Optional<Pressed> button(Officer officer, String data) {
        if (!data.startsWith("ENDHO:")) return Optional.empty();
        String id = data.substring("ENDHO:".length());
        return Optional.of(handOff.end(id, officer) ? new Pressed("Đã kết thúc " + id + ".", officer.name() + " đã kết thúc trao đổi")
                : Pressed.answer(id + " đã kết thúc trước đó."));
    }
}
