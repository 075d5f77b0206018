package vn.gov.ward.assistant.conversation;

/**
 * A message that needed Redis while it was away (a dossier lookup, a ticket, a hand-off): nothing was done
 * and the citizen is asked to send it again shortly. The web answers 503 with {@link #reply}; the Zalo inbox
 * leaves the event to be handled again.
 */
public class ConversationUnavailable extends RuntimeException {

    public ConversationUnavailable(Throwable cause) {
        super("The conversation store is unavailable", cause);
    }

    /** What the citizen reads. */
    public Reply reply() {
        return Reply.text("Xin lỗi Ông/Bà, hệ thống đang gián đoạn trong giây lát nên chưa xử lý được tin nhắn này. "
                + "Ông/Bà vui lòng gửi lại sau ít phút. Các câu hỏi về thủ tục hành chính vẫn được trả lời bình thường.");
    }
}
