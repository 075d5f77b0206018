package vn.gov.ward.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.gov.ward.knowledge.ward.WardProfile;

/** The steps that are not about a procedure: courtesy, the office's hours, another language, notifications. */
class CourtesyAndNotificationStepsTest {

    static final WardProfile WARD = new WardProfile(new WardProfile.Office("UBND phường Hòa Bình", "Số 1 đường Hòa Bình",
            "024 3826 0000", "Thứ Hai đến Thứ Sáu, sáng 7:30–11:30, chiều 13:30–17:00", "https://dichvucong.gov.vn"), Set.of(), Map.of());

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
    void thanksAndAcknowledgementsGetCourtesyNotASearch() {
        CourtesyStep step = new CourtesyStep(mock(Guidance.class));
        for (String thanks : List.of("cảm ơn", "Cảm ơn ad nhiều ạ", "dạ em cảm ơn", "thanks", "ok cam on nhe")) {
            assertThat(step.take(Turn.of("zalo:1", thanks)).toString()).as(thanks).contains("không có gì");
        }
        for (String ack : List.of("ok", "dạ", "Vâng ạ", "👍", "❤️", "được rồi", "oke")) {
            assertThat(step.take(Turn.of("zalo:1", ack)).toString()).as(ack).contains("cần hỏi thêm gì");
        }
        assertThat(step.take(Turn.of("zalo:1", "tạm biệt")).toString()).contains("tốt lành");
        for (String question : List.of("cảm ơn, cho hỏi làm khai sinh cần gì", "ok vậy phí bao nhiêu", "?", "dạ con muốn đổi tên")) {
            assertThat(step.take(Turn.of("zalo:1", question))).as(question).isEqualTo(Outcome.pass());
        }
    }

    @Test
    void theOfficeHoursAnswerWhenTheOfficeWorks() {
        OfficeHoursStep step = new OfficeHoursStep(WARD);
        for (String asked : List.of("Có làm thứ 7 không", "chu nhat co lam viec ko", "giờ làm việc của phường", "mấy giờ mở cửa ạ",
                "thứ bảy có nhận hồ sơ không", "nghỉ trưa từ mấy giờ")) {
            assertThat(step.take(Turn.of("zalo:1", asked)).toString()).as(asked).contains("Thứ Hai đến Thứ Sáu", "https://dichvucong.gov.vn");
        }
        for (String other : List.of("khai sinh cho con thứ 7", "đóng cửa hẳn hộ kinh doanh", "đăng ký khai sinh")) {
            assertThat(step.take(Turn.of("zalo:1", other))).as(other).isEqualTo(Outcome.pass());
        }
    }

    @Test
    void englishGetsANoteInBothLanguagesAndUnmarkedVietnameseDoesNot() {
        OtherLanguageStep step = new OtherLanguageStep(WARD);
        for (String english : List.of("How do I register a birth certificate?", "what documents do I need for marriage registration",
                "Where is the office")) {
            assertThat(step.take(Turn.of("zalo:1", english)).toString()).as(english).contains("tiếng Việt", "Sorry", "024 3826 0000");
        }
        for (String vietnamese : List.of("the can cuoc cho con", "do xe o dau", "lam the nao de dang ky tam tru", "hello ad",
                "Làm thẻ căn cước how much")) {
            assertThat(step.take(Turn.of("zalo:1", vietnamese))).as(vietnamese).isEqualTo(Outcome.pass());
        }
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
