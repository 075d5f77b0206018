package vn.gov.ward.assistant.conversation;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.procedure.Procedures;

/** "2" after the choices of an ambiguous question: the second procedure offered, as if its button was tapped. */
@Component
class ChoiceStep implements ConversationStep {

    private final Procedures procedures;
    private final ProcedureAnswers answers;
    private final Guidance guidance;

    ChoiceStep(Procedures procedures, ProcedureAnswers answers, Guidance guidance) {
        this.procedures = procedures;
        this.answers = answers;
        this.guidance = guidance;
    }

    @Override
    public Stage stage() {
        return Stage.CHOICE;
    }

    @Override
    public Outcome take(Turn turn) {
        if (!turn.text().matches("\\d{1,2}")) return Outcome.pass();
        List<String> choices = turn.state().choices();
        int index = Integer.parseInt(turn.text()) - 1;
        if (index < 0 || index >= choices.size()) return Outcome.pass();
        return procedures.procedure(choices.get(index)).map(p -> answers.answer(turn.conversationId(), p))
                .orElseGet(() -> Outcome.answer(guidance.decline()));
    }
}
