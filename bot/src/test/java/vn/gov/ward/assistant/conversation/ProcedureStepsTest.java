package vn.gov.ward.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.gov.ward.assistant.procedure.Procedures;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.search.Decision;
import vn.gov.ward.knowledge.search.Referral;
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
    final AssistantActivity activity = mock(AssistantActivity.class);
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
        ButtonStep step = new ButtonStep(procedures, answers, store, guidance, event -> { });
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
    void aFollowUpIsAboutTheProcedureDiscussedUnlessItNamesAnotherOrIsANewTopic() {
        FollowUpStep step = new FollowUpStep(procedures, answers, guidance);
        ConversationStore.State birthInHand = discussing("1.001193", List.of());
        when(procedures.meaningfulWords(anyString())).thenReturn(List.of());
        when(procedures.meaningfulWords(contains("ket hon"))).thenReturn(List.of("dang", "ky", "ket", "hon"));
        when(procedures.namesAProcedure(contains("ket hon"))).thenReturn(true);
        when(procedures.meaningfulWords("bong da toi qua")).thenReturn(List.of("bong", "da", "toi", "qua"));
        when(procedures.meaningfulWords("cho ong ba noi")).thenReturn(List.of("ong", "ba", "noi"));
        when(procedures.relatesTo("1.001193", "cho ong ba noi")).thenReturn(true);
        when(procedures.meaningfulWords("con thi sao")).thenReturn(List.of("con"));
        when(guidance.whichProcedure(Aspect.FEE)).thenReturn(Reply.text("which procedure?"));

        assertThat(step.take(turn("phí bao nhiêu", birthInHand))).isEqualTo(Outcome.answer("aspect"));
        verify(answers).aspect(birth, Aspect.FEE);
        assertThat(step.take(turn("còn phí thì sao", birthInHand))).as("one word is no topic").isEqualTo(Outcome.answer("aspect"));
        assertThat(step.take(turn("phí cho ông bà nội", birthInHand))).as("about the same procedure").isEqualTo(Outcome.answer("aspect"));
        assertThat(step.take(turn("đăng ký kết hôn phí bao nhiêu", birthInHand))).isEqualTo(Outcome.pass());
        assertThat(step.take(turn("kết quả bóng đá tối qua", birthInHand))).as("a new topic").isEqualTo(Outcome.pass());
        assertThat(step.take(turn("đăng ký khai sinh", birthInHand))).isEqualTo(Outcome.pass());
        assertThat(step.take(turn("phí bao nhiêu", ConversationStore.State.empty()))).isEqualTo(Outcome.answer("which procedure?"));
        assertThat(step.take(turn("đăng ký kết hôn phí bao nhiêu", ConversationStore.State.empty()))).isEqualTo(Outcome.pass());
    }

    @Test
    void theSearchAnswersClarifiesOrDeclines() {
        List<Object> published = new java.util.ArrayList<>();
        SearchStep step = new SearchStep(procedures, answers, guidance, activity, published::add);
        Procedure other = mock(Procedure.class);
        when(other.code()).thenReturn("1.000002");
        when(procedures.search("khai sinh", 5)).thenReturn(result(Decision.ANSWER, birth, other));
        when(procedures.search("nuoi con nuoi", 5)).thenReturn(result(Decision.CLARIFY, birth, other));
        when(procedures.search("bong da", 5)).thenReturn(new SearchResult(Decision.DECLINE, List.of(), 0));
        when(answers.answer(any(), any(), any())).thenReturn(ANSWERED);
        when(answers.clarify(any(), any(), any())).thenReturn(Outcome.answer("which one?"));

        assertThat(step.take(Turn.of("web:s1", "khai sinh"))).isEqualTo(ANSWERED);
        verify(answers).answer("web:s1", birth, "khai sinh");
        assertThat(step.take(Turn.of("web:s1", "nuoi con nuoi"))).isEqualTo(Outcome.answer("which one?"));
        verify(answers).clarify("web:s1", List.of(birth, other), "nuoi con nuoi");
        assertThat(step.take(Turn.of("web:s1", "bong da"))).isEqualTo(Outcome.answer(DECLINE));
        verify(answers, never()).answer("web:s1", other, "khai sinh");
        verify(activity).record(AssistantActivity.Kind.ANSWERED);
        verify(activity).record(AssistantActivity.Kind.CLARIFIED);
        verify(activity).record(AssistantActivity.Kind.DECLINED);
        assertThat(published).extracting(e -> ((QuestionNotAnswered) e).how())
                .containsExactly(QuestionNotAnswered.How.CLARIFIED, QuestionNotAnswered.How.DECLINED);
    }

    @Test
    void aQuestionNamingNoProcedureIsAnsweredFromTheOneInHandOrToldItsTextDoesNotSay() {
        SearchStep step = new SearchStep(procedures, answers, guidance, activity, event -> { });
        ConversationStore.State birthInHand = discussing("1.001193", List.of());
        when(procedures.search(anyString(), org.mockito.ArgumentMatchers.anyInt())).thenReturn(new SearchResult(Decision.DECLINE, List.of(), 0));
        when(procedures.passage(anyString(), anyString())).thenReturn(Optional.empty());
        when(procedures.passage("1.001193", "ông bà đi thay được không")).thenReturn(Optional.of("người đi đăng ký là ông, bà"));
        when(procedures.relatesTo("1.001193", "ông bà đi thay được không")).thenReturn(true);
        when(procedures.relatesTo("1.001193", "cần mang sổ hộ khẩu không")).thenReturn(true);
        when(guidance.fromOfficialText(birth, "người đi đăng ký là ông, bà")).thenReturn(Reply.text("quoted"));
        when(guidance.notInOfficialText(birth)).thenReturn(Reply.text("not said; call"));

        assertThat(step.take(turn("ông bà đi thay được không", birthInHand))).isEqualTo(Outcome.answer("quoted"));
        assertThat(step.take(turn("cần mang sổ hộ khẩu không", birthInHand))).isEqualTo(Outcome.answer("not said; call"));
        assertThat(step.take(turn("kết quả bóng đá tối qua", birthInHand))).isEqualTo(Outcome.answer(DECLINE));
        assertThat(step.take(turn("ông bà đi thay được không", ConversationStore.State.empty()))).isEqualTo(Outcome.answer(DECLINE));
        verify(activity, times(2)).record(AssistantActivity.Kind.ANSWERED);
        verify(activity, times(2)).record(AssistantActivity.Kind.DECLINED);
    }

    @Test
    void aReferralShowsTheWardsStepsAndItsOwnProcedureForTheSameServiceAtAnotherScale() {
        SearchStep step = new SearchStep(procedures, answers, guidance, activity, e -> { });
        Procedure house = mock(Procedure.class);
        when(procedures.procedure("1.013225")).thenReturn(Optional.of(house));
        Referral tower = new Referral("gpxd-tinh", "Giấy phép xây dựng công trình cấp I",
                List.of("xây khách sạn"), "Sở Xây dựng", "Cấp tỉnh", null, null, List.of("1.001193"), List.of("1.013225"), false, null);
        when(procedures.search("xay khach san", 5)).thenReturn(new SearchResult(Decision.REFER, List.of(), 0, Optional.of(tower)));
        when(guidance.referral(any(), any())).thenReturn(Reply.text("referred"));

        step.take(Turn.of("web:s1", "xay khach san"));
        verify(guidance).referral(tower, List.of(birth, house));
    }

    private static SearchResult result(Decision decision, Procedure... procedures) {
        List<SearchResult.Hit> hits = java.util.Arrays.stream(procedures).map(p -> new SearchResult.Hit(p, 1f, 1.0)).toList();
        return new SearchResult(decision, hits, decision == Decision.CLARIFY ? hits.size() : 1);
    }
}
