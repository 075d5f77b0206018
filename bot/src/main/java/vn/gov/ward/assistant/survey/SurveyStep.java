package vn.gov.ward.assistant.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.conversation.ButtonPayload;
import vn.gov.ward.assistant.conversation.CitizenMessages;
import vn.gov.ward.assistant.conversation.ConversationStep;
import vn.gov.ward.assistant.conversation.Outcome;
import vn.gov.ward.assistant.conversation.Reply;
import vn.gov.ward.assistant.conversation.Turn;

/**
 * A citizen's answers to the satisfaction survey in the chat: a score, then what mattered most or a
 * comment (the next message within ten minutes), or skip. A second score changes nothing and is
 * answered politely.
 */
@Component
class SurveyStep implements ConversationStep {

    private final SurveyService surveys;

    SurveyStep(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Override
    public Stage stage() {
        return Stage.SURVEY;
    }

    @Override
    public Outcome take(Turn turn) {
        Optional<ButtonPayload> payload = turn.payload();
        if (payload.isPresent() && payload.get() instanceof ButtonPayload.Rating rating) {
            return rate(turn.conversationId(), rating.dossierCode(), rating.score());
        }
        if (payload.isPresent() && payload.get() instanceof ButtonPayload.RatingAspect chosen) {
            Optional<Rating.Aspect> aspect = Rating.Aspect.named(chosen.aspect());
            if (aspect.isEmpty()) return Outcome.silent();
            surveys.aspect(chosen.dossierCode(), aspect.get());
            return Outcome.answer("Cảm ơn Ông/Bà. Nếu muốn, Ông/Bà gõ thêm góp ý ngay bây giờ.");
        }
        if (payload.isPresent() && payload.get() instanceof ButtonPayload.RatingSkipped) {
            surveys.commentSkipped(turn.conversationId());
            return Outcome.answer("Cảm ơn Ông/Bà đã dành thời gian đánh giá!");
        }
        Optional<String> awaiting = surveys.takeAwaitedComment(turn.conversationId());
        if (awaiting.isPresent() && payload.isEmpty()) {
            surveys.comment(awaiting.get(), turn.text());
            boolean low = surveys.rating(awaiting.get()).filter(r -> r.score() <= 2).isPresent();
            return Outcome.answer(low ? "Phường đã ghi nhận ý kiến của Ông/Bà và chuyển tới lãnh đạo phụ trách."
                    : "Cảm ơn Ông/Bà đã góp ý. Ý kiến của Ông/Bà giúp phường phục vụ tốt hơn.");
        }
        return Outcome.pass();
    }

    private Outcome rate(String conversationId, String code, int score) {
        return switch (surveys.rate(code, score, CitizenMessages.channelOf(conversationId), null, null, conversationId)) {
            case ALREADY_RATED -> Outcome.answer("Ông/Bà đã đánh giá hồ sơ " + code + " rồi; mỗi hồ sơ chỉ đánh giá một lần. "
                    + "Cảm ơn Ông/Bà!");
            case NOT_SURVEYED -> Outcome.answer("Xin lỗi Ông/Bà, không tìm thấy phiếu đánh giá cho hồ sơ này.");
            case RECORDED -> {
                surveys.awaitComment(conversationId, code);
                List<Reply.Button> buttons = new ArrayList<>();
                for (Rating.Aspect aspect : Rating.Aspect.values()) {
                    buttons.add(new Reply.Button(aspect.label(), new ButtonPayload.RatingAspect(code, aspect.name()).wire()));
                }
                buttons.add(new Reply.Button("Bỏ qua", new ButtonPayload.RatingSkipped(code).wire()));
                String text = score <= 2 ? surveys.regret(code) + " Điều gì khiến Ông/Bà chưa hài lòng nhất? Ông/Bà cũng có thể gõ thêm ý kiến."
                        : "Cảm ơn Ông/Bà đã đánh giá \"" + Rating.LABELS[score - 1] + "\"! Điều gì Ông/Bà quan tâm nhất? "
                        + "Ông/Bà cũng có thể gõ góp ý thêm (không bắt buộc).";
                yield Outcome.answer(new Reply(text, buttons));
            }
        };
    }
}
