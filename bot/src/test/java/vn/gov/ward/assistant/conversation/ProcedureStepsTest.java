package vn.gov.ward.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.gov.ward.assistant.procedure.Procedures;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.search.Decision;
import vn.gov.ward.knowledge.search.SearchResult;

/** The steps about procedures: buttons, a choice by number, follow-ups and the search, on fakes of what they ask. */
class ProcedureStepsTest {

    static final Outcome ANSWERED = Outcome.answer("the procedure");
    static final Reply HELP = Reply.text("help");
    static final Reply DECLINE = Reply.text("decline");

    final Procedures procedures = mock(Procedures.class);
    final ProcedureAnswers answers = mock(ProcedureAnswers.class);
    final ConversationStore store = mock(ConversationStore.class);
    final Guidance guidance = mock(Guidance.class);
    final Procedure birth = mock(Procedure.class);

    @BeforeEach
    void setUp() {
        when(procedures.procedure(anyString())).thenReturn(Optional.empty());
        when(procedures.procedure("1.001193")).thenReturn(Optional.of(birth));
        when(birth.code()).thenReturn("1.001193");
        when(guidance.help()).thenReturn(HELP);
        when(guidance.decline()).thenReturn(DECLINE);
        when(answers.answer(any(), any())).thenReturn(ANSWERED);
        when(answers.documents(any())).thenReturn(Outcome.answer("documents"));
        when(answers.aspect(any(), any())).thenReturn(Outcome.answer("aspect"));
    }

    static Turn turn(String text, ConversationStore.State state) {
        return new Turn("web:s1", "ip", text, () -> state);
    }

    static ConversationStore.State discussing(String code, List<String> choices) {
        return new ConversationStore.State(Optional.ofNullable(code), choices, Optional.empty());
    }

    @Test
    void buttonsAnswerTheProcedureItsDocumentsOrOneAspectAndTheHelp() {
        ButtonStep step = new ButtonStep(procedures, answers, store, guidance);
        assertThat(step.take(Turn.of("web:s1", "PROC:1.001193"))).isEqualTo(ANSWERED);
        assertThat(step.take(Turn.of("web:s1", "PROC:9.999999"))).isEqualTo(Outcome.answer(DECLINE));
        assertThat(step.take(Turn.of("web:s1", "DOCS:1.001193"))).isEqualTo(Outcome.answer("documents"));
        assertThat(step.take(Turn.of("web:s1", "ASK:FEE:1.001193"))).isEqualTo(Outcome.answer("aspect"));
        verify(store).rememberProcedure("web:s1", "1.001193");
        for (String help : List.of("HELP", "", "ASK:PRICE:1.001193", "DOCS:9.999999")) {
            assertThat(step.take(Turn.of("web:s1", help))).as(help).isEqualTo(Outcome.answer(HELP));
        }
        assertThat(step.take(Turn.of("web:s1", "HANDOFF"))).isEqualTo(Outcome.pass());
        assertThat(step.take(Turn.of("web:s1", "đăng ký khai sinh"))).isEqualTo(Outcome.pass());
    }

    @Test
    void aNumberPicksAmongTheChoicesOffered() {
        ChoiceStep step = new ChoiceStep(procedures, answers, guidance);
        ConversationStore.State offered = discussing(null, List.of("2.000815", "1.001193"));
        assertThat(step.take(turn("2", offered))).isEqualTo(ANSWERED);
        assertThat(step.take(turn("1", offered))).as("a code no longer in the catalogue").isEqualTo(Outcome.answer(DECLINE));
        assertThat(step.take(turn("3", offered))).isEqualTo(Outcome.pass());
        assertThat(step.take(turn("2", ConversationStore.State.empty()))).isEqualTo(Outcome.pass());
        assertThat(step.take(turn("hai", offered))).isEqualTo(Outcome.pass());
    }

    @Test
    void aFollowUpIsAboutTheProcedureDiscussedUnlessItNamesAnother() {
        FollowUpStep step = new FollowUpStep(procedures, answers);
        when(procedures.namesAProcedure(org.mockito.ArgumentMatchers.contains("ket hon"))).thenReturn(true);
        assertThat(step.take(turn("phí bao nhiêu", discussing("1.001193", List.of())))).isEqualTo(Outcome.answer("aspect"));
        verify(answers).aspect(birth, Aspect.FEE);
        assertThat(step.take(turn("đăng ký kết hôn phí bao nhiêu", discussing("1.001193", List.of())))).isEqualTo(Outcome.pass());
        assertThat(step.take(turn("phí bao nhiêu", ConversationStore.State.empty()))).isEqualTo(Outcome.pass());
        assertThat(step.take(turn("đăng ký khai sinh", discussing("1.001193", List.of())))).isEqualTo(Outcome.pass());
    }

    @Test
    void theSearchAnswersClarifiesOrDeclines() {
        SearchStep step = new SearchStep(procedures, answers, guidance);
        Procedure other = mock(Procedure.class);
        when(procedures.search("khai sinh", 5)).thenReturn(result(Decision.ANSWER, birth, other));
        when(procedures.search("nuoi con nuoi", 5)).thenReturn(result(Decision.CLARIFY, birth, other));
        when(procedures.search("bong da", 5)).thenReturn(new SearchResult(Decision.DECLINE, List.of(), 0));
        when(answers.clarify(any(), any())).thenReturn(Outcome.answer("which one?"));

        assertThat(step.take(Turn.of("web:s1", "khai sinh"))).isEqualTo(ANSWERED);
        verify(answers).answer("web:s1", birth);
        assertThat(step.take(Turn.of("web:s1", "nuoi con nuoi"))).isEqualTo(Outcome.answer("which one?"));
        verify(answers).clarify("web:s1", List.of(birth, other));
        assertThat(step.take(Turn.of("web:s1", "bong da"))).isEqualTo(Outcome.answer(DECLINE));
        verify(answers, never()).answer("web:s1", other);
    }

    private static SearchResult result(Decision decision, Procedure... procedures) {
        List<SearchResult.Hit> hits = java.util.Arrays.stream(procedures).map(p -> new SearchResult.Hit(p, 1f, 1.0)).toList();
        return new SearchResult(decision, hits, decision == Decision.CLARIFY ? hits.size() : 1);
    }
}
