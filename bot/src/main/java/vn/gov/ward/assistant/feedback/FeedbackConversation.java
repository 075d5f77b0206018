package vn.gov.ward.assistant.feedback;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.conversation.ConversationHandler;
import vn.gov.ward.assistant.conversation.Reply;

/** "Phản ánh …", "kiến nghị …", "góp ý …" from a citizen opens a ticket. */
@Component
@Order(30)
class FeedbackConversation implements ConversationHandler {

    private static final int MIN_CONTENT = 10;

    private final FeedbackService feedback;

    FeedbackConversation(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @Override
    public Optional<List<Reply>> handle(String conversationId, String text, String folded) {
        Ticket.Kind kind = folded.startsWith("phan anh") ? Ticket.Kind.PHAN_ANH
                : folded.startsWith("kien nghi") ? Ticket.Kind.KIEN_NGHI
                : folded.startsWith("gop y") ? Ticket.Kind.GOP_Y : null;
        if (kind == null) return Optional.empty();
        if (kind.contentOf(text).length() < MIN_CONTENT) {
            return Optional.of(List.of(Reply.text("Ông/Bà vui lòng gửi " + kind.label() + " trong một tin nhắn, bắt đầu bằng \""
                    + kind.label() + "\" rồi đến nội dung, ví dụ: \"" + kind.label() + " đèn đường tổ 5 bị hỏng đã một tuần\".")));
        }
        Ticket ticket = feedback.open(conversationId, kind, text.strip());
        return Optional.of(List.of(Reply.text(feedback.acknowledgement(ticket))));
    }
}
