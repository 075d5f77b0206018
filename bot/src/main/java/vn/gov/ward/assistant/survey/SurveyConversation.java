package vn.gov.ward.assistant.survey;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.conversation.CitizenMessages;
import vn.gov.ward.assistant.conversation.ConversationHandler;
import vn.gov.ward.assistant.conversation.Reply;

/**
 * The survey in the chat: a tap on 1–5 ({@code RATE:code:score}) records the rating, then the citizen
 * may pick what mattered ({@code RATEASPECT:code:ASPECT}) and write a comment (the next message within
 * ten minutes), or skip ({@code RATESKIP:code}). A second tap changes nothing and is answered politely.
 */
@Component
@Order(20)
class SurveyConversation implements ConversationHandler {

    private static final Duration COMMENT_WINDOW = Duration.ofMinutes(10);

    private final SurveyService surveys;
    private final StringRedisTemplate redis;

    SurveyConversation(SurveyService surveys, StringRedisTemplate redis) {
        this.surveys = surveys;
        this.redis = redis;
    }

    @Override
    public Optional<List<Reply>> handle(String conversationId, String text, String folded) {
        String[] parts = text.split(":");
        if (text.startsWith("RATE:") && parts.length == 3 && parts[2].matches("[1-5]")) {
            return Optional.of(rate(conversationId, parts[1], Integer.parseInt(parts[2])));
        }
        if (text.startsWith("RATEASPECT:") && parts.length == 3) {
            try {
                surveys.aspect(parts[1], Rating.Aspect.valueOf(parts[2]));
            } catch (IllegalArgumentException e) {
                return Optional.of(List.of());
            }
            return Optional.of(List.of(Reply.text("Cảm ơn Ông/Bà. Nếu muốn, Ông/Bà gõ thêm góp ý ngay bây giờ.")));
        }
        if (text.startsWith("RATESKIP:")) {
            redis.delete(commentKey(conversationId));
            return Optional.of(List.of(Reply.text("Cảm ơn Ông/Bà đã dành thời gian đánh giá!")));
        }
        String awaiting = redis.opsForValue().getAndDelete(commentKey(conversationId));
        if (awaiting != null && !text.matches("[A-Z]+:.*")) {
            surveys.comment(awaiting, text);
            return Optional.of(List.of(Reply.text("Cảm ơn Ông/Bà đã góp ý. Ý kiến của Ông/Bà giúp phường phục vụ tốt hơn.")));
        }
        return Optional.empty();
    }

    private List<Reply> rate(String conversationId, String code, int score) {
        return switch (surveys.rate(code, score, CitizenMessages.channelOf(conversationId), null, null, conversationId)) {
            case ALREADY_RATED -> List.of(Reply.text("Ông/Bà đã đánh giá hồ sơ " + code + " rồi; mỗi hồ sơ chỉ đánh giá một lần. "
                    + "Cảm ơn Ông/Bà!"));
            case NOT_SURVEYED -> List.of(Reply.text("Xin lỗi Ông/Bà, không tìm thấy phiếu đánh giá cho hồ sơ này."));
            case RECORDED -> {
                redis.opsForValue().set(commentKey(conversationId), code, COMMENT_WINDOW);
                List<Reply.Button> buttons = new ArrayList<>();
                for (Rating.Aspect aspect : Rating.Aspect.values()) {
                    buttons.add(new Reply.Button(aspect.label(), "RATEASPECT:" + code + ":" + aspect.name()));
                }
                buttons.add(new Reply.Button("Bỏ qua", "RATESKIP:" + code));
                yield List.of(new Reply("Cảm ơn Ông/Bà đã đánh giá \"" + Rating.LABELS[score - 1] + "\"! Điều gì Ông/Bà quan tâm nhất? "
                        + "Ông/Bà cũng có thể gõ góp ý thêm (không bắt buộc).", buttons));
            }
        };
    }

    private static String commentKey(String conversationId) {
        return "survey:awaiting-comment:{" + conversationId + "}";
    }
}
