package vn.gov.ward.assistant.conversation;

import java.util.Set;

import org.springframework.stereotype.Component;

/** A greeting is greeted back; a request for help ("giúp", "menu", "/start") gets the help. */
@Component
class CourtesyStep implements ConversationStep {

    private static final Set<String> GREETINGS = Set.of("xin chao", "chao", "chao ban", "chao ad", "hi", "hello", "alo",
            "chao anh", "chao chi", "chao em", "xin chao ad");
    private static final Set<String> HELP_WORDS = Set.of("help", "/help", "/start", "giup", "tro giup", "huong dan", "menu",
            "giup toi", "giup em", "ban lam duoc gi", "hoi gi");

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
        if (GREETINGS.contains(turn.folded())) return Outcome.answer(guidance.greeting());
        if (HELP_WORDS.contains(turn.folded())) return Outcome.answer(guidance.help());
        return Outcome.pass();
    }
}
