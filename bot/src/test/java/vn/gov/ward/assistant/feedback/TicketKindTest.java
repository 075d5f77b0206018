package vn.gov.ward.assistant.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketKindTest {

    @Test
    void theContentIsWhatFollowsTheLabelWithOrWithoutMarksAndPunctuation() {
        assertThat(Ticket.Kind.PHAN_ANH.contentOf("Phản ánh: đèn đường tổ 5 bị hỏng")).isEqualTo("đèn đường tổ 5 bị hỏng");
        assertThat(Ticket.Kind.KIEN_NGHI.contentOf("kien nghi - lap them ghe cho")).isEqualTo("lap them ghe cho");
        assertThat(Ticket.Kind.GOP_Y.contentOf("Góp ý")).isEmpty();
        // a message that does not open with the label (a hand-off outside office hours) is all content
        assertThat(Ticket.Kind.GAP_CAN_BO.contentOf(" tôi cần gặp cán bộ hộ tịch ")).isEqualTo("tôi cần gặp cán bộ hộ tịch");
    }
}
