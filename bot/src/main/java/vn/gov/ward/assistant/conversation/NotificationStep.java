package vn.gov.ward.assistant.conversation;

import java.util.Set;

import org.springframework.stereotype.Component;

/** "Dừng thông báo" and "bật thông báo": the citizen's say over status notifications. */
@Component
class NotificationStep implements ConversationStep {

    private static final Set<String> STOP = Set.of("dung thong bao", "tat thong bao", "huy thong bao", "stop");
    private static final Set<String> START = Set.of("bat thong bao", "nhan thong bao", "mo thong bao");

    private final NotificationPreferences preferences;

    NotificationStep(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public Stage stage() {
        return Stage.NOTIFICATIONS;
    }

    @Override
    public Outcome take(Turn turn) {
        if (STOP.contains(turn.folded())) {
            preferences.optOut(turn.conversationId());
            return Outcome.answer("Đã dừng thông báo về hồ sơ cho Ông/Bà. Khi muốn nhận lại, Ông/Bà gửi \"bật thông báo\".");
        }
        if (START.contains(turn.folded())) {
            preferences.optIn(turn.conversationId());
            return Outcome.answer("Đã bật lại thông báo về hồ sơ cho Ông/Bà.");
        }
        return Outcome.pass();
    }
}
