package vn.gov.ward.assistant.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

import vn.gov.ward.assistant.procedure.ProcedureReplies;
import vn.gov.ward.assistant.procedure.Procedures;
import vn.gov.ward.knowledge.analysis.VietnameseText;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.search.Decision;
import vn.gov.ward.knowledge.search.SearchResult;

/**
 * The assistant's side of a conversation, whatever the channel: greets, helps, answers procedure
 * questions, asks which procedure is meant when the question is ambiguous, and answers follow-ups
 * ("phí bao nhiêu") about the procedure just discussed. Channels pass text in and render replies.
 */
@Service
public class ConversationEngine {

    private static final String PROCEDURE = "PROC:";
    private static final String DOCUMENTS = "DOCS:";
    private static final String ASPECT = "ASK:";
    private static final String HELP = "HELP";
    /** The payload of "Gặp cán bộ": a hand-off handler takes it. */
    public static final String HAND_OFF = "HANDOFF";
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d(?:[ .]?\\d){5,}");
    private static final Pattern NOT_A_DIGIT = Pattern.compile("\\D");
    // Every citizen message is folded: the patterns are compiled once.
    private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9/ ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> GREETINGS = Set.of("xin chao", "chao", "chao ban", "chao ad", "hi", "hello", "alo",
            "chao anh", "chao chi", "chao em", "xin chao ad");
    private static final Set<String> HELP_WORDS = Set.of("help", "/help", "/start", "giup", "tro giup", "huong dan", "menu",
            "giup toi", "giup em", "ban lam duoc gi", "hoi gi");
    private static final Set<String> STOP_NOTIFICATIONS = Set.of("dung thong bao", "tat thong bao", "huy thong bao", "stop");
    private static final Set<String> START_NOTIFICATIONS = Set.of("bat thong bao", "nhan thong bao", "mo thong bao");
    private static final int MAX_CHOICE_TITLE = 60;

    private final Procedures procedures;
    private final ProcedureReplies replies;
    private final ConversationStore store;
    private final DossierLookupDialogue dossierLookup;
    private final NotificationPreferences notifications;

    private final List<ConversationHandler> handlers;

    ConversationEngine(Procedures procedures, ProcedureReplies replies, ConversationStore store, DossierLookupDialogue dossierLookup,
                       NotificationPreferences notifications, List<ConversationHandler> handlers) {
        this.handlers = handlers;
        this.procedures = procedures;
        this.replies = replies;
        this.store = store;
        this.dossierLookup = dossierLookup;
        this.notifications = notifications;
    }

    /** The first message to a citizen who has just followed the ward's account. */
    public Reply welcome() {
        return greeting();
    }

    /**
     * A message from a channel whose conversation is its user (Zalo): the user is the client too.
     *
     * @param conversationId the channel and its user, e.g. {@code zalo:8412…}
     * @param message        what the citizen typed, or a button's payload
     */
    public List<Reply> handle(String conversationId, String message) {
        return handle(conversationId, conversationId, message);
    }

    /**
     * @param conversationId the channel and its user or session, e.g. {@code web:3f2a…}
     * @param client         who sends, as far as the channel can tell: the user, or the IP address where the
     *                       session is the sender's own choice (the web); failed dossier checks are limited per client
     * @param message        what the citizen typed, or a button's payload
     */
    public List<Reply> handle(String conversationId, String client, String message) {
        String text = VietnameseText.nfc(message == null ? "" : message).strip();
        List<Reply> replies = respond(conversationId, client, text);
        List<String> lines = new ArrayList<>();
        if (!text.isEmpty()) lines.add("Công dân: " + masked(text));
        replies.forEach(r -> lines.add("Trợ lý: " + masked(r.text())));
        store.remember(conversationId, lines);
        return replies;
    }

    /** The conversation's last lines, numbers that could identify the citizen masked, for an officer taking it over. */
    public List<String> transcript(String conversationId) {
        return store.transcript(conversationId);
    }

    /** Keeps the last three digits of long numbers (phone, ID card): an officer needs the gist, not the data. */
    static String masked(String text) {
        return LONG_NUMBER.matcher(text).replaceAll(m -> {
            String digits = NOT_A_DIGIT.matcher(m.group()).replaceAll("");
            return "*".repeat(digits.length() - 3) + digits.substring(digits.length() - 3);
        });
    }

    private List<Reply> respond(String conversationId, String client, String text) {
        if (text.isEmpty() || text.equals(HELP)) return List.of(help());
        String folded = fold(text);
        for (ConversationHandler handler : handlers) {
            Optional<List<Reply>> taken = handler.handle(conversationId, text, folded);
            if (taken.isPresent()) return taken.get();
        }
        if (text.startsWith(PROCEDURE)) return answerByCode(conversationId, text.substring(PROCEDURE.length()));
        if (text.startsWith(DOCUMENTS)) {
            return procedure(text.substring(DOCUMENTS.length()))
                    .map(p -> List.of(Reply.text(replies.documents(p, 0))))
                    .orElseGet(() -> List.of(help()));
        }
        if (text.startsWith(ASPECT)) return followUpPayload(conversationId, text.substring(ASPECT.length()));

        ConversationStore.State state = store.load(conversationId);
        Optional<List<Reply>> lookup = dossierLookup.handle(conversationId, client, text, state);
        if (lookup.isPresent()) return lookup.get();
        Optional<String> chosen = choiceByNumber(text, state);
        if (chosen.isPresent()) return answerByCode(conversationId, chosen.get());

        if (STOP_NOTIFICATIONS.contains(folded)) {
            notifications.optOut(conversationId);
            return List.of(Reply.text("Đã dừng thông báo về hồ sơ cho Ông/Bà. Khi muốn nhận lại, Ông/Bà gửi \"bật thông báo\"."));
        }
        if (START_NOTIFICATIONS.contains(folded)) {
            notifications.optIn(conversationId);
            return List.of(Reply.text("Đã bật lại thông báo về hồ sơ cho Ông/Bà."));
        }
        if (GREETINGS.contains(folded)) return List.of(greeting());
        if (HELP_WORDS.contains(folded)) return List.of(help());

        // "phí bao nhiêu" right after an answer is about that procedure, unless the rest names another one.
        Optional<Aspect> aspect = Aspect.in(text);
        if (aspect.isPresent() && state.procedureCode().isPresent()
                && procedures.search(Aspect.withoutAspects(text), 1).decision() == Decision.DECLINE) {
            return followUp(state.procedureCode().get(), aspect.get());
        }
        SearchResult result = procedures.search(text, 5);
        return switch (result.decision()) {
            case ANSWER -> answer(conversationId, result.choices().get(0).procedure());
            case CLARIFY -> clarify(conversationId, result);
            case DECLINE, REFER -> List.of(decline());
        };
    }

    private List<Reply> answerByCode(String conversationId, String code) {
        return procedure(code).map(p -> answer(conversationId, p)).orElseGet(() -> List.of(decline()));
    }

    private List<Reply> answer(String conversationId, Procedure p) {
        store.rememberProcedure(conversationId, p.code());
        List<Reply.Button> buttons = new ArrayList<>();
        if (p.documents().size() > ProcedureReplies.MAIN_DOCUMENTS) buttons.add(new Reply.Button("Xem đủ giấy tờ", DOCUMENTS + p.code()));
        if (p.sourceKind() != Procedure.SourceKind.INDEX_ONLY) {
            buttons.add(new Reply.Button("Nộp trực tuyến?", ASPECT + Aspect.ONLINE.name() + ":" + p.code()));
            buttons.add(new Reply.Button("Kết quả nhận được", ASPECT + Aspect.RESULT.name() + ":" + p.code()));
        }
        return List.of(new Reply(replies.summary(p), buttons));
    }

    private List<Reply> clarify(String conversationId, SearchResult result) {
        List<Procedure> choices = result.choices().stream().map(SearchResult.Hit::procedure).toList();
        store.rememberChoices(conversationId, choices.stream().map(Procedure::code).toList());
        StringBuilder text = new StringBuilder("Ông/Bà muốn hỏi thủ tục nào dưới đây? Vui lòng chọn hoặc trả lời bằng số thứ tự:");
        List<Reply.Button> buttons = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            Procedure p = choices.get(i);
            text.append("\n").append(i + 1).append(". ").append(p.name());
            buttons.add(new Reply.Button((i + 1) + ". " + shorten(p.name()), PROCEDURE + p.code()));
        }
        return List.of(new Reply(text.toString(), buttons));
    }

    private List<Reply> followUpPayload(String conversationId, String payload) {
        int colon = payload.indexOf(':');
        if (colon < 0) return List.of(help());
        try {
            Aspect aspect = Aspect.valueOf(payload.substring(0, colon));
            String code = payload.substring(colon + 1);
            if (procedure(code).isEmpty()) return List.of(help());
            store.rememberProcedure(conversationId, code);
            return followUp(code, aspect);
        } catch (IllegalArgumentException e) {
            return List.of(help());
        }
    }

    private List<Reply> followUp(String code, Aspect aspect) {
        Procedure p = procedure(code).orElseThrow();
        String answer = switch (aspect) {
            case FEE -> replies.fee(p);
            case TIME -> replies.time(p);
            case ONLINE -> replies.online(p);
            case DOCUMENTS -> replies.documents(p, 0);
            case WHERE -> replies.where(p);
            case RESULT -> replies.result(p);
        };
        return List.of(Reply.text(ProcedureReplies.about(p) + ":\n" + answer));
    }

    private Optional<String> choiceByNumber(String text, ConversationStore.State state) {
        if (state.choices().isEmpty() || !text.matches("\\d{1,2}")) return Optional.empty();
        int index = Integer.parseInt(text) - 1;
        return index >= 0 && index < state.choices().size() ? Optional.of(state.choices().get(index)) : Optional.empty();
    }

    private Optional<Procedure> procedure(String code) {
        return procedures.procedure(code.strip());
    }

    private Reply greeting() {
        return new Reply("Xin chào Ông/Bà! Tôi là trợ lý của " + replies.office() + ". Tôi có thể giúp gì cho Ông/Bà?\n\n"
                + helpBody(), examples());
    }

    private Reply help() {
        return new Reply("Tôi có thể giúp gì cho Ông/Bà?\n\n" + helpBody(), examples());
    }

    private static String helpBody() {
        return "Ông/Bà có thể hỏi về một thủ tục hành chính, ví dụ \"làm giấy khai sinh cần gì\", \"đăng ký tạm trú\", "
                + "\"chứng thực bản sao mất bao lâu\". Tôi sẽ cho biết giấy tờ cần chuẩn bị, thời hạn, lệ phí, nơi nộp "
                + "và đường dẫn chính thức. Có thể gõ không dấu.\n\nĐể tra cứu hồ sơ đã nộp, Ông/Bà gửi mã hồ sơ ghi trên "
                + "Giấy tiếp nhận hồ sơ.";
    }

    private static List<Reply.Button> examples() {
        return List.of(new Reply.Button("Tra cứu hồ sơ", "tra cứu hồ sơ"),
                new Reply.Button("Đăng ký khai sinh", "đăng ký khai sinh"),
                new Reply.Button("Đăng ký tạm trú", "đăng ký tạm trú"),
                new Reply.Button("Chứng thực bản sao", "chứng thực bản sao"));
    }

    private Reply decline() {
        return new Reply("Xin lỗi Ông/Bà, tôi chưa tìm thấy thủ tục phù hợp với câu hỏi này trong danh mục thủ tục của phường. "
                + "Ông/Bà có thể hỏi lại với tên thủ tục cụ thể (ví dụ \"đăng ký kết hôn\"), hoặc liên hệ "
                + replies.office() + " để được hướng dẫn, hoặc bấm \"Gặp cán bộ\" để trao đổi với cán bộ.",
                List.of(new Reply.Button("Xem hướng dẫn", HELP), new Reply.Button("Gặp cán bộ", HAND_OFF)));
    }

    /** Lower case without tone marks or punctuation, spaces collapsed: how phrases are matched. */
    public static String fold(String text) {
        return SPACES.matcher(NOT_A_WORD.matcher(VietnameseText.fold(text)).replaceAll(" ").strip()).replaceAll(" ");
    }

    private static String shorten(String name) {
        String n = name.replaceFirst("^Thủ tục ", "");
        return n.length() <= MAX_CHOICE_TITLE ? n : n.substring(0, MAX_CHOICE_TITLE - 1).strip() + "…";
    }
}
