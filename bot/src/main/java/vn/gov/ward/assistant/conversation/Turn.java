package vn.gov.ward.assistant.conversation;

import java.util.Optional;
import java.util.function.Supplier;

import vn.gov.ward.knowledge.analysis.VietnameseText;

/**
 * One message of a citizen as the steps see it: the text (NFC, stripped), the same folded for matching
 * phrases, the button payload it is (read once), and what the conversation remembers (read from Redis
 * only by a step that asks).
 */
public final class Turn {

    private final String conversationId;
    private final String client;
    private final String text;
    private final String folded;
    private final Optional<ButtonPayload> payload;
    private final Supplier<ConversationStore.State> loadState;
    private ConversationStore.State state;

    Turn(String conversationId, String client, String message, Supplier<ConversationStore.State> loadState) {
        this.conversationId = conversationId;
        this.client = client;
        this.text = VietnameseText.nfc(message == null ? "" : message).strip();
        this.folded = CitizenText.fold(text);
        this.payload = ButtonPayload.parse(text);
        this.loadState = loadState;
    }

    /** A turn of a conversation that remembers nothing, its user the client: for steps' tests. */
    public static Turn of(String conversationId, String message) {
        return new Turn(conversationId, conversationId, message, ConversationStore.State::empty);
    }

    /** The channel and its user or session, e.g. {@code zalo:8412…}. */
    public String conversationId() {
        return conversationId;
    }

    /** Who sends, as far as the channel can tell: the user, or the IP address on the web. */
    String client() {
        return client;
    }

    /** What the citizen sent (NFC, stripped), or a button's payload. */
    public String text() {
        return text;
    }

    /** The text lower case, without tone marks or punctuation: how phrases are matched. */
    public String folded() {
        return folded;
    }

    /** The button the message is, if it is one of ours. */
    public Optional<ButtonPayload> payload() {
        return payload;
    }

    /** How a tapped button starts in {@link #readable()}. */
    public static final String TAPPED = "(bấm nút) ";

    /** The message as a person reads it: a tapped button in words (its payload is ours, never shown), else the text. */
    public String readable() {
        return payload.map(p -> TAPPED + meaning(p)).orElse(text);
    }

    private static String meaning(ButtonPayload p) {
        if (p instanceof ButtonPayload.ProcedureByCode chosen) return "chọn thủ tục " + chosen.code();
        if (p instanceof ButtonPayload.DocumentsOf documents) return "xem đủ giấy tờ thủ tục " + documents.code();
        if (p instanceof ButtonPayload.AspectOf asked) return "hỏi " + asked.aspect().asked() + " thủ tục " + asked.code();
        if (p instanceof ButtonPayload.Help) return "xem hướng dẫn";
        if (p instanceof ButtonPayload.HandOff) return "gặp cán bộ";
        if (p instanceof ButtonPayload.Rating rating) return "đánh giá " + rating.score() + "/5 hồ sơ " + rating.dossierCode();
        if (p instanceof ButtonPayload.RatingAspect) return "chọn điều quan tâm nhất";
        if (p instanceof ButtonPayload.RatingSkipped) return "bỏ qua góp ý";
        if (p instanceof ButtonPayload.SharePhone) return "chia sẻ số điện thoại";
        if (p instanceof ButtonPayload.Unhelpful u) return "câu trả lời về thủ tục " + u.code() + " chưa hữu ích";
        return "một nút cũ";
    }

    ConversationStore.State state() {
        if (state == null) state = loadState.get();
        return state;
    }
}
