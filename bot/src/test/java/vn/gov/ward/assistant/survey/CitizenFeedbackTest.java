package vn.gov.ward.assistant.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import vn.gov.ward.assistant.AssistantTest;
import vn.gov.ward.assistant.HttpJson;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.feedback.FeedbackService;
import vn.gov.ward.assistant.feedback.Ticket;
import vn.gov.ward.assistant.officer.DeliveryReceipts;
import vn.gov.ward.assistant.support.CitizensAndOfficersTestBase;
import vn.gov.ward.assistant.support.ZaloEvents;

/**
 * Citizens on Zalo and officers on Telegram, both fakes: the survey after a result is returned (chat
 * buttons, ZNS outside the window, the signed rating page), low scores to the leader, the reminder,
 * feedback tickets answered from Telegram, and the hand-off to the officer on duty.
 */
class CitizenFeedbackTest extends CitizensAndOfficersTestBase {

    @Autowired
    DossierService dossiers;
    @Autowired
    SurveyService surveys;
    @Autowired
    FeedbackService feedback;
    @Autowired
    DeliveryReceipts receipts;

    private void returned(String code, String zaloUser, String phone) {
        Instant received = clock.instant().minus(Duration.ofDays(5));
        dossiers.put(code, new DossierService.Intake("1.001193", new Dossier.Applicant("Nguyễn Văn An", phone, zaloUser), "sv-1",
                received, clock.instant().plus(Duration.ofDays(1)), DossierStatus.IN_PROGRESS));
        dossiers.recordStatus(code, DossierStatus.RESULT_READY, clock.instant().minusSeconds(60), null);
        dossiers.recordStatus(code, DossierStatus.RETURNED, clock.instant(), null);
        // The survey begins from the change's effects, on their worker.
        await().atMost(Duration.ofSeconds(15)).until(() -> surveys.surveyed(code));
    }

    @Test
    void returnedThenSurveyOnZaloThenFiveThenCommentIsStoredAndASecondTapChangesNothing() {
        says("u-2001", "xin chào"); // inside the 7-day window
        returned("000.32.33.H26-261201-0001", "u-2001", "0912000301");
        String question = awaitZalo("u-2001", "hài lòng thế nào");
        assertThat(question).contains("000.32.33.H26-261201-0001", "https://dichvu.phuong.example/danh-gia/");
        JsonNode buttons = zalo.sent(CS).stream().filter(m -> m.get("message").get("text").asString().contains("hài lòng thế nào"))
                .findFirst().orElseThrow().get("message").get("attachment").get("payload").get("buttons");
        assertThat(buttons.size()).isEqualTo(5);
        assertThat(buttons.get(0).get("title").asString()).isEqualTo("Rất hài lòng");
        assertThat(buttons.get(4).get("title").asString()).isEqualTo("Rất không hài lòng");
        assertThat(buttons.get(0).get("payload").asString()).isEqualTo("RATE:000.32.33.H26-261201-0001:5");

        says("u-2001", "RATE:000.32.33.H26-261201-0001:5");
        assertThat(awaitZalo("u-2001", "Cảm ơn Ông/Bà đã đánh giá")).contains("Rất hài lòng");
        says("u-2001", "Cán bộ hướng dẫn rất tận tình");
        awaitZalo("u-2001", "Cảm ơn Ông/Bà đã góp ý");
        Rating rating = surveys.rating("000.32.33.H26-261201-0001").orElseThrow();
        assertThat(rating.score()).isEqualTo(5);
        assertThat(rating.comment()).isEqualTo("Cán bộ hướng dẫn rất tận tình");
        assertThat(rating.channel()).isEqualTo("zalo");
        assertThat(rating.officerId()).isEqualTo("sv-1");
        assertThat(rating.procedureCode()).isEqualTo("1.001193");

        says("u-2001", "RATE:000.32.33.H26-261201-0001:1");
        awaitZalo("u-2001", "đã đánh giá hồ sơ 000.32.33.H26-261201-0001 rồi");
        assertThat(surveys.rating("000.32.33.H26-261201-0001").orElseThrow().score()).isEqualTo(5);
        says("u-9999", "RATE:000.32.33.H26-261201-0001:1");
        awaitZalo("u-9999", "không tìm thấy phiếu đánh giá");
    }

    @Test
    void outsideTheWindowTheSurveyGoesAsTheZnsRatingTemplateAndItsRatingIsRecorded() {
        returned("000.32.33.H26-261201-0002", "u-2002", "0912000302");
        // The result-ready notice goes by ZNS too (its status template), just before the survey.
        await().atMost(Duration.ofSeconds(15)).until(() -> ratingTemplate("000.32.33.H26-261201-0002").isPresent());
        JsonNode zns = ratingTemplate("000.32.33.H26-261201-0002").orElseThrow();
        assertThat(zns.get("phone").asString()).isEqualTo("84912000302");
        assertThat(zns.get("template_data").get("lien_ket").asString()).startsWith("https://dichvu.phuong.example/danh-gia/");
        String tracking = zns.get("tracking_id").asString();

        assertThat(events.deliver(Map.of("app_id", ZaloEvents.APP_ID, "event_name", "user_feedback", "timestamp",
                Long.toString(clock.millis()), "sender", Map.of("id", "u-2002"), "recipient", Map.of("id", "oa-1"),
                "message", Map.of("msg_id", "zns-1", "tracking_id", tracking, "rate", 4, "note", "Nhanh")))).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> surveys.rating("000.32.33.H26-261201-0002").isPresent());
        Rating rating = surveys.rating("000.32.33.H26-261201-0002").orElseThrow();
        assertThat(rating.channel()).isEqualTo("zns");
        assertThat(rating.score()).isEqualTo(4);
        assertThat(rating.comment()).isEqualTo("Nhanh");
    }

    /** The rating template sent for a dossier (the class's other returned dossiers are surveyed by ZNS too). */
    private Optional<JsonNode> ratingTemplate(String code) {
        return zalo.sent("/message/template").stream().filter(m -> m.get("template_id").asString().equals("tpl-rating"))
                .filter(m -> m.get("template_data").get("ma_ho_so").asString().equals(code)).findFirst();
    }

    @Test
    void theRatingLinkWorksOnceAndRefusesExpiredAndForgedLinks() {
        returned("000.32.33.H26-261201-0003", null, "0912000303");
        HttpJson.Response survey = http.get("/api/v1/surveys/000.32.33.H26-261201-0003", "X-Api-Key", AssistantTest.API_KEY);
        assertThat(survey.status()).isEqualTo(200);
        String path = survey.body().get("link").asString().replace("https://dichvu.phuong.example", "");

        HttpJson.Response form = http.get(path);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.raw()).contains("000.32.33.H26-261201-0003", "Rất hài lòng", "Rất không hài lòng", "name=\"score\"");
        HttpJson.Response sent = http.postBody(path, "application/x-www-form-urlencoded", "score=5&aspect=TIME&comment=" + HttpJson.encode("Rất nhanh"));
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.raw()).contains("Cảm ơn Ông/Bà đã đánh giá");
        HttpJson.Response reused = http.postBody(path, "application/x-www-form-urlencoded", "score=1");
        assertThat(reused.raw()).contains("đã được đánh giá");
        Rating rating = surveys.rating("000.32.33.H26-261201-0003").orElseThrow();
        assertThat(rating.score()).isEqualTo(5);
        assertThat(rating.channel()).isEqualTo("web");
        assertThat(rating.aspect()).isEqualTo(Rating.Aspect.TIME);

        String token = path.substring(path.lastIndexOf('/') + 1);
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertThat(http.get("/danh-gia/" + forged).status()).isEqualTo(404);
        assertThat(http.get("/danh-gia/not-a-token").status()).isEqualTo(404);

        returned("000.32.33.H26-261201-0004", null, "0912000304");
        String expiring = http.get("/api/v1/surveys/000.32.33.H26-261201-0004", "X-Api-Key", AssistantTest.API_KEY).body().get("link").asString()
                .replace("https://dichvu.phuong.example", "");
        clock.advance(Duration.ofDays(15));
        HttpJson.Response expired = http.postBody(expiring, "application/x-www-form-urlencoded", "score=4");
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.raw()).contains("hết hạn");
        assertThat(surveys.rating("000.32.33.H26-261201-0004")).isEmpty();
    }

    @Test
    void aLowScoreReachesTheOfficersLeaderOnTelegramWithTheCommentButNoPersonalData() {
        returned("000.32.33.H26-261201-0005", null, "0912000305");
        String path = http.get("/api/v1/surveys/000.32.33.H26-261201-0005", "X-Api-Key", AssistantTest.API_KEY).body().get("link").asString()
                .replace("https://dichvu.phuong.example", "");
        http.postBody(path, "application/x-www-form-urlencoded", "score=1&comment=" + HttpJson.encode("Phải đi lại ba lần"));
        String alert = awaitTelegram(LEADER_CHAT, "Đánh giá thấp: 1/5");
        assertThat(alert).contains("000.32.33.H26-261201-0005", "khai sinh", "Trần Văn Xử Lý", "Phải đi lại ba lần")
                .doesNotContain("0912000305", "Nguyễn Văn An");
    }

    @Test
    void oneReminderAfterTwoWorkingDaysThenSilence() {
        says("u-2006", "xin chào");
        clock.set(at("2026-12-04T10:00")); // a Friday
        says("u-2006", "cảm ơn");
        returned("000.32.33.H26-261201-0006", "u-2006", "0912000306");
        awaitZalo("u-2006", "hài lòng thế nào");
        clock.set(at("2026-12-07T10:30")); // Monday: one working day only
        surveys.remind();
        settled.await();
        assertThat(zaloTextsTo("u-2006")).noneMatch(t -> t.contains("Nhắc lại"));
        clock.set(at("2026-12-08T10:01")); // Tuesday: two working days
        surveys.remind();
        assertThat(awaitZalo("u-2006", "Nhắc lại")).contains("000.32.33.H26-261201-0006");
        clock.set(at("2026-12-10T10:01"));
        surveys.remind();
        settled.await();
        assertThat(zaloTextsTo("u-2006")).filteredOn(t -> t.contains("hài lòng thế nào")).hasSize(2);
    }

    @Test
    void feedbackFromZaloReachesTheOfficerOnTelegramAndTheAnswerComesBackOnZalo() {
        says("u-3001", "Phản ánh: đèn đường ở tổ dân phố 5 bị hỏng đã một tuần");
        String ack = awaitZalo("u-3001", "đã được tiếp nhận với mã");
        String code = ack.replaceAll("(?s).*(PA-\\d{6}-\\d{4}).*", "$1");
        String toOfficer = awaitTelegram(FEEDBACK_CHAT, code);
        assertThat(toOfficer).contains("Phản ánh", "đèn đường ở tổ dân phố 5", "Trả lời (Reply)");
        assertThat(telegram.sentTo(FEEDBACK_CHAT).get(telegram.sentTo(FEEDBACK_CHAT).size() - 1).body().toString()).contains("CLOSE:" + code);

        telegram.userReplies(FEEDBACK_CHAT, toOfficer, "Phường đã cử người sửa, dự kiến xong trong ngày mai.");
        assertThat(awaitZalo("u-3001", "Trả lời phản ánh " + code)).contains("dự kiến xong trong ngày mai", "Phan Văn Phản Hồi");
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            receipts.scan();
            return telegram.textsTo(FEEDBACK_CHAT).stream().anyMatch(t -> t.contains("Câu trả lời cho " + code + " đã được gửi tới công dân qua Zalo"));
        });
        Ticket ticket = feedback.find(code).orElseThrow();
        assertThat(ticket.status()).isEqualTo(Ticket.Status.ANSWERED);
        assertThat(ticket.answers()).hasSize(1);

        telegram.userPresses(FEEDBACK_CHAT, 77, toOfficer, "CLOSE:" + code);
        await().atMost(Duration.ofSeconds(10)).until(() -> feedback.find(code).orElseThrow().status() == Ticket.Status.CLOSED);
    }

    @Test
    void aTicketLeftUnansweredPastItsDueTimeRemindsTheOfficerAndTheLeaderOnce() {
        says("u-3002", "Kiến nghị: lắp thêm đèn đường ở ngõ 12 tổ dân phố 3");
        String unanswered = awaitZalo("u-3002", "đã được tiếp nhận với mã").replaceAll("(?s).*(PA-\\d{6}-\\d{4}).*", "$1");
        awaitTelegram(FEEDBACK_CHAT, unanswered);
        says("u-3003", "Góp ý: nên có thêm ghế chờ ở bộ phận một cửa");
        String answered = awaitZalo("u-3003", "đã được tiếp nhận với mã").replaceAll("(?s).*(PA-\\d{6}-\\d{4}).*", "$1");
        telegram.userReplies(FEEDBACK_CHAT, awaitTelegram(FEEDBACK_CHAT, answered), "Cảm ơn Ông/Bà, phường sẽ bổ sung ghế chờ.");
        awaitZalo("u-3003", "Trả lời góp ý " + answered);

        clock.set(at("2026-12-15T08:59")); // due at 09:00, ten working days after 01/12 09:00
        feedback.remindOverdue();
        clock.set(at("2026-12-15T10:00"));
        feedback.remindOverdue();
        feedback.remindOverdue();

        // Other tests of the class leave tickets of their own unanswered: this one's reminder, by its code.
        String toOfficer = awaitTelegram(FEEDBACK_CHAT, unanswered + " quá hạn trả lời");
        assertThat(toOfficer).contains(unanswered, "hạn 15/12/2026", "lắp thêm đèn đường", "Trả lời (Reply)");
        assertThat(awaitTelegram(LEADER_CHAT, unanswered + " quá hạn trả lời")).contains("Phan Văn Phản Hồi");
        settled.await();
        assertThat(telegram.textsTo(FEEDBACK_CHAT)).filteredOn(t -> t.contains("quá hạn trả lời") && t.contains(unanswered)).hasSize(1);
        assertThat(telegram.textsTo(LEADER_CHAT)).filteredOn(t -> t.contains("quá hạn trả lời") && t.contains(unanswered)).hasSize(1);
        assertThat(telegram.textsTo(FEEDBACK_CHAT)).noneMatch(t -> t.contains("quá hạn trả lời") && t.contains(answered));

        // replying to the reminder answers the ticket
        telegram.userReplies(FEEDBACK_CHAT, toOfficer, "Phường đã đưa vào kế hoạch lắp đèn quý I/2027.");
        assertThat(awaitZalo("u-3002", "Trả lời kiến nghị " + unanswered)).contains("quý I/2027");
    }

    @Test
    void aHandOffGoesToTheOfficerOnDutyWhoAnswersAndEndsIt() {
        says("u-4001", "đăng ký khai sinh cần gì");
        awaitZalo("u-4001", "khai sinh");
        says("u-4001", "gặp cán bộ");
        assertThat(awaitZalo("u-4001", "Tôi đã chuyển Ông/Bà đến cán bộ")).contains("Ngô Thị Trực");
        String toOfficer = awaitTelegram(ON_DUTY_CHAT, "Công dân cần gặp cán bộ");
        assertThat(toOfficer).contains("Hỏi: đăng ký khai sinh cần gì", "Công dân: đăng ký khai sinh cần gì", "Trợ lý:");
        String id = toOfficer.replaceAll("(?s).*(HT-\\d{6}-\\d{4}).*", "$1");

        int repliesBefore = zaloTextsTo("u-4001").size();
        says("u-4001", "Cho tôi hỏi con tôi sinh ở nước ngoài thì làm ở đâu");
        String forwarded = awaitTelegram(ON_DUTY_CHAT, "sinh ở nước ngoài");
        assertThat(forwarded).contains(id);
        says("u-4001", "HELP"); // even the help button reaches the officer, not the assistant
        awaitTelegram(ON_DUTY_CHAT, "công dân:\n(bấm nút) xem hướng dẫn");
        telegram.userReplies(ON_DUTY_CHAT, forwarded, "Ông/Bà làm thủ tục ghi vào sổ hộ tịch việc khai sinh tại phường nhé.");
        assertThat(awaitZalo("u-4001", "Ngô Thị Trực:")).contains("ghi vào sổ hộ tịch");
        assertThat(zaloTextsTo("u-4001")).as("the assistant kept quiet").hasSize(repliesBefore + 1);

        telegram.userPresses(ON_DUTY_CHAT, 88, toOfficer, "ENDHO:" + id);
        awaitZalo("u-4001", "đã kết thúc trao đổi");
        says("u-4001", "đăng ký tạm trú");
        awaitZalo("u-4001", "tạm trú");
    }

    @Test
    void outsideOfficeHoursAHandOffBecomesATicketAndTheCitizenHearsWhen() {
        clock.set(at("2026-12-01T20:00"));
        says("u-4002", "nói chuyện với người thật");
        String reply = awaitZalo("u-4002", "ngoài giờ làm việc");
        assertThat(reply).contains("07:30 ngày 02/12/2026").containsPattern("PA-\\d{6}-\\d{4}");
    }
}
