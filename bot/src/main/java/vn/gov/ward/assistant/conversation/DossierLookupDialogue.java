package vn.gov.ward.assistant.conversation;

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
 * while ({@link LookupGuard}).
 */
@Component
class DossierLookupDialogue implements ConversationStep {

    private static final Pattern CHECK_DIGITS = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Set<String> LOOKUP_WORDS = Set.of("tra cuu ho so", "tra cuu", "kiem tra ho so", "xem ho so",
            "ho so cua toi", "tinh trang ho so", "trang thai ho so", "tra ho so");

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
            return LOOKUP_WORDS.contains(turn.folded()) ? Outcome.answer(askForCode()) : Outcome.pass();
        }
        String dossierCode = code.orElseGet(() -> turn.state().pendingDossierCode().orElseThrow());
        Optional<Dossier> dossier = dossiers.find(dossierCode);
        if (dossier.isPresent() && tiedToThisZaloUser(conversationId, dossier.get())) {
            store.forgetPendingDossier(conversationId);
            return Outcome.answer(Reply.text(statusReply.text(dossier.get())));
        }
        if (guard.locked(dossierCode, client)) return Outcome.answer(tooManyFailures());
        if (!hasDigits) {
            store.rememberPendingDossier(conversationId, dossierCode);
            return Outcome.answer("Để bảo vệ thông tin cá nhân, Ông/Bà vui lòng nhập 4 số cuối của số điện thoại "
                    + "đã đăng ký khi nộp hồ sơ " + dossierCode + ".");
        }
        if (dossier.isPresent() && dossier.get().applicant().phone().endsWith(digits.group(1))) {
            store.forgetPendingDossier(conversationId);
            return Outcome.answer(Reply.text(statusReply.text(dossier.get())));
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

    private static boolean tiedToThisZaloUser(String conversationId, Dossier d) {
        return d.applicant().zaloUserId() != null && conversationId.equals("zalo:" + d.applicant().zaloUserId());
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
