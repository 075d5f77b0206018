package vn.gov.ward.assistant.conversation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.procedure.Procedures;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.search.Referral;
import vn.gov.ward.knowledge.search.SearchResult;

/**
 * The last step: the message is a question about a procedure, answered, clarified with choices, referred to
 * the agency that handles it, or declined. A question that names no procedure but is about the one in hand
 * ("cả hai người có phải có mặt không") is answered from that procedure's official text, or told that the text
 * does not say, with whom to ask.
 */
@Component
class SearchStep implements ConversationStep {

    private static final int CHOICES = 5;

    private final Procedures procedures;
    private final ProcedureAnswers answers;
    private final Guidance guidance;
    private final AssistantActivity activity;
    private final ApplicationEventPublisher events;

    SearchStep(Procedures procedures, ProcedureAnswers answers, Guidance guidance, AssistantActivity activity, ApplicationEventPublisher events) {
        this.procedures = procedures;
        this.answers = answers;
        this.guidance = guidance;
        this.activity = activity;
        this.events = events;
    }

    @Override
    public Stage stage() {
        return Stage.SEARCH;
    }

    @Override
    public Outcome take(Turn turn) {
        SearchResult result = procedures.search(turn.text(), CHOICES);
        return switch (result.decision()) {
            case ANSWER -> counted(AssistantActivity.Kind.ANSWERED, answers.answer(turn.conversationId(), result.choices().get(0).procedure(), turn.text()));
            case CLARIFY -> {
                List<Procedure> choices = result.choices().stream().map(SearchResult.Hit::procedure).toList();
                events.publishEvent(new QuestionNotAnswered(turn.text(), QuestionNotAnswered.How.CLARIFIED, choices.stream().map(Procedure::code).toList()));
                yield counted(AssistantActivity.Kind.CLARIFIED, answers.clarify(turn.conversationId(), choices, turn.text()));
            }
            case REFER -> counted(AssistantActivity.Kind.REFERRED, Outcome.answer(referral(result.referral().orElseThrow())));
            case DECLINE -> turn.state().procedureCode().flatMap(procedures::procedure)
                    .flatMap(p -> aboutProcedureInHand(p, turn.text()))
                    .map(answered -> counted(AssistantActivity.Kind.ANSWERED, answered))
                    .orElseGet(() -> declined(turn.text()));
        };
    }

    private Outcome declined(String question) {
        events.publishEvent(new QuestionNotAnswered(question, QuestionNotAnswered.How.DECLINED, List.of()));
        return counted(AssistantActivity.Kind.DECLINED, Outcome.answer(guidance.decline()));
    }

    private Outcome counted(AssistantActivity.Kind kind, Outcome outcome) {
        activity.record(kind);
        return outcome;
    }

    private Reply referral(Referral r) {
        List<Procedure> wardSteps = Stream.concat(r.wardHandles().stream(), r.wardAlternatives().stream())
                .map(procedures::procedure).flatMap(Optional::stream).toList();
        return guidance.referral(r, wardSteps);
    }

    private Optional<Outcome> aboutProcedureInHand(Procedure p, String question) {
        Optional<String> passage = procedures.passage(p.code(), question);
        if (passage.isPresent()) return Optional.of(Outcome.answer(guidance.fromOfficialText(p, passage.get())));
        if (procedures.relatesTo(p.code(), question)) return Optional.of(Outcome.answer(guidance.notInOfficialText(p)));
        return Optional.empty();
    }
}
