package vn.gov.ward.assistant.conversation;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.procedure.Procedures;

/**
 * "Phí bao nhiêu" right after an answer is about that procedure. A message that says more than the aspect is a
 * follow-up only when the rest is about the same procedure: "kết quả bóng đá tối qua" is a new topic, and
 * "phí đăng ký kết hôn" names another procedure, both left to the search. With no procedure in the conversation,
 * a bare "bao nhiêu tiền" is asked back: which procedure?
 */
@Component
class FollowUpStep implements ConversationStep {

    /** Fewer meaningful syllables than a Vietnamese word has ("còn phí thì sao") are no topic of their own. */
    private static final int TOPIC_WORDS = 2;

    private final Procedures procedures;
    private final ProcedureAnswers answers;
    private final Guidance guidance;

    FollowUpStep(Procedures procedures, ProcedureAnswers answers, Guidance guidance) {
        this.procedures = procedures;
        this.answers = answers;
        this.guidance = guidance;
    }

    @Override
    public Stage stage() {
        return Stage.FOLLOW_UP;
    }

    @Override
    public Outcome take(Turn turn) {
        Optional<Aspect> aspect = Aspect.in(turn.text());
        if (aspect.isEmpty()) return Outcome.pass();
        String rest = Aspect.withoutAspects(turn.text());
        boolean saysMore = procedures.meaningfulWords(rest).size() >= TOPIC_WORDS;
        Optional<String> discussed = turn.state().procedureCode();
        if (discussed.isEmpty()) return saysMore ? Outcome.pass() : Outcome.answer(guidance.whichProcedure(aspect.get()));
        if (saysMore && (procedures.namesAProcedure(rest) || !procedures.relatesTo(discussed.get(), rest))) return Outcome.pass();
        return procedures.procedure(discussed.get()).map(p -> answers.aspect(p, aspect.get())).orElseGet(Outcome::pass);
    }
}
