package vn.gov.ward.assistant.conversation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierCodes;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.procedure.ProcedureReplies;

/**
 * A citizen looks up their dossier by its code. Nothing is shown before the citizen proves to be
 * the applicant (the last 4 digits of the applicant's phone, or the Zalo user tied to the dossier);
 * a wrong code and a wrong check get the same answer, and repeated failures lock the lookup for a
 * while ({@link LookupGuard}). "Hồ sơ của tôi đến đâu rồi" from a Zalo user tied to dossiers shows
 * them without a code; from anyone else it asks for the code. On Zalo, a lookup of a dossier no Zalo
 * user is tied to offers to share the phone.
 */
@Component
class DossierLookupDialogue implements ConversationStep {

    private static final Pattern CHECK_DIGITS = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Set<String> LOOKUP_WORDS = Set.of("tra cuu ho so", "tra cuu", "kiem tra ho so", "xem ho so",
            "ho so cua toi", "tinh trang ho so", "trang thai ho so", "tra ho so");
    /** With "hồ sơ", what asks where one's own dossier is ("hồ sơ của tôi đến đâu rồi", "hồ sơ xong chưa"). */
    private static final List<String> ASKS_WHERE = List.of("cua toi", "cua em", "cua minh", "cua tui", "den dau", "the nao roi", "xong chua",
            "ra sao", "tinh trang", "trang thai", "tra cuu", "kiem tra", "bao gio xong", "khi nao xong", "khi nao co ket qua", "dang o dau");
    private static final int LISTED = 5;

    /**
     * After a lookup on Zalo of a dossier no Zalo user is tied to: sharing the phone ties the chat to the dossiers of
     * that phone, so status notices reach it and lookups need no check digits. The channel asks once per user.
     */
    private static final Reply PHONE_LINK_OFFER = new Reply("Ông/Bà có thể chia sẻ số điện thoại đã đăng ký khi nộp hồ sơ để "
            + "nhận thông báo qua Zalo khi hồ sơ thay đổi trạng thái và tra cứu mà không cần nhập 4 số cuối điện thoại.",
            List.of(new Reply.Button("Nhận thông báo hồ sơ qua Zalo", new ButtonPayload.SharePhone().wire())));

    private final DossierCodes codes;
    private final DossierService dossiers;
    private final ConversationStore store;
    private final ProcedureReplies replies;
    private final DossierStatusReply statusReply;
    private final LookupGuard guard;
    private final LookupAlerts alerts;
    private final LookupGuardProperties limits;

    DossierLookupDialogue(DossierCodes codes, DossierService dossiers, ConversationStore store, ProcedureReplies replies,
                          DossierStatusReply statusReply, LookupGuard guard, LookupAlerts alerts, LookupGuardProperties limits) {
        this.codes = codes;
        this.dossiers = dossiers;
        this.store = store;
        this.replies = replies;
        this.statusReply = statusReply;
        this.guard = guard;
        this.alerts = alerts;
        this.limits = limits;
    }

    @Override
    public Stage stage() {
        return Stage.DOSSIER_LOOKUP;
    }

    /** Takes the message when it is part of a lookup; failures are counted per client ({@link Turn#client()}). */
    @Override
    public Outcome take(Turn turn) {
        String conversationId = turn.conversationId();
        String client = turn.client();
        String text = turn.text();
        Optional<String> code = codes.find(text);
        String rest = code.map(c -> codelessText(text, c)).orElse(text);
        Matcher digits = CHECK_DIGITS.matcher(rest);
        boolean hasDigits = digits.find();
        boolean awaitingDigits = code.isEmpty() && hasDigits && rest.replaceAll("\\D", "").length() == 4
                && turn.state().pendingDossierCode().isPresent();

        if (code.isEmpty() && !awaitingDigits) {
            if (!LOOKUP_WORDS.contains(turn.folded()) && !asksWhereMyDossierIs(turn.folded())) return Outcome.pass();
            return Outcome.answer(tiedTo(conversationId).orElseGet(this::askForCode));
        }
        String dossierCode = code.orElseGet(() -> turn.state().pendingDossierCode().orElseThrow());
        Optional<Dossier> dossier = dossiers.find(dossierCode);
        if (dossier.isPresent() && tiedToThisZaloUser(conversationId, dossier.get())) {
            store.forgetPendingDossier(conversationId);
            return Outcome.answer(status(dossier.get()));
        }
        if (guard.locked(dossierCode, client)) return Outcome.answer(tooManyFailures());
        if (!hasDigits) {
            store.rememberPendingDossier(conversationId, dossierCode);
            return Outcome.answer("Để bảo vệ thông tin cá nhân, Ông/Bà vui lòng nhập 4 số cuối của số điện thoại "
                    + "đã đăng ký khi nộp hồ sơ " + dossierCode + ".");
        }
        if (dossier.isPresent() && dossier.get().applicant().phone().endsWith(digits.group(1))) {
            store.forgetPendingDossier(conversationId);
            if (conversationId.startsWith("zalo:") && dossier.get().applicant().zaloUserId() == null) {
                return new Outcome.Answer(List.of(status(dossier.get()), PHONE_LINK_OFFER));
            }
            return Outcome.answer(status(dossier.get()));
        }
        // A code that does not exist counts as a failure of that code too: the answers must not tell them apart.
        LookupGuard.Failure failure = guard.recordFailure(dossierCode, client);
        if (failure.dossierLockedNow()) dossier.ifPresent(alerts::dossierLocked);
        if (failure.overallLockedNow()) alerts.everyLookupLocked();
        if (failure.locked()) return Outcome.answer(tooManyFailures());
        return Outcome.answer("Mã hồ sơ hoặc 4 số cuối điện thoại chưa đúng. Ông/Bà vui lòng kiểm tra lại "
                + "Giấy tiếp nhận hồ sơ và nhập lại 4 số cuối điện thoại, hoặc gửi lại mã hồ sơ.");
    }

    private static String codelessText(String text, String code) {
        // Remove the code however it was typed, so its own digits are not taken for the check digits.
        String spaced = text.toUpperCase().replaceAll("\\s*([.\\-])\\s*", "$1");
        return spaced.replace(code, " ");
    }

    private static boolean asksWhereMyDossierIs(String folded) {
        String words = " " + folded + " ";
        return words.contains(" ho so ") && ASKS_WHERE.stream().anyMatch(phrase -> words.contains(" " + phrase + " "));
    }

    /** The dossiers of the Zalo user writing, shown without a check (the user is tied to them): open ones, else the latest. */
    private Optional<Reply> tiedTo(String conversationId) {
        if (!conversationId.startsWith("zalo:")) return Optional.empty();
        List<Dossier> tied = dossiers.ofZaloUser(conversationId.substring("zalo:".length()));
        List<Dossier> open = tied.stream().filter(d -> !d.status().isClosed()).toList();
        if (open.size() == 1 || (open.isEmpty() && !tied.isEmpty())) return Optional.of(status(open.isEmpty() ? tied.get(0) : open.get(0)));
        if (open.isEmpty()) return Optional.empty();
        StringBuilder text = new StringBuilder("Ông/Bà có ").append(open.size()).append(" hồ sơ đang giải quyết:");
        for (int i = 0; i < Math.min(LISTED, open.size()); i++) {
            Dossier d = open.get(i);
            text.append('\n').append(i + 1).append(". ").append(d.code()).append(" – ").append(dossiers.procedure(d.procedureCode()).name())
                    .append(": ").append(d.status().label())
                    .append(d.pausedAt() != null ? " (thời hạn tạm dừng)" : ", hẹn trả " + statusReply.when(d.appointmentAt()));
        }
        return Optional.of(Reply.text(text.append("\nÔng/Bà gửi mã hồ sơ để xem chi tiết.").toString()));
    }

    private static boolean tiedToThisZaloUser(String conversationId, Dossier d) {
        return d.applicant().zaloUserId() != null && conversationId.equals("zalo:" + d.applicant().zaloUserId());
    }

    private Reply status(Dossier d) {
        return Reply.text(statusReply.text(d));
    }

    private Reply askForCode() {
        return Reply.text("Ông/Bà vui lòng gửi mã hồ sơ ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả "
                + "(ví dụ: 000.32.33.H26-250120-0001).");
    }

    private Reply tooManyFailures() {
        return Reply.text("Ông/Bà đã nhập sai nhiều lần. Để bảo vệ thông tin hồ sơ, Ông/Bà vui lòng thử lại sau "
                + LookupAlerts.minutes(limits.lockFor().toMinutes()) + " hoặc liên hệ " + replies.office() + ".");
    }
}
