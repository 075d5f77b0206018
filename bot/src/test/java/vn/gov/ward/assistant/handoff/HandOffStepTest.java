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
        for (String text : List.of("cho tôi hỏi thêm", "xin chào", "phản ánh: đèn hỏng")) {
            assertThat(step.take(Turn.of("zalo:1", text))).as(text).isEqualTo(Outcome.silent());
            verify(handOff).forward("HT-260310-0001", "zalo:1", text);
        }
        // A tapped button reaches the officer in words, never as its payload.
        assertThat(step.take(Turn.of("zalo:1", "HELP"))).isEqualTo(Outcome.silent());
        verify(handOff).forward("HT-260310-0001", "zalo:1", "(bấm nút) xem hướng dẫn");
        assertThat(step.take(Turn.of("zalo:1", "RATE:000.32.33.H26-260310-0107:2"))).isEqualTo(Outcome.silent());
        verify(handOff).forward("HT-260310-0001", "zalo:1", "(bấm nút) đánh giá 2/5 hồ sơ 000.32.33.H26-260310-0107");
        assertThat(step.take(Turn.of("zalo:1", "  "))).isEqualTo(Outcome.silent());
        verify(handOff, never()).forward(any(), any(), org.mockito.ArgumentMatchers.eq(""));
    }

    @Test
    void theButtonOrAskingForAPersonStartsOne() {
        when(handOff.activeFor(anyString())).thenReturn(Optional.empty());
        when(handOff.start(anyString(), anyString())).thenReturn(Reply.text("chuyển cán bộ"));
        assertThat(step.take(Turn.of("zalo:1", "HANDOFF"))).isEqualTo(Outcome.answer("chuyển cán bộ"));
        verify(handOff).start("zalo:1", "");
        assertThat(step.take(Turn.of("zalo:4", "gặp cán bộ"))).isEqualTo(Outcome.answer("chuyển cán bộ"));
        verify(handOff).start("zalo:4", "");
        assertThat(step.take(Turn.of("zalo:2", "Gặp cán bộ giúp tôi"))).isEqualTo(Outcome.answer("chuyển cán bộ"));
        verify(handOff).start("zalo:2", "Gặp cán bộ giúp tôi");
        assertThat(step.take(Turn.of("zalo:3", "đăng ký khai sinh"))).isEqualTo(Outcome.pass());
    }
}
