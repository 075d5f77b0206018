package vn.gov.ward.assistant.conversation;

import java.util.Arrays;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.gov.ward.knowledge.ward.WardProfile;

/**
 * A message in English gets a short note in both languages: the catalogue is Vietnamese, and a search of English
 * words would only find a wrong procedure. Words that are also Vietnamese without tone marks ("the" is "thẻ",
 * "can" is "cần", "do", "to", "an", "my") do not count, and a message with tone marks is Vietnamese.
 */
@Component
class OtherLanguageStep implements ConversationStep {

    private static final Set<String> ENGLISH = Set.of("how", "what", "where", "when", "which", "who", "why", "is", "are", "does",
            "did", "please", "need", "want", "you", "your", "of", "for", "with", "get", "apply", "register", "registration",
            "certificate", "office", "document", "documents", "birth", "marriage", "passport", "this", "that", "there", "here",
            "much", "cost", "take", "would", "could", "should", "about", "from", "have", "has", "and", "or", "will", "if",
            "residence", "temporary", "permit", "card", "identity", "copy", "status", "application", "fee", "days", "hello",
            "i'm", "im", "we", "our", "foreigner", "visa", "help", "tell", "know", "open", "hours", "work");
    private static final int MIN_ENGLISH_WORDS = 2;

    private final WardProfile ward;

    OtherLanguageStep(WardProfile ward) {
        this.ward = ward;
    }

    @Override
    public Stage stage() {
        return Stage.OTHER_LANGUAGE;
    }

    @Override
    public Outcome take(Turn turn) {
        if (!turn.text().equals(turn.text().replaceAll("[^\\x00-\\x7F]", ""))) return Outcome.pass();
        String[] words = turn.folded().split(" ");
        long english = Arrays.stream(words).filter(ENGLISH::contains).count();
        if (english < MIN_ENGLISH_WORDS || english * 2 < words.length) return Outcome.pass();
        WardProfile.Office o = ward.office();
        String contact = o.name() + (o.phone() == null ? "" : ", " + o.phone());
        return Outcome.answer("Xin lỗi Ông/Bà, tôi chỉ trả lời bằng tiếng Việt. Ông/Bà vui lòng hỏi bằng tiếng Việt (có thể gõ "
                + "không dấu) hoặc liên hệ " + contact + ".\n\nSorry, I can only answer in Vietnamese. Please ask in Vietnamese, "
                + "or contact the ward office: " + contact + ".");
    }
}
