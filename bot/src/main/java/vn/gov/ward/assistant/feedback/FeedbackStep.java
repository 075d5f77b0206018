package vn.gov.ward.assistant.feedback;

import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.conversation.ConversationStep;
import vn.gov.ward.assistant.conversation.Outcome;
import vn.gov.ward.assistant.conversation.Turn;

/** "Phản ánh …", "kiến nghị …", "góp ý …" from a citizen opens a ticket. */
@Component
class FeedbackStep implements ConversationStep {

    private static final int MIN_CONTENT = 10;

    private final FeedbackService feedback;

    FeedbackStep(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @Override
    public Stage stage() {
        return Stage.FEEDBACK;
    }

    @Override
    public Outcome take(Turn turn) {
        String folded = turn.folded();
        Ticket.Kind kind = folded.startsWith("phan anh") ? Ticket.Kind.PHAN_ANH
                : folded.startsWith("kien nghi") ? Ticket.Kind.KIEN_NGHI
                : folded.startsWith("gop y") ? Ticket.Kind.GOP_Y : null;
        if (kind == null) return Outcome.pass();
        if (kind.contentOf(turn.text()).length() < MIN_CONTENT) {
            return Outcome.answer("Ông/Bà vui lòng gửi " + kind.label() + " trong một tin nhắn, bắt đầu bằng \""
                    + kind.label() + "\" rồi đến nội dung, ví dụ: \"" + kind.label() + " đèn đường tổ 5 bị hỏng đã một tuần\".");
        }
        Ticket ticket = feedback.open(turn.conversationId(), kind, turn.text());
        return Outcome.answer(feedback.acknowledgement(ticket));
    }
}
