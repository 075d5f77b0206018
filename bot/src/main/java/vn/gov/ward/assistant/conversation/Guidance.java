package vn.gov.ward.assistant.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.procedure.ProcedureReplies;
import vn.gov.ward.assistant.procedure.Procedures;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.search.Referral;

/**
 * What the assistant says to orient a citizen: the greeting with the ward's chosen procedures as buttons, help,
 * the polite "not found", a referral, and what to say when a question about the procedure in hand is not answered
 * by its official text.
 */
@Component
class Guidance implements SmartInitializingSingleton {

    private final ProcedureReplies replies;
    private final Procedures procedures;
    private final WelcomeProperties welcome;

    Guidance(ProcedureReplies replies, Procedures procedures, WelcomeProperties welcome) {
        this.replies = replies;
        this.procedures = procedures;
        this.welcome = welcome;
    }

    /** A greeting button that names no procedure of the catalogue would answer nothing: the start stops. */
    @Override
    public void afterSingletonsInstantiated() {
        for (WelcomeProperties.Shortcut s : welcome.procedures()) {
            if (procedures.procedure(s.code()).isEmpty()) {
                throw new IllegalStateException("assistant.welcome.procedures: no procedure " + s.code() + " (\"" + s.title()
                        + "\") in the catalogue");
            }
        }
    }

    Reply greeting() {
        return new Reply("Xin chào Ông/Bà! Tôi là trợ lý của " + replies.office() + ". Tôi có thể giúp gì cho Ông/Bà?\n\n"
                + helpBody(), examples());
    }

    Reply help() {
        return new Reply("Tôi có thể giúp gì cho Ông/Bà?\n\n" + helpBody(), examples());
    }

    Reply decline() {
        return new Reply("Xin lỗi Ông/Bà, tôi chưa tìm thấy thủ tục phù hợp với câu hỏi này trong danh mục thủ tục của phường. "
                + "Ông/Bà có thể hỏi lại với tên thủ tục cụ thể (ví dụ \"đăng ký kết hôn\"), hoặc liên hệ "
                + replies.office() + " để được hướng dẫn, hoặc bấm \"Gặp cán bộ\" để trao đổi với cán bộ.",
                List.of(new Reply.Button("Xem hướng dẫn", new ButtonPayload.Help().wire()),
                        new Reply.Button("Gặp cán bộ", new ButtonPayload.HandOff().wire())));
    }

    /** After "Chưa hữu ích": thanks, and the ways on. */
    Reply unhelpfulNoted() {
        return new Reply("Cảm ơn Ông/Bà đã cho biết. Cán bộ phường sẽ xem lại câu hỏi này để trợ lý trả lời tốt hơn. "
                + "Ông/Bà có thể hỏi lại theo cách khác (ví dụ nêu rõ việc cần làm), liên hệ " + replies.office()
                + ", hoặc bấm \"Gặp cán bộ\" để trao đổi ngay.",
                List.of(new Reply.Button("Gặp cán bộ", new ButtonPayload.HandOff().wire())));
    }

    /** An aspect asked with no procedure in the conversation: which one? */
    Reply whichProcedure(Aspect aspect) {
        String text = "Ông/Bà muốn hỏi " + aspect.asked() + " của thủ tục nào? Vui lòng nhắn kèm tên thủ tục, ví dụ \""
                + aspect.asked() + " đăng ký kết hôn\".";
        if (aspect == Aspect.RESULT) text += "\nĐể biết hồ sơ đã nộp có kết quả chưa, Ông/Bà gửi mã hồ sơ ghi trên Giấy tiếp nhận hồ sơ.";
        return Reply.text(text);
    }

    /** A question about the procedure in hand that its official text does not answer: say so, and who can. */
    Reply notInOfficialText(Procedure p) {
        return new Reply(ProcedureReplies.about(p) + ", thông tin chính thức chưa nói rõ điều Ông/Bà hỏi. Ông/Bà vui lòng liên hệ "
                + replies.office() + " hoặc bấm \"Gặp cán bộ\" để được giải đáp.",
                List.of(new Reply.Button("Gặp cán bộ", new ButtonPayload.HandOff().wire())));
    }

    /** The sentence of the procedure's official text that answers the question, quoted. */
    Reply fromOfficialText(Procedure p, String passage) {
        return new Reply(ProcedureReplies.about(p) + ", hướng dẫn chính thức ghi:\n«" + passage + "»\nNếu cần rõ hơn, Ông/Bà liên hệ "
                + replies.office() + ".", List.of(new Reply.Button("Gặp cán bộ", new ButtonPayload.HandOff().wire())));
    }

    /**
     * Another agency's service: who handles it, at which level, where online, and what that rests on; the
     * step of it the ward does, if any, as buttons.
     */
    Reply referral(Referral r, List<Procedure> wardSteps) {
        StringBuilder text = new StringBuilder("Việc ").append(lowerFirst(r.service()))
                .append(" không thuộc thẩm quyền giải quyết của ").append(replies.office()).append(".")
                .append("\n🏛 Nơi giải quyết: ").append(r.handledBy());
        if (r.level() != null && !r.level().isBlank()) text.append(" (").append(r.level()).append(")");
        if (r.online() != null && !r.online().isBlank()) text.append("\n🌐 Nộp trực tuyến: ").append(r.online());
        if (r.basis() != null && !r.basis().isBlank()) text.append("\n📜 Căn cứ: ").append(r.basis());
        List<Reply.Button> buttons = new ArrayList<>();
        if (!wardSteps.isEmpty()) {
            // "thủ tục …" in the text, the name alone on its button.
            List<String> named = wardSteps.stream().map(p -> withoutAsides(ProcedureReplies.about(p).replaceFirst("^Về ", ""))).toList();
            text.append("\nPhường có tiếp nhận: ").append(String.join("; ", named)).append(".");
            for (int i = 0; i < wardSteps.size(); i++) {
                buttons.add(new Reply.Button(shorten(named.get(i).replaceFirst("^thủ tục ", "")),
                        new ButtonPayload.ProcedureByCode(wardSteps.get(i).code()).wire()));
            }
        }
        text.append("\nNếu cần hướng dẫn thêm, Ông/Bà liên hệ ").append(replies.office()).append(".");
        buttons.add(new Reply.Button("Gặp cán bộ", new ButtonPayload.HandOff().wire()));
        return new Reply(text.toString(), buttons);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * A name without its bracketed lists, read on a phone: "cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV
     * (Công trình không theo tuyến/…/Dự án) và nhà ở riêng lẻ" keeps what tells the citizen it is theirs; the colon some
     * names end with goes too.
     */
    private static String withoutAsides(String name) {
        return ASIDE.matcher(name).replaceAll("").replaceAll("[\\s:;,.]+$", "");
    }

    private static final Pattern ASIDE = Pattern.compile("\\s*\\([^()]*\\)");

    private static String shorten(String name) {
        return name.length() <= 60 ? name : name.substring(0, 59).strip() + "…";
    }

    private static String helpBody() {
        return "Ông/Bà có thể hỏi về một thủ tục hành chính, ví dụ \"làm giấy khai sinh cần gì\", \"đăng ký tạm trú\", "
                + "\"chứng thực bản sao mất bao lâu\". Tôi sẽ cho biết giấy tờ cần chuẩn bị, thời hạn, lệ phí, nơi nộp "
                + "và đường dẫn chính thức. Có thể gõ không dấu.\n\nĐể tra cứu hồ sơ đã nộp, Ông/Bà gửi mã hồ sơ ghi trên "
                + "Giấy tiếp nhận hồ sơ.";
    }

    /** The dossier lookup, then the ward's chosen procedures: each button carries its code, never text to search again. */
    private List<Reply.Button> examples() {
        List<Reply.Button> buttons = new ArrayList<>();
        buttons.add(new Reply.Button("Tra cứu hồ sơ", "tra cứu hồ sơ"));
        welcome.procedures().forEach(s -> buttons.add(new Reply.Button(s.title(), new ButtonPayload.ProcedureByCode(s.code()).wire())));
        return buttons;
    }
}
