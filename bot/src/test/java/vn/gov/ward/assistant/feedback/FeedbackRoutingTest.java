package vn.gov.ward.assistant.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.ward.assistant.AssistantTest;

/** Feedback goes to the officer of the field it is about, as application.yml routes fields (names with spaces and marks). */
@AssistantTest
class FeedbackRoutingTest {

    @Autowired
    FeedbackService feedback;
    @Autowired
    FeedbackProperties properties;

    @Test
    void fieldsWithVietnameseNamesAreRouted() {
        assertThat(properties.fieldOfficers()).containsEntry("Hộ tịch", "tuphap-hotich-01").containsEntry("Đất đai", "diachinh-01");
        Ticket birth = feedback.open("web:routing-test-1", Ticket.Kind.KIEN_NGHI, "kiến nghị về thủ tục đăng ký khai sinh, cán bộ hướng dẫn chưa rõ");
        assertThat(birth.field()).isEqualTo("Hộ tịch");
        assertThat(birth.officerId()).isEqualTo("tuphap-hotich-01");
        assertThat(birth.code()).matches("PA-\\d{6}-\\d{4}");
        assertThat(birth.status()).isEqualTo(Ticket.Status.OPEN);
        Ticket other = feedback.open("web:routing-test-2", Ticket.Kind.GOP_Y, "góp ý nên trồng thêm cây xanh ở công viên");
        assertThat(other.officerId()).isEqualTo("motcua-01");
        assertThat(other.dueAt()).isAfter(other.createdAt());
    }
}
