package vn.gov.ward.assistant.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.gov.ward.assistant.conversation.Outcome;
import vn.gov.ward.assistant.conversation.Reply;
import vn.gov.ward.assistant.conversation.Turn;

class HandOffStepTest {

    final HandOffService handOff = mock(HandOffService.class);
    final HandOffStep step = new HandOffStep(handOff);

    @Test
    void aCitizenInAHandOffReachesTheOfficerWhateverTheySendAndTheAssistantKeepsQuiet() {
        when(handOff.activeFor("zalo:1")).thenReturn(Optional.of("HT-260310-0001"));
        for (String text : List.of("cho tôi hỏi thêm", "HELP", "PROC:1.001193", "xin chào", "phản ánh: đèn hỏng")) {
            assertThat(step.take(Turn.of("zalo:1", text))).as(text).isEqualTo(Outcome.silent());
            verify(handOff).forward("HT-260310-0001", "zalo:1", text);
        }
        assertThat(step.take(Turn.of("zalo:1", "  "))).isEqualTo(Outcome.silent());
        verify(handOff, never()).forward(any(), any(), org.mockito.ArgumentMatchers.eq(""));
    }

    @Test
    void theButtonOrAskingForAPersonStartsOne() {
        when(handOff.activeFor(anyString())).thenReturn(Optional.empty());
        when(handOff.start(anyString(), anyString())).thenReturn(Reply.text("chuyển cán bộ"));
        assertThat(step.take(Turn.of("zalo:1", "HANDOFF"))).isEqualTo(Outcome.answer("chuyển cán bộ"));
        verify(handOff).start("zalo:1", "Gặp cán bộ");
        assertThat(step.take(Turn.of("zalo:2", "Gặp cán bộ giúp tôi"))).isEqualTo(Outcome.answer("chuyển cán bộ"));
        verify(handOff).start("zalo:2", "Gặp cán bộ giúp tôi");
        assertThat(step.take(Turn.of("zalo:3", "đăng ký khai sinh"))).isEqualTo(Outcome.pass());
    }
}
