package vn.gov.ward.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import vn.gov.ward.assistant.procedure.Procedures;

/** The pipeline: steps asked in the order of their stage, the first that takes a message ends the turn. */
class ConversationEngineTest {

    final ConversationStore store = mock(ConversationStore.class);
    final Transcripts transcripts = mock(Transcripts.class);
    final List<ConversationStep.Stage> asked = new ArrayList<>();

    record FakeStep(ConversationStep.Stage stage, Function<Turn, Outcome> answer, List<ConversationStep.Stage> asked)
            implements ConversationStep {
        public Outcome take(Turn turn) {
            asked.add(stage);
            return answer.apply(turn);
        }
    }

    ConversationEngine engine(ConversationStep... steps) {
        Procedures procedures = mock(Procedures.class);
        when(procedures.forOneMessage(any())).thenAnswer(call -> call.<Supplier<?>>getArgument(0).get());
        return new ConversationEngine(List.of(steps), store, transcripts, mock(Guidance.class), procedures);
    }

    ConversationStep step(ConversationStep.Stage stage, Function<Turn, Outcome> answer) {
        return new FakeStep(stage, answer, asked);
    }

    @Test
    void stepsAreAskedInTheOrderOfTheirStageWhateverTheOrderTheyComeIn() {
        ConversationEngine engine = engine(step(ConversationStep.Stage.SEARCH, t -> Outcome.answer("search")),
                step(ConversationStep.Stage.FEEDBACK, t -> Outcome.pass()), step(ConversationStep.Stage.HAND_OFF, t -> Outcome.pass()));
        List<Reply> replies = engine.handle("web:s1", "ip", "đăng ký khai sinh");
        assertThat(asked).containsExactly(ConversationStep.Stage.HAND_OFF, ConversationStep.Stage.FEEDBACK, ConversationStep.Stage.SEARCH);
        assertThat(replies).extracting(Reply::text).containsExactly("search");
    }

    @Test
    void theFirstStepThatAnswersEndsTheTurnAndTheTurnIsKeptInTheTranscript() {
        ConversationEngine engine = engine(step(ConversationStep.Stage.COURTESY, t -> Outcome.answer("xin chào")),
                step(ConversationStep.Stage.SEARCH, t -> Outcome.answer("search")));
        List<Reply> replies = engine.handle("zalo:1", "  xin chào ");
        assertThat(replies).extracting(Reply::text).containsExactly("xin chào");
        assertThat(asked).containsExactly(ConversationStep.Stage.COURTESY);
        verify(transcripts).record("zalo:1", "xin chào", replies);
    }

    @Test
    void silentEndsTheTurnWithNothingToSay() {
        ConversationEngine engine = engine(step(ConversationStep.Stage.HAND_OFF, t -> Outcome.silent()),
                step(ConversationStep.Stage.SEARCH, t -> Outcome.answer("search")));
        assertThat(engine.handle("zalo:1", "HELP")).isEmpty();
        assertThat(asked).containsExactly(ConversationStep.Stage.HAND_OFF);
    }

    @Test
    void aButtonIsReadOnceAndTheStateOnlyWhenAStepAsks() {
        List<Turn> seen = new ArrayList<>();
        ConversationEngine engine = engine(step(ConversationStep.Stage.SEARCH, t -> {
            seen.add(t);
            return Outcome.answer("ok");
        }));
        engine.handle("web:s1", "ip", "PROC:1.001193");
        assertThat(seen.get(0).payload()).contains(new ButtonPayload.ProcedureByCode("1.001193"));
        verify(store, never()).load(any());
        assertThat(seen.get(0).state()).isNull();
        verify(store).load(eq("web:s1"));
    }
}
