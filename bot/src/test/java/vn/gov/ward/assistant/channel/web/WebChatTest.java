package vn.gov.ward.assistant.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.gov.ward.assistant.AssistantTest;
import vn.gov.ward.assistant.HttpJson;

/** The web chat over HTTP, as the page uses it. */
@AssistantTest
class WebChatTest {

    @LocalServerPort
    int port;
    HttpJson http;
    String session;

    @BeforeEach
    void setUp() {
        http = new HttpJson(port);
        session = UUID.randomUUID().toString().replace("-", "");
    }

    private JsonNode say(String text) {
        HttpJson.Response r = http.post("/api/v1/chat", Map.of("sessionId", session, "text", text));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.body().get("replies").get(0);
    }

    @Test
    void questionThenChoiceThenFollowUp() {
        JsonNode answer = say("lam giay khai sinh cho con can gi");
        assertThat(answer.get("text").asString())
                .contains("Thủ tục đăng ký khai sinh", "1.001193", "Giấy tờ cần chuẩn bị", "Giấy chứng sinh",
                        "Thời hạn giải quyết: 1 ngày làm việc", "Lệ phí", "Cách nộp", "https://dichvucong.gov.vn/");
        // what everyone brings first; what only some cases need ("… trong trường hợp ủy quyền") behind "Xem đủ giấy tờ"
        assertThat(answer.get("text").asString()).contains("Tờ khai đăng ký khai sinh").doesNotContain("Văn bản ủy quyền");
        assertThat(say("phí bao nhiêu").get("text").asString()).startsWith("Về thủ tục đăng ký khai sinh:\nLệ phí");

        // The card is issued by one procedure under 14 and another from 14: the question does not say which.
        JsonNode clarify = say("thẻ căn cước");
        assertThat(clarify.get("text").asString()).startsWith("Ông/Bà muốn hỏi thủ tục nào");
        JsonNode buttons = clarify.get("buttons");
        assertThat(buttons.size()).isBetween(2, 4);
        JsonNode second = buttons.get(1);
        String chosenCode = second.get("payload").asString().substring("PROC:".length());

        JsonNode chosen = say(second.get("payload").asString());
        assertThat(chosen.get("text").asString()).contains("(mã " + chosenCode + ")");

        JsonNode fee = say("phí bao nhiêu");
        assertThat(fee.get("text").asString()).startsWith("Về thủ tục ").contains("Lệ phí:");
        assertThat(fee.get("text").asString()).doesNotContain("chưa tìm thấy");

        JsonNode time = say("mat may ngay");
        assertThat(time.get("text").asString()).contains("Thời hạn giải quyết");
    }

    @Test
    void choosingByNumberWorksLikeTheButton() {
        JsonNode clarify = say("the can cuoc");
        String firstPayload = clarify.get("buttons").get(0).get("payload").asString();
        JsonNode byNumber = say("1");
        assertThat(byNumber.get("text").asString()).contains("(mã " + firstPayload.substring("PROC:".length()) + ")");
    }

    @Test
    void outOfScopeIsDeclinedWithTheOfficePhone() {
        JsonNode reply = say("cho em hỏi kết quả bóng đá tối qua");
        assertThat(reply.get("text").asString()).contains("chưa tìm thấy thủ tục phù hợp", "024 3826 0000");
    }

    @Test
    void anAspectWithoutAProcedureAsksWhichOne() {
        assertThat(say("phí bao nhiêu").get("text").asString()).startsWith("Ông/Bà muốn hỏi lệ phí của thủ tục nào?");
    }

    @Test
    void greetingOffersHelpWithTheWardsProceduresByCode() {
        JsonNode reply = say("Xin chào");
        assertThat(reply.get("text").asString()).contains("Tôi có thể giúp gì");
        assertThat(reply.get("buttons").toString()).contains("PROC:1.001193", "PROC:1.004194", "PROC:2.000815");

        JsonNode welcome = http.get("/api/v1/chat/welcome").body().get("replies").get(0);
        assertThat(welcome.get("text").asString()).startsWith("Xin chào Ông/Bà!");
        JsonNode birth = welcome.get("buttons").get(1);
        assertThat(birth.get("title").asString()).isEqualTo("Đăng ký khai sinh");
        assertThat(say(birth.get("payload").asString()).get("text").asString())
                .as("the base procedure, not a variant of it").contains("(mã 1.001193)", "1 ngày làm việc");
    }

    @Test
    void theTurnsOfAConversationAreReadAsACitizenMeansThem() {
        say("đăng ký khai sinh");
        assertThat(say("kết quả bóng đá tối qua").get("text").asString()).as("a new topic, not the birth certificate's result")
                .contains("chưa tìm thấy thủ tục phù hợp").doesNotContain("Kết quả:");
        assertThat(say("cảm ơn ạ").get("text").asString()).contains("không có gì").doesNotContain("chưa tìm thấy");
        assertThat(say("👍").get("text").asString()).contains("cần hỏi thêm gì");
        assertThat(say("có làm thứ 7 không").get("text").asString()).contains("Thứ Hai đến Thứ Sáu");
        assertThat(say("How do I register a birth?").get("text").asString()).contains("tiếng Việt", "Sorry");

        say("đăng ký kết hôn");
        assertThat(say("cả hai người có phải có mặt không").get("text").asString())
                .as("from the procedure's own text").startsWith("Về thủ tục đăng ký kết hôn").contains("phải có mặt");
    }

    @Test
    void badRequestsAreRefusedWithFieldErrors() {
        HttpJson.Response empty = http.post("/api/v1/chat", Map.of("sessionId", session, "text", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().get("fields").toString()).contains("text");

        HttpJson.Response badSession = http.post("/api/v1/chat", Map.of("sessionId", "x", "text", "xin chào"));
        assertThat(badSession.status()).isEqualTo(400);
        assertThat(badSession.body().get("fields").toString()).contains("sessionId");

        assertThat(http.postRaw("/api/v1/chat", "{not json").status()).isEqualTo(400);
    }

    @Test
    void thePageIsServed() {
        HttpJson.Response page = http.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("Trợ lý thủ tục hành chính", "api/v1/chat");
    }
}
