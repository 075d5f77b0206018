package vn.gov.ward.assistant.channel.zalo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

class ZaloClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final ZaloFixture fixture = new ZaloFixture();

    private MockWebServer server;
    private ZaloClient client;

    @BeforeEach
    void setUp() throws IOException {
        fixture.flush();
        server = new MockWebServer();
        server.start();
        client = fixture.instance(server).client();
    }

    @AfterEach
    void tearDown() throws IOException {
        server.shutdown();
    }

    @Test
    void sendsTextWithButtons() throws Exception {
        server.enqueue(json("""
                {"error":0,"message":"Success","data":{"message_id":"7788990011223344556","user_id":"4572000000000000001",
                 "quota":{"quota_type":"reply","remain":"7","total":"8"}}}"""));

        SendOutcome outcome = client.sendText("4572000000000000001", "Chọn thủ tục", List.of(
                Button.hidden("Khai sinh", "PROC_KHAI_SINH"),
                Button.shown("Giờ làm việc", "giờ làm việc"),
                Button.url("Cổng DVC", "https://dichvucong.gov.vn"),
                Button.phone("Gọi UBND", "842439999999")));

        assertThat(outcome).isEqualTo(new SendOutcome.Sent("7788990011223344556"));
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/v3.0/oa/message/cs");
        assertThat(request.getHeader("access_token")).isEqualTo("old-access");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        JsonNode body = JSON.readTree(request.getBody().readUtf8());
        assertThat(body.at("/recipient/user_id").asText()).isEqualTo("4572000000000000001");
        assertThat(body.at("/message/text").asText()).isEqualTo("Chọn thủ tục");
        assertThat(body.at("/message/attachment/type").asText()).isEqualTo("template");
        JsonNode buttons = body.at("/message/attachment/payload/buttons");
        assertThat(buttons).hasSize(4);
        assertThat(buttons.get(0).get("type").asText()).isEqualTo("oa.query.hide");
        assertThat(buttons.get(0).get("title").asText()).isEqualTo("Khai sinh");
        assertThat(buttons.get(0).get("payload").asText()).isEqualTo("PROC_KHAI_SINH");
        assertThat(buttons.get(1).get("type").asText()).isEqualTo("oa.query.show");
        assertThat(buttons.get(2).get("type").asText()).isEqualTo("oa.open.url");
        assertThat(buttons.get(2).at("/payload/url").asText()).isEqualTo("https://dichvucong.gov.vn");
        assertThat(buttons.get(3).get("type").asText()).isEqualTo("oa.open.phone");
        assertThat(buttons.get(3).at("/payload/phone_code").asText()).isEqualTo("842439999999");
    }

    @Test
    void plainTextHasNoAttachment() throws Exception {
        server.enqueue(json("{\"error\":0,\"message\":\"Success\",\"data\":{\"message_id\":\"m1\"}}"));

        assertThat(client.sendText("1", "Xin chào", List.of())).isEqualTo(new SendOutcome.Sent("m1"));

        JsonNode body = JSON.readTree(server.takeRequest().getBody().readUtf8());
        assertThat(body.at("/message").has("attachment")).isFalse();
    }

    @Test
    void theRequestForTheUsersPhoneIsZalosFormWithoutText() throws Exception {
        server.enqueue(json("{\"error\":0,\"message\":\"Success\",\"data\":{\"message_id\":\"m2\"}}"));

        assertThat(client.requestUserInfo("1", "Nhận thông báo", "Chia sẻ số điện thoại", null)).isEqualTo(new SendOutcome.Sent("m2"));

        JsonNode body = JSON.readTree(server.takeRequest().getBody().readUtf8());
        assertThat(body.at("/message").has("text")).isFalse();
        assertThat(body.at("/message/attachment/type").asText()).isEqualTo("template");
        assertThat(body.at("/message/attachment/payload/template_type").asText()).isEqualTo("request_user_info");
        assertThat(body.at("/message/attachment/payload/elements/0/title").asText()).isEqualTo("Nhận thông báo");
        assertThat(body.at("/message/attachment/payload/elements/0/subtitle").asText()).isEqualTo("Chia sẻ số điện thoại");
        assertThat(body.at("/message/attachment/payload/elements/0").has("image_url")).isFalse();
    }

    @Test
    void refusesTooLongTextsAndTooManyButtons() {
        String tooLong = "ệ".repeat(ZaloClient.MAX_TEXT_LENGTH + 1);
        assertThatThrownBy(() -> client.sendText("1", tooLong, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        List<Button> six = IntStream.range(0, 6).mapToObj(i -> Button.hidden("B" + i, "P" + i)).toList();
        assertThatThrownBy(() -> client.sendText("1", "ok", six)).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void twoThousandCharactersAreFine() {
        server.enqueue(json("{\"error\":0,\"data\":{\"message_id\":\"m2\"}}"));
        assertThat(client.sendText("1", "ệ".repeat(ZaloClient.MAX_TEXT_LENGTH), null))
                .isInstanceOf(SendOutcome.Sent.class);
    }

    @Test
    void outsideTheSevenDayWindow() {
        server.enqueue(json("{\"error\":-230,\"message\":\"User has not interacted with the OA in the last 7 days\"}"));
        assertThat(client.sendText("1", "hi", List.of())).isEqualTo(new SendOutcome.OutsideWindow(-230));

        server.enqueue(json("{\"error\":-232,\"message\":\"outside window\"}"));
        assertThat(client.sendText("1", "hi", List.of())).isEqualTo(new SendOutcome.OutsideWindow(-232));
    }

    @Test
    void serverErrorsAndDroppedConnectionsAreRetryable() {
        server.enqueue(new MockResponse().setResponseCode(503).setBody("Service Unavailable"));
        assertThat(client.sendText("1", "hi", List.of()))
                .isEqualTo(new SendOutcome.Retry("HTTP 503", null));

        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        assertThat(client.sendText("1", "hi", List.of())).isInstanceOfSatisfying(SendOutcome.Retry.class,
                retry -> assertThat(retry.retryAfter()).isNull());
    }

    @Test
    void rateLimitAndQuotaWaitLonger() {
        server.enqueue(json("{\"error\":-32,\"message\":\"exceed rate limit\"}"));
        assertThat(client.sendText("1", "hi", List.of())).isInstanceOfSatisfying(SendOutcome.Retry.class,
                retry -> assertThat(retry.retryAfter()).isEqualTo(ZaloClient.RATE_LIMIT_WAIT));

        server.enqueue(json("{\"error\":-211,\"message\":\"out of quota\"}"));
        assertThat(client.sendText("1", "hi", List.of())).isInstanceOfSatisfying(SendOutcome.Retry.class,
                retry -> assertThat(retry.retryAfter()).isEqualTo(ZaloClient.QUOTA_WAIT));
    }

    /** One code of each outcome class of the table, as Zalo answers it, and what the send comes to. */
    @ParameterizedTest
    @EnumSource(ZaloErrorCodes.Outcome.class)
    void everyOutcomeClassOfTheTableIsWhatASendComesTo(ZaloErrorCodes.Outcome outcome) {
        int code = ZaloErrorCodes.TABLE.values().stream().filter(row -> row.outcome() == outcome).mapToInt(ZaloErrorCodes.Code::code)
                .max().orElseThrow();
        server.enqueue(json("{\"error\":" + code + ",\"message\":\"from Zalo\"}"));
        if (outcome == ZaloErrorCodes.Outcome.TOKEN) {
            server.enqueue(json("{\"access_token\":\"new-access\",\"refresh_token\":\"new-refresh\",\"expires_in\":\"90000\"}"));
            server.enqueue(json("{\"error\":0,\"data\":{\"message_id\":\"after-refresh\"}}"));
        }

        SendOutcome sent = client.sendText("1", "hi", List.of());

        switch (outcome) {
            case TRANSIENT -> assertThat(sent).isInstanceOfSatisfying(SendOutcome.Retry.class,
                    retry -> assertThat(retry.retryAfter()).as("the outbox's own schedule").isNull());
            case RATE_LIMITED -> assertThat(sent).isEqualTo(new SendOutcome.Retry("rate limited (" + code + ")", ZaloClient.RATE_LIMIT_WAIT));
            case QUOTA -> assertThat(sent).isEqualTo(new SendOutcome.Retry("out of quota (" + code + ")", ZaloClient.QUOTA_WAIT));
            case TOKEN -> assertThat(sent).as("refreshed once and sent again").isEqualTo(new SendOutcome.Sent("after-refresh"));
            case OUTSIDE_WINDOW -> assertThat(sent).isEqualTo(new SendOutcome.OutsideWindow(code));
            case FINAL -> assertThat(sent).isInstanceOfSatisfying(SendOutcome.Permanent.class, p -> assertThat(p.code()).isEqualTo(code));
        }
    }

    @Test
    void zalosUnknownErrorIsTriedAgainLater() {
        server.enqueue(json("{\"error\":-100,\"message\":\"Unknown error\"}"));
        assertThat(client.sendText("1", "hi", List.of())).isEqualTo(new SendOutcome.Retry("unknown error; try again later (-100)", null));
        server.enqueue(json("{\"error\":-100,\"message\":\"Unknown error\"}"));
        assertThat(client.sendTemplate("84900000000", "1", Map.of(), null)).isInstanceOf(SendOutcome.Retry.class);
    }

    @Test
    void everyCodeOfTheTableSaysWhatItMeansAndWhereThatIsWritten() {
        assertThat(ZaloErrorCodes.TABLE.values()).allSatisfy(row -> {
            assertThat(row.meaning()).as("meaning of %d", row.code()).isNotBlank();
            assertThat(row.source()).as("source of %d", row.code()).matches(".*(zalo-oa\\.md §\\d|ZNS error guide).*");
        });
        assertThat(ZaloErrorCodes.of(-9999).outcome()).isEqualTo(ZaloErrorCodes.Outcome.FINAL);
    }

    @Test
    void badRequestsAndUnknownCodesArePermanent() {
        server.enqueue(json("{\"error\":-201,\"message\":\"Parameters are invalid\"}"));
        assertThat(client.sendText("1", "hi", List.of())).isInstanceOfSatisfying(SendOutcome.Permanent.class,
                permanent -> assertThat(permanent.code()).isEqualTo(-201));

        server.enqueue(json("{\"error\":-9999,\"message\":\"something new\"}"));
        assertThat(client.sendText("1", "hi", List.of()))
                .isEqualTo(new SendOutcome.Permanent(-9999, "something new"));

        server.enqueue(new MockResponse().setResponseCode(404));
        assertThat(client.sendText("1", "hi", List.of())).isEqualTo(new SendOutcome.Permanent(404, "HTTP 404"));
    }

    @Test
    void sendsZnsTemplate() throws Exception {
        server.enqueue(json("""
                {"error":0,"message":"Success","data":{"msg_id":"a1b2c3","sent_time":"1740000000000",
                 "quota":{"dailyQuota":"500","remainingQuota":"499"}}}"""));

        SendOutcome outcome = client.sendTemplate("84912345678", "123456",
                Map.of("ten", "Nguyễn Văn A", "ma_ho_so", "HS-001"), "HS-001");

        assertThat(outcome).isEqualTo(new SendOutcome.Sent("a1b2c3"));
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/message/template");
        assertThat(request.getHeader("access_token")).isEqualTo("old-access");
        JsonNode body = JSON.readTree(request.getBody().readUtf8());
        assertThat(body.get("phone").asText()).isEqualTo("84912345678");
        assertThat(body.get("template_id").asText()).isEqualTo("123456");
        assertThat(body.at("/template_data/ten").asText()).isEqualTo("Nguyễn Văn A");
        assertThat(body.at("/template_data/ma_ho_so").asText()).isEqualTo("HS-001");
        assertThat(body.get("tracking_id").asText()).isEqualTo("HS-001");
    }

    @Test
    void znsErrorsAreSorted() {
        server.enqueue(json("{\"error\":-118,\"message\":\"Zalo account not existed\"}"));
        assertThat(client.sendTemplate("84900000000", "1", Map.of(), null))
                .isEqualTo(new SendOutcome.Permanent(-118, "phone has no Zalo account"));

        server.enqueue(json("{\"error\":-144,\"message\":\"daily quota per phone\"}"));
        assertThat(client.sendTemplate("84900000000", "1", Map.of(), null))
                .isInstanceOfSatisfying(SendOutcome.Retry.class,
                        retry -> assertThat(retry.retryAfter()).isEqualTo(ZaloClient.QUOTA_WAIT));
    }

    @Test
    void readsRatingsPageByPage() throws Exception {
        server.enqueue(json(ratingPage(150, 0, 100)));
        server.enqueue(json(ratingPage(150, 100, 50)));
        Instant from = Instant.parse("2026-03-01T00:00:00Z");
        Instant to = Instant.parse("2026-03-02T00:00:00Z");

        List<Rating> ratings = client.ratings("654321", from, to);

        assertThat(ratings).hasSize(150);
        assertThat(ratings.get(0)).isEqualTo(new Rating(5, "note 0", List.of("Nhanh chóng", "Thân thiện"),
                "msg-0", "HS-0", Instant.ofEpochMilli(1740000000000L)));
        assertThat(ratings.get(149).trackingId()).isEqualTo("HS-149");
        RecordedRequest first = server.takeRequest();
        assertThat(first.getMethod()).isEqualTo("GET");
        assertThat(first.getRequestUrl().encodedPath()).isEqualTo("/rating/get");
        assertThat(first.getHeader("access_token")).isEqualTo("old-access");
        assertThat(first.getRequestUrl().queryParameter("template_id")).isEqualTo("654321");
        assertThat(first.getRequestUrl().queryParameter("from_time")).isEqualTo(Long.toString(from.toEpochMilli()));
        assertThat(first.getRequestUrl().queryParameter("to_time")).isEqualTo(Long.toString(to.toEpochMilli()));
        assertThat(first.getRequestUrl().queryParameter("offset")).isEqualTo("0");
        assertThat(first.getRequestUrl().queryParameter("limit")).isEqualTo("100");
        assertThat(server.takeRequest().getRequestUrl().queryParameter("offset")).isEqualTo("100");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void unreadableRatingPageThrows() {
        server.enqueue(new MockResponse().setResponseCode(502));
        assertThatThrownBy(() -> client.ratings("1", Instant.EPOCH, Instant.EPOCH.plusSeconds(60)))
                .isInstanceOfSatisfying(ZaloApiException.class, e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void readsUserDetail() throws Exception {
        server.enqueue(json("""
                {"error":0,"message":"Success","data":{"user_id":"4572000000000000001","user_id_by_app":"5521",
                 "display_name":"Lan","user_is_follower":true,"user_last_interaction_date":"02/03/2026",
                 "shared_info":{"name":"Trần Thị Lan","phone":"84912345678"},"tags_and_notes_info":{"tag_names":[]}}}"""));

        UserDetail detail = client.userDetail("4572000000000000001").orElseThrow();

        assertThat(detail.userId()).isEqualTo("4572000000000000001");
        assertThat(detail.displayName()).isEqualTo("Lan");
        assertThat(detail.follower()).isTrue();
        assertThat(detail.sharedInfo().phone()).isEqualTo("84912345678");
        assertThat(detail.toString()).doesNotContain("84912345678");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/v3.0/oa/user/detail");
        assertThat(JSON.readTree(request.getRequestUrl().queryParameter("data")).get("user_id").asText())
                .isEqualTo("4572000000000000001");
    }

    @Test
    void unknownUserGivesEmpty() {
        server.enqueue(json("{\"error\":-213,\"message\":\"User has not followed OA\"}"));
        assertThat(client.userDetail("1")).isEmpty();
    }

    private static String ratingPage(int total, int offset, int count) {
        String items = IntStream.range(offset, offset + count).mapToObj(i -> """
                {"rate":5,"note":"note %d","feedbacks":["Nhanh chóng","Thân thiện"],"msgId":"msg-%d",
                 "trackingId":"HS-%d","submitDate":"1740000000000"}""".formatted(i, i, i))
                .collect(Collectors.joining(","));
        return "{\"error\":0,\"message\":\"Success\",\"data\":{\"total\":" + total + ",\"data\":[" + items + "]}}";
    }

    static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }
}
