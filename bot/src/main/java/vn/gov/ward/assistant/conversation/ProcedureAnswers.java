package vn.gov.ward.assistant.conversation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.procedure.ProcedureReplies;
import vn.gov.ward.knowledge.catalogue.Procedure;

/**
 * Replies about procedures, remembering what the conversation is about: the full answer (with the
 * buttons that go deeper), the choice among close procedures, one aspect of a procedure.
 */
@Component
class ProcedureAnswers {

    private static final int MAX_CHOICE_TITLE = 60;

    private final ProcedureReplies replies;
    private final ConversationStore store;

    ProcedureAnswers(ProcedureReplies replies, ConversationStore store) {
        this.replies = replies;
        this.store = store;
    }

    /** The full answer to a tapped or numbered choice; follow-ups are about this procedure from now on. */
    Outcome answer(String conversationId, Procedure p) {
        store.rememberProcedure(conversationId, p.code());
        return fullAnswer(p);
    }

    /** The full answer to a citizen's question, remembered with the question. */
    Outcome answer(String conversationId, Procedure p, String question) {
        store.rememberAnswer(conversationId, p.code(), question);
        return fullAnswer(p);
    }

    private Outcome fullAnswer(Procedure p) {
        List<Reply.Button> buttons = new ArrayList<>();
        if (p.sourceKind() != Procedure.SourceKind.INDEX_ONLY) {
            if (replies.moreDocuments(p)) buttons.add(new Reply.Button("Xem đủ giấy tờ", new ButtonPayload.DocumentsOf(p.code()).wire()));
            buttons.add(new Reply.Button("Nộp trực tuyến?", new ButtonPayload.AspectOf(Aspect.ONLINE, p.code()).wire()));
            buttons.add(new Reply.Button("Kết quả nhận được", new ButtonPayload.AspectOf(Aspect.RESULT, p.code()).wire()));
            if (replies.hasBasis(p)) buttons.add(basisButton(p));
        }
        buttons.add(unhelpful(p));
        return Outcome.answer(new Reply(replies.summary(p), buttons));
    }

    /** Close procedures to choose from, by button or by number. */
    Outcome clarify(String conversationId, List<Procedure> choices, String question) {
        store.rememberChoices(conversationId, choices.stream().map(Procedure::code).toList(), question);
        StringBuilder text = new StringBuilder("Ông/Bà muốn hỏi thủ tục nào dưới đây? Vui lòng chọn hoặc trả lời bằng số thứ tự:");
        List<Reply.Button> buttons = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            Procedure p = choices.get(i);
            text.append("\n").append(i + 1).append(". ").append(p.name());
            buttons.add(new Reply.Button((i + 1) + ". " + shorten(p.name()), new ButtonPayload.ProcedureByCode(p.code()).wire()));
        }
        return Outcome.answer(new Reply(text.toString(), buttons));
    }

    /** One aspect of the procedure: "Về thủ tục đăng ký khai sinh:\nLệ phí: …"; the documents and the legal basis in full. */
    Outcome aspect(Procedure p, Aspect aspect) {
        if (aspect == Aspect.DOCUMENTS) return documents(p);
        if (aspect == Aspect.BASIS) return messages(replies.basis(p));
        String answer = switch (aspect) {
            case FEE -> replies.fee(p);
            case TIME -> replies.time(p);
            case ONLINE -> replies.online(p);
            case WHERE -> replies.where(p);
            default -> replies.result(p);
        };
        List<Reply.Button> buttons = aspect == Aspect.FEE && replies.hasBasis(p) ? List.of(basisButton(p), unhelpful(p)) : List.of(unhelpful(p));
        return Outcome.answer(new Reply(ProcedureReplies.about(p) + ":\n" + answer, buttons));
    }

    /** Every document of the procedure, whole, in as many messages as the channels need. */
    Outcome documents(Procedure p) {
        return messages(replies.documents(p));
    }

    private static Outcome messages(List<String> texts) {
        return new Outcome.Answer(texts.stream().map(Reply::text).toList());
    }

    /** The one-tap "was it useful?" under every answer about a procedure (with at most four others: Zalo shows five). */
    private static Reply.Button unhelpful(Procedure p) {
        return new Reply.Button("Chưa hữu ích", new ButtonPayload.Unhelpful(p.code()).wire());
    }

    private static Reply.Button basisButton(Procedure p) {
        return new Reply.Button("Căn cứ", new ButtonPayload.AspectOf(Aspect.BASIS, p.code()).wire());
    }

    private static String shorten(String name) {
        String n = name.replaceFirst("^Thủ tục ", "");
        return n.length() <= MAX_CHOICE_TITLE ? n : n.substring(0, MAX_CHOICE_TITLE - 1).strip() + "…";
    }
}
