package vn.gov.ward.assistant.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.support.CitizensAndOfficersTestBase;

/** A "phản ánh" about the conduct or delay of the officer handling a dossier reaches that officer and their leader, who may answer it. */
class ComplaintAboutAnOfficerTest extends CitizensAndOfficersTestBase {

    @Autowired
    DossierService dossiers;
    @Autowired
    FeedbackService feedback;

    private void dossier(String code, String zaloUser) {
        dossiers.put(code, new DossierService.Intake("1.001193", new Dossier.Applicant("Lê Thị Cúc", "0903111222", zaloUser), "sv-1",
                clock.instant().minus(Duration.ofDays(9)), clock.instant().minus(Duration.ofDays(1)), DossierStatus.IN_PROGRESS));
    }

    private static String codeIn(String text) {
        return text.replaceAll("(?s).*(PA-\\d{6}-\\d{4}).*", "$1");
    }

    @Test
    void aComplaintNamingTheHandlingOfficerReachesTheLeaderWhoAnswersIt() {
        String code = "000.32.33.H26-261120-0111";
        dossier(code, "u-6101");
        says("u-6101", "Phản ánh: anh Lý xử lý hồ sơ " + code + " chậm quá, hẹn mãi chưa xong");
        String ticketCode = codeIn(awaitZalo("u-6101", "đã được tiếp nhận với mã"));

        String toOfficer = awaitTelegram(HANDLING_CHAT, ticketCode);
        assertThat(toOfficer).contains("về cán bộ <b>Trần Văn Xử Lý</b>", "<code>" + code + "</code>", "chậm quá");
        String toLeader = awaitTelegram(LEADER_CHAT, ticketCode);
        assertThat(toLeader).contains("Phản ánh " + ticketCode, "về cán bộ <b>Trần Văn Xử Lý</b>", code, "Cán bộ trả lời: Trần Văn Xử Lý",
                "Trả lời (Reply)");
        Ticket ticket = feedback.find(ticketCode).orElseThrow();
        assertThat(ticket.officerId()).as("the handling officer answers, whatever the field").isEqualTo("sv-1");
        assertThat(ticket.officerConcernedId()).isEqualTo("sv-1");
        assertThat(ticket.dossierCode()).isEqualTo(code);

        telegram.userReplies(LEADER_CHAT, toLeader, "Phường xin lỗi Ông/Bà; lãnh đạo đã yêu cầu trả kết quả trong ngày mai.");
        assertThat(awaitZalo("u-6101", "Trả lời phản ánh " + ticketCode)).contains("trả kết quả trong ngày mai", "Lê Thị Lãnh Đạo");
        await().atMost(Duration.ofSeconds(10)).until(() -> feedback.find(ticketCode).orElseThrow().status() == Ticket.Status.ANSWERED);
    }

    @Test
    void aComplaintOfDelayFromTheCitizenOfADossierReachesTheLeaderWithoutTheCode() {
        dossier("000.32.33.H26-261120-0112", "u-6102");
        says("u-6102", "Phản ánh: hồ sơ của tôi đã quá hạn mà chưa ai liên hệ");
        String ticketCode = codeIn(awaitZalo("u-6102", "đã được tiếp nhận với mã"));
        assertThat(awaitTelegram(LEADER_CHAT, ticketCode)).contains("về cán bộ <b>Trần Văn Xử Lý</b>", "000.32.33.H26-261120-0112");
        assertThat(awaitTelegram(HANDLING_CHAT, ticketCode)).contains("000.32.33.H26-261120-0112");
    }

    @Test
    void feedbackAboutAThingGoesByFieldOnly() {
        dossier("000.32.33.H26-261120-0113", "u-6103");
        says("u-6103", "Phản ánh: đèn đường ở ngõ 7 tổ dân phố 2 bị hỏng");
        String ticketCode = codeIn(awaitZalo("u-6103", "đã được tiếp nhận với mã"));
        awaitTelegram(FEEDBACK_CHAT, ticketCode);
        assertThat(feedback.find(ticketCode).orElseThrow().officerConcernedId()).isNull();
        settled.await();
        assertThat(telegram.textsTo(LEADER_CHAT)).noneMatch(t -> t.contains(ticketCode));
    }
}
