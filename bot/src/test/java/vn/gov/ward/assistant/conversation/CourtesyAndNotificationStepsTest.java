package vn.gov.ward.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

class CourtesyAndNotificationStepsTest {

    @Test
    void aGreetingIsGreetedAndARequestForHelpHelped() {
        Guidance guidance = mock(Guidance.class);
        when(guidance.greeting()).thenReturn(Reply.text("xin chào"));
        when(guidance.help()).thenReturn(Reply.text("help"));
        CourtesyStep step = new CourtesyStep(guidance);
        assertThat(step.take(Turn.of("zalo:1", "Xin chào!"))).isEqualTo(Outcome.answer("xin chào"));
        assertThat(step.take(Turn.of("zalo:1", "giúp tôi"))).isEqualTo(Outcome.answer("help"));
        assertThat(step.take(Turn.of("zalo:1", "/start"))).isEqualTo(Outcome.answer("help"));
        assertThat(step.take(Turn.of("zalo:1", "xin chào, làm khai sinh cần gì"))).isEqualTo(Outcome.pass());
    }

    @Test
    void notificationsStopAndStartAtTheCitizensWord() {
        NotificationPreferences preferences = mock(NotificationPreferences.class);
        NotificationStep step = new NotificationStep(preferences);
        assertThat(step.take(Turn.of("zalo:1", "Dừng thông báo")).toString()).contains("Đã dừng thông báo");
        verify(preferences).optOut("zalo:1");
        assertThat(step.take(Turn.of("zalo:1", "bật thông báo")).toString()).contains("Đã bật lại thông báo");
        verify(preferences).optIn("zalo:1");
        NotificationPreferences untouched = mock(NotificationPreferences.class);
        assertThat(new NotificationStep(untouched).take(Turn.of("zalo:1", "thông báo gì"))).isEqualTo(Outcome.pass());
        verifyNoInteractions(untouched);
    }
}
