package vn.gov.ward.assistant.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

import vn.gov.ward.assistant.conversation.Outcome;
import vn.gov.ward.assistant.conversation.Turn;

class FeedbackStepTest {

    final FeedbackService feedback = mock(FeedbackService.class);
    final FeedbackStep step = new FeedbackStep(feedback);

    @Test
    void aMessageOpeningWithItsKindOpensATicket() {
        Ticket ticket = mock(Ticket.class);
        when(feedback.open(any(), any(), any())).thenReturn(ticket);
        when(feedback.acknowledgement(ticket)).thenReturn("Cảm ơn Ông/Bà. Mã PA-260310-0001");
        assertThat(step.take(Turn.of("zalo:1", "Kiến nghị: lắp thêm đèn đường ở ngõ 12"))).isEqualTo(Outcome.answer("Cảm ơn Ông/Bà. Mã PA-260310-0001"));
        verify(feedback).open("zalo:1", Ticket.Kind.KIEN_NGHI, "Kiến nghị: lắp thêm đèn đường ở ngõ 12");
    }

    @Test
    void tooShortAContentIsAskedForAgainAndOtherMessagesPass() {
        assertThat(step.take(Turn.of("zalo:1", "phản ánh")).toString()).contains("vui lòng gửi phản ánh trong một tin nhắn");
        assertThat(step.take(Turn.of("zalo:1", "đăng ký khai sinh"))).isEqualTo(Outcome.pass());
        verify(feedback, never()).open(any(), any(), any());
    }
}
