package vn.gov.ward.assistant.conversation;

import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Courtesy gets courtesy: a greeting is greeted back, thanks and "ok", "dạ" or a thumbs-up are acknowledged, a
 * goodbye is wished well, and a request for help ("giúp", "menu", "/start") gets the help. None of them is a
 * question about a procedure.
 */
@Component
class CourtesyStep implements ConversationStep {

    private static final Set<String> GREETINGS = Set.of("xin chao", "chao", "chao ban", "chao ad", "hi", "hello", "alo",
            "chao anh", "chao chi", "chao em", "xin chao ad");
    private static final Set<String> HELP_WORDS = Set.of("help", "/help", "/start", "giup", "tro giup", "huong dan", "menu",
            "giup toi", "giup em", "ban lam duoc gi", "hoi gi");
    private static final Set<String> THANKS = Set.of("cam on", "thank", "thanks", "thank you", "tks", "thks", "camon", "cmon");
    /** Words around thanks or an acknowledgement that add nothing: "dạ em cảm ơn ad nhiều ạ". */
    private static final Set<String> POLITE_WORDS = Set.of("da", "vang", "a", "ah", "ak", "ad", "nhieu", "nhiu", "nhe", "nha",
            "em", "minh", "toi", "chau", "con", "ban", "anh", "chi", "ok", "oke", "okay", "okie", "uk", "u", "roi", "r",
            "duoc", "dc", "hieu", "ro", "biet", "vay", "the", "thi", "rat", "lam", "so", "much", "very");
    private static final Set<String> GOODBYES = Set.of("tam biet", "bye", "bye bye", "goodbye", "chao nhe", "chao nha");
    private static final int MAX_COURTESY_WORDS = 8;

    private final Guidance guidance;

    CourtesyStep(Guidance guidance) {
        this.guidance = guidance;
    }

    @Override
    public Stage stage() {
        return Stage.COURTESY;
    }

    @Override
    public Outcome take(Turn turn) {
        String folded = turn.folded();
        if (GREETINGS.contains(folded)) return Outcome.answer(guidance.greeting());
        if (HELP_WORDS.contains(folded)) return Outcome.answer(guidance.help());
        if (GOODBYES.contains(folded)) return Outcome.answer("Dạ, chào Ông/Bà. Chúc Ông/Bà một ngày tốt lành!");
        if (folded.isEmpty()) return isEmojiOnly(turn.text()) ? Outcome.answer(acknowledgement()) : Outcome.pass();
        String[] words = folded.split(" ");
        if (words.length > MAX_COURTESY_WORDS) return Outcome.pass();
        String rest = (" " + folded + " ");
        boolean thanked = false;
        for (String t : THANKS) {
            if (rest.contains(" " + t + " ")) {
                thanked = true;
                rest = rest.replace(" " + t + " ", " ");
            }
        }
        for (String w : rest.strip().split(" +")) {
            if (!w.isEmpty() && !POLITE_WORDS.contains(w)) return Outcome.pass();
        }
        return Outcome.answer(thanked
                ? "Dạ, không có gì ạ. Khi cần hỏi thêm về thủ tục hay tra cứu hồ sơ, Ông/Bà cứ nhắn cho tôi."
                : acknowledgement());
    }

    private static String acknowledgement() {
        return "Dạ. Ông/Bà cần hỏi thêm gì, cứ nhắn cho tôi ạ.";
    }

    /** A thumbs-up, a heart: symbols only, no letters or digits. */
    private static boolean isEmojiOnly(String text) {
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.OTHER_SYMBOL)
                && text.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
