package vn.gov.ward.assistant.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.gov.ward.assistant.conversation.Outcome;
import vn.gov.ward.assistant.conversation.Turn;

class SurveyStepTest {

    static final String CODE = "000.32.33.H26-261201-0001";
    final SurveyService surveys = mock(SurveyService.class);
    final SurveyStep step = new SurveyStep(surveys);

    @Test
    void aScoreIsRecordedOnceAndAskForWhatMattered() {
        when(surveys.rate(CODE, 5, "zalo", null, null, "zalo:1")).thenReturn(SurveyService.Outcome.RECORDED);
        Outcome thanks = step.take(Turn.of("zalo:1", "RATE:" + CODE + ":5"));
        assertThat(thanks.toString()).contains("Rất hài lòng", "RATEASPECT:" + CODE + ":TIME", "RATESKIP:" + CODE);
        verify(surveys).awaitComment("zalo:1", CODE);

        when(surveys.rate(CODE, 1, "zalo", null, null, "zalo:1")).thenReturn(SurveyService.Outcome.ALREADY_RATED);
        assertThat(step.take(Turn.of("zalo:1", "RATE:" + CODE + ":1")).toString()).contains("đã đánh giá hồ sơ " + CODE + " rồi");
    }

    @Test
    void whatMatteredTheSkipAndTheCommentThatFollows() {
        assertThat(step.take(Turn.of("zalo:1", "RATEASPECT:" + CODE + ":TIME")).toString()).contains("gõ thêm góp ý");
        verify(surveys).aspect(CODE, Rating.Aspect.TIME);
        assertThat(step.take(Turn.of("zalo:1", "RATEASPECT:" + CODE + ":PRICE"))).isEqualTo(Outcome.silent());

        assertThat(step.take(Turn.of("zalo:1", "RATESKIP:" + CODE)).toString()).contains("Cảm ơn Ông/Bà đã dành thời gian");
        verify(surveys).commentSkipped("zalo:1");

        when(surveys.takeAwaitedComment("zalo:2")).thenReturn(Optional.of(CODE));
        assertThat(step.take(Turn.of("zalo:2", "Cán bộ rất tận tình")).toString()).contains("Cảm ơn Ông/Bà đã góp ý");
        verify(surveys).comment(CODE, "Cán bộ rất tận tình");
    }

    @Test
    void withoutASurveyAwaitingAMessagePasses() {
        when(surveys.takeAwaitedComment(anyString())).thenReturn(Optional.empty());
        assertThat(step.take(Turn.of("zalo:3", "đăng ký khai sinh"))).isEqualTo(Outcome.pass());
        verify(surveys, never()).comment(any(), any());
    }
}
