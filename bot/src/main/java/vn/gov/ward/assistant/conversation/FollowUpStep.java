package vn.gov.ward.assistant.conversation;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.procedure.Procedures;

/** "Phí bao nhiêu" right after an answer is about that procedure, unless the rest of the message names another one. */
@Component
class FollowUpStep implements ConversationStep {

    private final Procedures procedures;
    private final ProcedureAnswers answers;

    FollowUpStep(Procedures procedures, ProcedureAnswers answers) {
        this.procedures = procedures;
        this.answers = answers;
    }

    @Override
    public Stage stage() {
        return Stage.FOLLOW_UP;
    }

    @Override
    public Outcome take(Turn turn) {
        Optional<Aspect> aspect = Aspect.in(turn.text());
        if (aspect.isEmpty()) return Outcome.pass();
        Optional<String> discussed = turn.state().procedureCode();
        if (discussed.isEmpty() || procedures.namesAProcedure(Aspect.withoutAspects(turn.text()))) return Outcome.pass();
        return procedures.procedure(discussed.get()).map(p -> answers.aspect(p, aspect.get())).orElseGet(Outcome::pass);
    }
}
