package vn.gov.ward.assistant.conversation;

import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.procedure.Procedures;
import vn.gov.ward.knowledge.search.SearchResult;

/**
 * The last step: the message is a question about a procedure, answered, clarified with choices, referred to
 * the agency that handles it, or declined.
 */
@Component
class SearchStep implements ConversationStep {

    private static final int CHOICES = 5;

    private final Procedures procedures;
    private final ProcedureAnswers answers;
    private final Guidance guidance;

    SearchStep(Procedures procedures, ProcedureAnswers answers, Guidance guidance) {
        this.procedures = procedures;
        this.answers = answers;
        this.guidance = guidance;
    }

    @Override
    public Stage stage() {
        return Stage.SEARCH;
    }

    @Override
    public Outcome take(Turn turn) {
        SearchResult result = procedures.search(turn.text(), CHOICES);
        return switch (result.decision()) {
            case ANSWER -> answers.answer(turn.conversationId(), result.choices().get(0).procedure());
            case CLARIFY -> answers.clarify(turn.conversationId(), result.choices().stream().map(SearchResult.Hit::procedure).toList());
            case REFER -> Outcome.answer(guidance.referral(result.referral().orElseThrow(),
                    result.referral().get().wardHandles().stream().map(procedures::procedure).flatMap(java.util.Optional::stream).toList()));
            case DECLINE -> Outcome.answer(guidance.decline());
        };
    }
}
