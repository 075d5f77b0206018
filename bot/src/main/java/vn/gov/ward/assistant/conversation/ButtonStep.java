package vn.gov.ward.assistant.conversation;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.procedure.Procedures;
import vn.gov.ward.knowledge.catalogue.Procedure;

/**
 * The assistant's own buttons about procedures (a clarify choice, "Xem đủ giấy tờ", an aspect, "Chưa hữu ích",
 * whose question goes to the ward's knowledge upkeep) and "Xem hướng dẫn"; an empty message or a button that no longer reads gets the help.
 */
@Component
class ButtonStep implements ConversationStep {

    private final Procedures procedures;
    private final ProcedureAnswers answers;
    private final ConversationStore store;
    private final Guidance guidance;
    private final ApplicationEventPublisher events;

    ButtonStep(Procedures procedures, ProcedureAnswers answers, ConversationStore store, Guidance guidance, ApplicationEventPublisher events) {
        this.events = events;
        this.procedures = procedures;
        this.answers = answers;
        this.store = store;
        this.guidance = guidance;
    }

    @Override
    public Stage stage() {
        return Stage.BUTTONS;
    }

    @Override
    public Outcome take(Turn turn) {
        if (turn.text().isEmpty()) return help();
        Optional<ButtonPayload> payload = turn.payload();
        if (payload.isEmpty()) return Outcome.pass();
        if (payload.get() instanceof ButtonPayload.ProcedureByCode p) {
            return procedure(p.code()).map(found -> answers.answer(turn.conversationId(), found))
                    .orElseGet(() -> Outcome.answer(guidance.decline()));
        }
        if (payload.get() instanceof ButtonPayload.DocumentsOf d) return procedure(d.code()).map(answers::documents).orElseGet(this::help);
        if (payload.get() instanceof ButtonPayload.AspectOf a) {
            return procedure(a.code()).map(found -> {
                store.rememberProcedure(turn.conversationId(), found.code());
                return answers.aspect(found, a.aspect());
            }).orElseGet(this::help);
        }
        if (payload.get() instanceof ButtonPayload.Unhelpful u) {
            String question = store.question(turn.conversationId())
                    .orElseGet(() -> procedure(u.code()).map(Procedure::name).orElse(u.code()));
            events.publishEvent(new QuestionNotAnswered(question, QuestionNotAnswered.How.UNHELPFUL, List.of(u.code())));
            return Outcome.answer(guidance.unhelpfulNoted());
        }
        // The phone offer comes back as a payload only where the channel has no form for it: the help says what to do.
        if (payload.get() instanceof ButtonPayload.Help || payload.get() instanceof ButtonPayload.Unreadable
                || payload.get() instanceof ButtonPayload.SharePhone) return help();
        return Outcome.pass();
    }

    private Optional<Procedure> procedure(String code) {
        return procedures.procedure(code);
    }

    private Outcome help() {
        return Outcome.answer(guidance.help());
    }
}
