package vn.gov.ward.assistant.channel.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import okhttp3.mockwebserver.MockResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.HttpJson;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.outbox.Outbox;
import vn.gov.ward.assistant.outbox.OutboxMessage;
import vn.gov.ward.assistant.support.MutableClock;
import vn.gov.ward.assistant.support.PublicEdgeTestBase;
import vn.gov.ward.assistant.support.TickingTestClock;
import vn.gov.ward.assistant.support.ZaloEvents;

/**
 * The Zalo channel end to end: signed webhook events in, the conversation engine, the outbox, and a
 * fake Zalo server (MockWebServer speaking the documented shapes) receiving what the assistant sends.
 */
class ZaloChannelTest extends PublicEdgeTestBase {

    static final String APP_ID = ZaloEvents.APP_ID;
    static final String SECRET = ZaloEvents.SECRET;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    Outbox outbox;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    DossierService dossiers;
    HttpJson http;

    @BeforeEach
    void setUp() {
        http = new HttpJson(port);
        clock.set(TickingTestClock.START);
        settled.await(); // what the context's other test classes set off is done before this test counts what Zalo got
        zalo.reset();
    }

    private String textEvent(String user, String msgId, String text) {
        return textEvent(user, msgId, text, clock.millis());
    }

    private String textEvent(String user, String msgId, String text, long timestamp) {
        return JSON.writeValueAsString(Map.of("app_id", APP_ID, "user_id_by_app", "55" + user, "event_name", "user_send_text",
                "timestamp", Long.toString(timestamp), "sender", Map.of("id", user), "recipient", Map.of("id", "oa-1"),
                "message", Map.of("msg_id", msgId, "text", text)));
    }

    private HttpJson.Response deliver(String body, String signature) {
        return http.postBody("/webhooks/zalo", "application/json", body, "X-ZEvent-Signature", signature);
    }

    private HttpJson.Response deliverSigned(String body) {
        JsonNode event = JSON.readTree(body);
        return deliver(body, ZaloSignature.of(APP_ID, body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                event.get("timestamp").asString(), SECRET));
    }

    @Test
    void aSignedQuestionIsAnsweredWithACustomerServiceMessage() {
        HttpJson.Response ack = deliverSigned(textEvent("1001", "m-1001", "lam giay khai sinh cho con can gi"));
        assertThat(ack.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> zalo.sent("/v3.0/oa/message/cs").size() == 1);
        JsonNode sent = zalo.sent("/v3.0/oa/message/cs").get(0);
        assertThat(sent.get("recipient").get("user_id").asString()).isEqualTo("1001");
        assertThat(sent.get("message").get("text").asString()).contains("Thủ tục đăng ký khai sinh", "Giấy tờ cần chuẩn bị");
        assertThat(sent.get("message").get("attachment").get("payload").get("buttons").size()).isBetween(1, 5);
        assertThat(zalo.headers("/v3.0/oa/message/cs").get(0)).as("the OA token in its header").isNotBlank();
    }

    @Test
    void aForgedSignatureIs401AndNothingIsSent() {
        String body = textEvent("1002", "m-1002", "đăng ký kết hôn");
        assertThat(deliver(body, "mac=" + "0".repeat(64)).status()).isEqualTo(401);
        assertThat(deliver(body, null).status()).isEqualTo(401);
        assertThat(http.postBody("/webhooks/zalo", "application/json", "{not json", "X-ZEvent-Signature", "mac=00").status())
                .as("a signature of the wrong form is refused before the body is read").isEqualTo(401);
        assertThat(http.postBody("/webhooks/zalo", "application/json", "{not json", "X-ZEvent-Signature", "mac=" + "0".repeat(64))
                .status()).isEqualTo(400);
        assertThat(http.postBody("/webhooks/zalo", "application/json", "{\"a\":\"" + "x".repeat(70_000) + "\"}").status()).isEqualTo(413);
        String stale = textEvent("1002", "m-1002b", "đăng ký kết hôn", clock.millis() - Duration.ofHours(25).toMillis());
        assertThat(deliverSigned(stale).status()).as("older than Zalo's retries can be").isEqualTo(401);
        String ahead = textEvent("1002", "m-1002c", "đăng ký kết hôn", clock.millis() + Duration.ofHours(1).toMillis());
        assertThat(deliverSigned(ahead).status()).as("from the future").isEqualTo(401);
        settled.await();
        assertThat(zalo.sent("/v3.0/oa/message/cs")).isEmpty();
    }

    @Test
    void theSameEventDeliveredThreeTimesIsAnsweredOnce() {
        String body = textEvent("1003", "m-1003", "đăng ký tạm trú");
        for (int i = 0; i < 3; i++) assertThat(deliverSigned(body).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> zalo.sent("/v3.0/oa/message/cs").size() == 1);
        settled.await();
        assertThat(zalo.sent("/v3.0/oa/message/cs")).hasSize(1);
    }

    @Test
    void zalosLateRetriesAreTakenOnceAndAReplayAfterThemDoesNothing() {
        long stamped = clock.millis();
        String body = textEvent("1012", "m-1012", "đăng ký tạm trú", stamped);
        clock.set(Instant.ofEpochMilli(stamped).plus(Duration.ofMinutes(6)));
        assertThat(deliverSigned(body).status()).as("Zalo's retry after an outage").isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> zalo.sent("/v3.0/oa/message/cs").size() == 1);

        clock.set(Instant.ofEpochMilli(stamped).plus(Duration.ofHours(3)));
        assertThat(deliverSigned(body).status()).as("a later retry of the same event").isEqualTo(200);
        assertThat(deliverSigned(body).status()).as("and a replay").isEqualTo(200);
        settled.await();
        assertThat(zalo.sent("/v3.0/oa/message/cs")).hasSize(1);
    }

    @Test
    void aButtonTapIsTakenAsAClickEventOrAsTextAndHandledOnceWhenBothCome() {
        long at = clock.millis();
        String text = textEvent("1013", "m-1013", "HELP", at);
        String click = clickEvent("1013", "c-1013", "HELP", at);
        assertThat(deliverSigned(click).status()).isEqualTo(200);
        assertThat(deliverSigned(text).status()).isEqualTo(200);
        String secondTap = textEvent("1014", "m-1014", "HELP", at);
        assertThat(deliverSigned(secondTap).status()).isEqualTo(200);
        assertThat(deliverSigned(clickEvent("1014", "c-1014", "HELP", at + 300)).status()).isEqualTo(200);
        assertThat(deliverSigned(clickEvent("1015", "c-1015", "HELP", at)).status()).as("a click alone").isEqualTo(200);

        await().atMost(Duration.ofSeconds(15)).until(() -> zalo.sent("/v3.0/oa/message/cs").size() == 3);
        settled.await();
        assertThat(zalo.sent("/v3.0/oa/message/cs")).hasSize(3);
        assertThat(zalo.sent("/v3.0/oa/message/cs")).extracting(m -> m.get("recipient").get("user_id").asString())
                .containsExactlyInAnyOrder("1013", "1014", "1015");
    }

    @Test
    void onlyWhatZaloCountsAsInteractionOpensTheWindow() {
        String seen = JSON.writeValueAsString(Map.of("app_id", APP_ID, "event_name", "user_seen_message",
                "timestamp", Long.toString(clock.millis()), "sender", Map.of("id", "1016"), "recipient", Map.of("id", "oa-1"),
                "message", Map.of("msg_ids", List.of("cs-1"))));
        assertThat(deliverSigned(seen).status()).isEqualTo(200);
        String image = JSON.writeValueAsString(Map.of("app_id", APP_ID, "event_name", "user_send_image",
                "timestamp", Long.toString(clock.millis()), "sender", Map.of("id", "1017"), "recipient", Map.of("id", "oa-1"),
                "message", Map.of("msg_id", "m-1017", "attachments", List.of(Map.of("type", "image", "payload", Map.of("url", "https://x/y.jpg"))))));
        assertThat(deliverSigned(image).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> Boolean.TRUE.equals(redis.hasKey("zalo:interaction:{1017}")));

        String toSeen = outbox.enqueue("zalo", "1016", "seen-1016", "Xin chào", List.of(), null, null);
        String toSender = outbox.enqueue("zalo", "1017", "image-1017", "Xin chào", List.of(), null, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox.find(toSeen).orElseThrow().status() == Outbox.Status.UNDELIVERABLE
                && outbox.find(toSender).orElseThrow().status() == Outbox.Status.SENT);
    }

    @Test
    void aStatusLookupOnZaloAsksOnceForThePhoneAndTheSharedPhoneTiesTheDossier() {
        String code = untiedDossier("2001", "0912000881");
        assertThat(deliverSigned(textEvent("1018", "m-1018", code + " 0881")).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> infoRequests("1018").size() == 1);
        JsonNode form = infoRequests("1018").get(0).get("message").get("attachment").get("payload");
        assertThat(form.get("elements").get(0).get("title").asString()).isEqualTo("Nhận thông báo hồ sơ qua Zalo");
        assertThat(form.get("elements").get(0).get("subtitle").asString()).contains("chia sẻ số điện thoại");
        assertThat(zalo.sent("/v3.0/oa/message/cs")).as("the status, then the form").hasSize(2);

        assertThat(deliverSigned(textEvent("1018", "m-1018b", code + " 0881")).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> zalo.sent("/v3.0/oa/message/cs").size() == 3);
        settled.await();
        assertThat(infoRequests("1018")).hasSize(1);

        String shared = JSON.writeValueAsString(Map.of("app_id", APP_ID, "event_name", "user_submit_info",
                "timestamp", Long.toString(clock.millis()), "sender", Map.of("id", "1018"), "recipient", Map.of("id", "oa-1"),
                "info", Map.of("name", "Lê Văn Bình", "phone", "84912000881")));
        assertThat(deliverSigned(shared).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> "1018".equals(dossiers.find(code).orElseThrow().applicant().zaloUserId()));
        // The thanks is sent after the tie: awaited here, so it never reaches the next test's fake.
        await().atMost(Duration.ofSeconds(15)).until(() -> zalo.sent("/v3.0/oa/message/cs").stream()
                .anyMatch(m -> m.get("message").has("text") && m.get("message").get("text").asString().startsWith("Cảm ơn Ông/Bà đã chia sẻ thông tin")));
    }

    @Test
    void aRefusedInfoRequestLeavesTheStatusAnswerAndIsNotAskedAgain() {
        zalo.infoRequestReplies.add(new MockResponse().setHeader("Content-Type", "application/json")
                .setBody("{\"error\":-212,\"message\":\"Application is not allowed to call this API\"}"));
        String code = untiedDossier("2002", "0912000882");
        assertThat(deliverSigned(textEvent("1019", "m-1019", code + " 0882")).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> outbox.failed(20).stream().anyMatch(t -> t.message().recipient().equals("1019"))
                && zalo.sent("/v3.0/oa/message/cs").stream().anyMatch(m -> m.get("message").path("text").asString("").contains(code)));
        assertThat(infoRequests("1019")).as("refused for good: not tried again").hasSize(1);

        assertThat(deliverSigned(textEvent("1019", "m-1019b", code + " 0882")).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> zalo.sent("/v3.0/oa/message/cs").size() == 3);
        settled.await();
        assertThat(infoRequests("1019")).hasSize(1);
    }

    @Test
    void zalosUnknownErrorIsRetriedAndTheAnswerSentOnce() {
        zalo.csReplies.add(new MockResponse().setBody("{\"error\":-100,\"message\":\"Unknown error\"}"));
        deliverSigned(textEvent("1011", "m-1011", "lam giay khai sinh cho con can gi"));
        await().atMost(Duration.ofSeconds(15))
                .failFast(() -> outbox.failed(20).stream().anyMatch(t -> t.message().recipient().equals("1011")))
                .until(() -> zalo.accepted.get() == 1);
        assertThat(zalo.sent("/v3.0/oa/message/cs")).hasSize(2);
    }

    @Test
    void anExpiredTokenIsRefreshedOnceAndTheRotatedPairKept() {
        zalo.csReplies.add(new MockResponse().setBody("{\"error\":-216,\"message\":\"Access token is invalid\"}"));
        deliverSigned(textEvent("1004", "m-1004", "chứng thực bản sao"));
        await().atMost(Duration.ofSeconds(15)).until(() -> zalo.sent("/v3.0/oa/message/cs").size() == 2);
        assertThat(zalo.sent("/v4/oa/access_token")).hasSize(1);
        String rotated = "rotated-access-" + zalo.refreshes.get();
        assertThat(zalo.headers("/v3.0/oa/message/cs").get(1)).isEqualTo(rotated);
        assertThat(redis.keys("*zalo*token*")).isNotEmpty();
        assertThat(String.join(",", redis.opsForHash().values(redis.keys("*zalo*token*").iterator().next()).stream()
                .map(String::valueOf).toList())).contains(rotated, "rotated-refresh-" + zalo.refreshes.get());
    }

    @Test
    void aStormOfServerErrorsIsRiddenOutAndTheMessageSentOnce() {
        for (int i = 0; i < 3; i++) zalo.csReplies.add(new MockResponse().setResponseCode(503));
        deliverSigned(textEvent("1005", "m-1005", "đăng ký thường trú"));
        await().atMost(Duration.ofSeconds(20)).failFast(() -> outbox.failed(20).stream().anyMatch(t -> t.message().recipient().equals("1005"))).until(() -> zalo.accepted.get() == 1);
        settled.await();
        assertThat(zalo.accepted.get()).isEqualTo(1);
        assertThat(zalo.sent("/v3.0/oa/message/cs")).hasSize(4);
    }

    @Test
    void aLongAnswerGoesAsTwoMessagesInOrder() {
        interacted("1006");
        String first = "Phần một. ".repeat(150);
        String second = "Phần hai. ".repeat(100);
        outbox.enqueue("zalo", "1006", "long-1", first + "\n\n" + second, List.of(), null, null);
        await().atMost(Duration.ofSeconds(15)).until(() -> zalo.sent("/v3.0/oa/message/cs").size() == 2);
        List<JsonNode> sent = zalo.sent("/v3.0/oa/message/cs");
        assertThat(sent.get(0).get("message").get("text").asString()).startsWith("Phần một").hasSizeLessThanOrEqualTo(2000);
        assertThat(sent.get(1).get("message").get("text").asString()).startsWith("Phần hai");
    }

    @Test
    void outsideTheWindowATemplateGoesByPhoneAndQuietHoursWait() {
        // 23:30 in Hà Nội: ZNS waits for 07:00.
        clock.set(Instant.parse("2026-03-02T16:30:00Z"));
        String id = outbox.enqueue("zalo", "1007", "status-1007", "Hồ sơ đã có kết quả", List.of(),
                new OutboxMessage.Fallback("status-update", "0912345678", Map.of("code", "000.32.33.H26-260302-0007", "status", "Đã có kết quả")),
                null);
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox.find(id).orElseThrow().status() == Outbox.Status.RETRYING);
        assertThat(zalo.sent("/message/template")).isEmpty();
        clock.set(Instant.parse("2026-03-03T00:01:00Z"));
        await().atMost(Duration.ofSeconds(15)).until(() -> zalo.sent("/message/template").size() == 1);
        JsonNode zns = zalo.sent("/message/template").get(0);
        assertThat(zns.get("phone").asString()).isEqualTo("84912345678");
        assertThat(zns.get("template_id").asString()).isEqualTo("tpl-status");
        assertThat(zns.get("template_data").get("ma_ho_so").asString()).isEqualTo("000.32.33.H26-260302-0007");
        assertThat(zns.get("tracking_id").asString()).isEqualTo(id);
        assertThat(zalo.sent("/v3.0/oa/message/cs")).isEmpty();
    }

    @Test
    void withoutATemplateTheMessageIsUndeliverableWithTheReason() {
        String id = outbox.enqueue("zalo", "1008", "plain-1008", "Xin chào", List.of(), null, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox.find(id).orElseThrow().status() == Outbox.Status.UNDELIVERABLE);
        assertThat(outbox.find(id).orElseThrow().lastError()).contains("7-day window");
    }

    @Test
    void aSharedPhoneTiesTheUsersDossiersAndStatusChangesReachThem() {
        clock.set(Instant.parse("2026-03-03T03:00:00Z")); // 10:00 in Hà Nội, outside quiet hours
        String code = "000.32.33.H26-260303-" + (1000 + (int) (Math.random() * 8999));
        dossiers.put(code, new DossierService.Intake("1.001193", new Dossier.Applicant("Lê Văn Bình", "0912000777", null),
                "tuphap-hotich-01", clock.instant(), clock.instant().plus(Duration.ofDays(2)), DossierStatus.RECEIVED));
        String shared = JSON.writeValueAsString(Map.of("app_id", APP_ID, "event_name", "user_submit_info",
                "timestamp", Long.toString(clock.millis()), "sender", Map.of("id", "1009"), "recipient", Map.of("id", "oa-1"),
                "info", Map.of("name", "Lê Văn Bình", "phone", "84912000777")));
        assertThat(deliverSigned(shared).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> zalo.sent("/v3.0/oa/message/cs").size() == 1);
        assertThat(zalo.sent("/v3.0/oa/message/cs").get(0).get("message").get("text").asString()).contains("1 hồ sơ");
        assertThat(dossiers.find(code).orElseThrow().applicant().zaloUserId()).isEqualTo("1009");

        dossiers.recordStatus(code, DossierStatus.IN_PROGRESS, clock.instant().plusSeconds(60), null);
        dossiers.recordStatus(code, DossierStatus.RESULT_READY, clock.instant().plusSeconds(120), null);
        await().atMost(Duration.ofSeconds(15)).until(() -> zalo.sent("/v3.0/oa/message/cs").size() == 2);
        assertThat(zalo.sent("/v3.0/oa/message/cs").get(1).get("message").get("text").asString()).contains(code, "Đã có kết quả");

        assertThat(deliverSigned(textEvent("1009", "m-1009-stop", "dừng thông báo")).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> zalo.sent("/v3.0/oa/message/cs").size() == 3);
        String second = "000.32.33.H26-260304-" + (1000 + (int) (Math.random() * 8999));
        dossiers.put(second, new DossierService.Intake("1.001193", new Dossier.Applicant("Lê Văn Bình", "0912000777", "1009"),
                "tuphap-hotich-01", clock.instant(), clock.instant().plus(Duration.ofDays(2)), DossierStatus.RECEIVED));
        dossiers.recordStatus(second, DossierStatus.SUPPLEMENT_REQUESTED, clock.instant().plusSeconds(240), "Giấy chứng sinh");
        settled.await();
        assertThat(zalo.sent("/v3.0/oa/message/cs")).hasSize(3);
    }

    private String clickEvent(String user, String msgId, String payload, long timestamp) {
        return JSON.writeValueAsString(Map.of("app_id", APP_ID, "user_id_by_app", "55" + user, "event_name", "user_click_button",
                "timestamp", Long.toString(timestamp), "sender", Map.of("id", user), "recipient", Map.of("id", "oa-1"),
                "message", Map.of("msg_id", msgId, "text", payload)));
    }

    /** A dossier received today whose applicant has no Zalo user tied. */
    private String untiedDossier(String number, String phone) {
        clock.set(Instant.parse("2026-03-03T03:00:00Z")); // 10:00 in Hà Nội
        String code = "000.32.33.H26-260303-" + number;
        dossiers.put(code, new DossierService.Intake("1.001193", new Dossier.Applicant("Lê Văn Bình", phone, null),
                "tuphap-hotich-01", clock.instant(), clock.instant().plus(Duration.ofDays(2)), DossierStatus.RECEIVED));
        return code;
    }

    private List<JsonNode> infoRequests(String user) {
        return zalo.sent("/v3.0/oa/message/cs").stream().filter(m -> m.get("recipient").get("user_id").asString().equals(user)
                && "request_user_info".equals(m.get("message").path("attachment").path("payload").path("template_type").asString(""))).toList();
    }

    private void interacted(String user) {
        redis.opsForValue().set("zalo:interaction:{" + user + "}", Long.toString(clock.millis()), Duration.ofDays(7));
    }
}
