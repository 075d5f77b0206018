package vn.gov.ward.assistant.feedback;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerReplies;

/** An officer's Telegram reply to a ticket message answers the citizen; "Đóng phản ánh" closes the ticket. */
@Component
class FeedbackReplies implements OfficerReplies {

    private final FeedbackService feedback;

    FeedbackReplies(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @Override
    public boolean reply(Officer officer, String repliedTo, String text, String idempotencyKey) {
        return FeedbackService.codeIn(repliedTo).map(code -> feedback.answer(code, officer, text, idempotencyKey)).orElse(false);
    }

    @Override
    public Optional<Pressed> button(Officer officer, String data) {
        if (!data.startsWith("CLOSE:")) return Optional.empty();
        String code = data.substring("CLOSE:".length());
        return Optional.of(feedback.close(code).map(t -> new Pressed("Đã đóng " + code + ".", officer.name() + " đã đóng " + code)).orElse(Pressed.answer("Không tìm thấy " + code + ".")));
    }
}
