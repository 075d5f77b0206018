package vn.gov.ward.assistant.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.telegram.telegrambots.meta.api.objects.Update;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.ward.assistant.AssistantTest;
import vn.gov.ward.assistant.HttpJson;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.support.MutableClock;
import vn.gov.ward.assistant.support.TelegramTestBase;
import vn.gov.ward.assistant.support.TickingTestClock;

/** Officers link their Telegram chat with a code, and use the bot's commands and buttons; strangers get nothing. */
class OfficerTelegramTest extends TelegramTestBase {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    OfficerRegistry registry;
    @Autowired
    DossierService dossiers;
    @Autowired
    TelegramUpdates updates;
    HttpJson http;

    @BeforeEach
    void setUp() {
        http = new HttpJson(port);
        clock.set(TickingTestClock.START);
        telegram.reset();
    }

    private HttpJson.Response createOfficer(String id, String name, String role, String leaderId) {
        return http.post("/api/v1/officers", Map.of("id", id, "name", name, "unit", "Tư pháp – Hộ tịch", "role", role,
                "leaderId", leaderId == null ? "" : leaderId), "X-Api-Key", AssistantTest.API_KEY);
    }

    private String linkCode(String officerId) {
        HttpJson.Response r = http.post("/api/v1/officers/" + officerId + "/link-code", Map.of(), "X-Api-Key", AssistantTest.API_KEY);
        assertThat(r.status()).isEqualTo(200);
        return r.body().get("code").asString();
    }

    /** Writes in a chat and waits for the bot's answer. */
    private String ask(long chat, String text) {
        int before = telegram.textsTo(chat).size();
        telegram.userWrites(chat, text);
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.textsTo(chat).size() > before);
        var texts = telegram.textsTo(chat);
        return texts.get(texts.size() - 1);
    }

    @Test
    void theRegistryNeedsTheApiKeyAndValidFields() {
        assertThat(http.get("/api/v1/officers").status()).isEqualTo(401);
        HttpJson.Response bad = http.post("/api/v1/officers", Map.of("id", "bad id!", "name", "", "unit", "U", "role", "BOSS",
                "leaderId", "nobody"), "X-Api-Key", AssistantTest.API_KEY);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("fields").toString()).contains("id", "name", "role", "leaderId");
        assertThat(createOfficer("reg-leader", "Lê Văn Lãnh Đạo", "LEADER", null).status()).isEqualTo(201);
        assertThat(createOfficer("reg-officer", "Trần Thị Cán Bộ", "OFFICER", "reg-leader").status()).isEqualTo(201);
        assertThat(createOfficer("reg-officer", "Trần Thị Cán Bộ", "OFFICER", "reg-leader").status()).as("replaced").isEqualTo(200);
        HttpJson.Response one = http.get("/api/v1/officers/reg-officer", "X-Api-Key", AssistantTest.API_KEY);
        assertThat(one.body().get("leaderId").asString()).isEqualTo("reg-leader");
        assertThat(one.body().get("telegram").get("linked").asBoolean()).isFalse();
        assertThat(http.get("/api/v1/officers", "X-Api-Key", AssistantTest.API_KEY).body().toString()).contains("reg-leader", "reg-officer");
        assertThat(http.delete("/api/v1/officers/reg-officer", "X-Api-Key", AssistantTest.API_KEY).status()).isEqualTo(204);
        assertThat(http.get("/api/v1/officers/reg-officer", "X-Api-Key", AssistantTest.API_KEY).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/officers/nobody/link-code", Map.of(), "X-Api-Key", AssistantTest.API_KEY).status()).isEqualTo(404);
    }

    @Test
    void aGoodCodeLinksTheChatOnceAndAUsedOrExpiredOneIsRefused() {
        createOfficer("link-1", "Nguyễn Thị Liên Kết", "OFFICER", null);
        HttpJson.Response issued = http.post("/api/v1/officers/link-1/link-code", Map.of(), "X-Api-Key", AssistantTest.API_KEY);
        String code = issued.body().get("code").asString();
        assertThat(code).matches("[A-Za-z0-9_-]{22}");
        assertThat(issued.body().get("deepLink").asString()).isEqualTo("https://t.me/phuong_test_bot?start=" + code);
        assertThat(Instant.parse(issued.body().get("expiresAt").asString())).isAfter(clock.instant().plus(Duration.ofHours(23)));

        assertThat(ask(7001, "/start " + code)).contains("Xin chào", "Nguyễn Thị Liên Kết", "/hoso");
        HttpJson.Response linked = http.get("/api/v1/officers/link-1", "X-Api-Key", AssistantTest.API_KEY);
        assertThat(linked.body().get("telegram").get("linked").asBoolean()).isTrue();
        assertThat(linked.body().get("telegram").get("active").asBoolean()).isTrue();

        assertThat(ask(7002, "/start " + code)).as("a used code").contains("Mã liên kết không đúng, đã được dùng hoặc đã hết hạn");
        assertThat(registry.findByChat(7002)).isEmpty();

        String expiring = linkCode("link-1");
        clock.advance(Duration.ofHours(25));
        assertThat(ask(7003, "/start " + expiring)).as("an expired code").contains("đã hết hạn");
        assertThat(registry.findByChat(7003)).isEmpty();

        assertThat(ask(7004, "/start not-a-code-at-all")).as("an unknown code").contains("Mã liên kết không đúng");
    }

    @Test
    void aStrangerHearsOnlyThatTheBotIsForOfficers() {
        dossiers.put("000.32.33.H26-261101-0901", intake("some-officer", clock.instant().plus(Duration.ofDays(2))));
        telegram.userWrites(7100, "/hoso 000.32.33.H26-261101-0901");
        telegram.userWrites(7100, "/quahan");
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.textsTo(7100).size() == 2);
        assertThat(telegram.textsTo(7100)).allSatisfy(text -> assertThat(text).isEqualTo(OfficerCommands.STRANGER));
    }

    @Test
    void commandsAndButtonsForALinkedOfficer() {
        createOfficer("cmd-leader", "Phạm Văn Trưởng", "LEADER", null);
        createOfficer("cmd-1", "Đỗ Thị Xử Lý", "OFFICER", "cmd-leader");
        ask(7200, "/start " + linkCode("cmd-1"));
        ask(7201, "/start " + linkCode("cmd-leader"));
        Instant now = clock.instant();
        dossiers.put("000.32.33.H26-261101-0911", intake("cmd-1", now.minus(Duration.ofDays(3))));
        dossiers.put("000.32.33.H26-261101-0912", intake("cmd-1", now.plus(Duration.ofDays(30))));

        assertThat(ask(7200, "/hoso 000.32.33.h26-261101-0911")).contains("000.32.33.H26-261101-0911", "khai sinh", "Quá hạn", "Phiếu xin lỗi", "Nguyễn V. A.")
                .doesNotContain("Nguyễn Văn An", "0912000111");
        assertThat(ask(7200, "/quahan")).contains("000.32.33.H26-261101-0911").doesNotContain("000.32.33.H26-261101-0912");
        assertThat(ask(7201, "/quahan")).as("the leader sees the team's").contains("000.32.33.H26-261101-0911", "Đỗ Thị Xử Lý");
        assertThat(ask(7200, "/denhan")).contains("Hồ sơ đến hạn", "Không có hồ sơ nào đến hạn");

        // Short forms: the last segment, or the last two, when one open dossier of mine (a leader's: the unit's) ends so.
        assertThat(ask(7200, "/hoso 0912")).contains("📁", "000.32.33.H26-261101-0912");
        dossiers.put("000.32.33.H26-261102-0911", intake("cmd-1", now.plus(Duration.ofHours(2))));
        assertThat(ask(7200, "/hoso 0911")).contains("Có 2 hồ sơ", "000.32.33.H26-261101-0911", "000.32.33.H26-261102-0911", "mã đầy đủ");
        assertThat(ask(7200, "/hoso 261102-0911")).contains("📁", "000.32.33.H26-261102-0911");
        assertThat(ask(7201, "/hoso 261102-0911")).as("the leader's unit").contains("📁", "000.32.33.H26-261102-0911");
        assertThat(ask(7200, "/hoso 9999")).contains("Không tìm thấy", "đang mở");
        assertThat(ask(7201, "/denhan")).as("a leader's /denhan is the unit's").contains("của đơn vị", "000.32.33.H26-261102-0911", "Đỗ Thị Xử Lý");

        int refusedBefore = telegram.calls("answercallbackquery").size();
        createOfficer("cmd-other", "Lý Văn Khác", "OFFICER", null);
        ask(7202, "/start " + linkCode("cmd-other"));
        telegram.userPresses(7202, 554, "⏰ Sắp đến hạn", "ACK:000.32.33.H26-261101-0912");
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.calls("answercallbackquery").size() == refusedBefore + 1);
        assertThat(telegram.calls("answercallbackquery").get(refusedBefore).body().get("text").asString())
                .as("another officer's dossier").contains("không do Ông/Bà phụ trách");
        int before = telegram.calls("answercallbackquery").size();
        telegram.userPresses(7200, 555, "⏰ Sắp đến hạn: còn 4 giờ làm việc", "ACK:000.32.33.H26-261101-0912");
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.calls("answercallbackquery").size() == before + 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> !telegram.calls("editmessagetext").isEmpty());
        assertThat(telegram.calls("editmessagetext").get(0).text()).contains("Sắp đến hạn", "Đỗ Thị Xử Lý đã nhận lúc");
        telegram.userPresses(7200, 556, "🔴 Quá hạn", "VIEW:000.32.33.H26-261101-0911");
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.textsTo(7200).stream().anyMatch(t -> t.startsWith("📁")));
    }

    @Test
    void anUpdateHandedOverTwiceIsAnsweredOnce() throws Exception {
        createOfficer("dup-1", "Vũ Văn Lặp", "OFFICER", null);
        ask(7300, "/start " + linkCode("dup-1"));
        int id = telegram.userWrites(7300, "/quahan");
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.textsTo(7300).size() == 2);
        // As the library may after a restart: the same update once more, handled on this thread.
        Update again = new ObjectMapper().readValue("""
                {"update_id": %d, "message": {"message_id": 9, "date": 1, "chat": {"id": 7300, "type": "private"},
                 "text": "/quahan", "entities": [{"type": "bot_command", "offset": 0, "length": 7}]}}""".formatted(id), Update.class);
        updates.handle(again);
        telegram.userWrites(7300, "/help");
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.textsTo(7300).size() >= 3);
        settled.await();
        assertThat(telegram.textsTo(7300)).hasSize(3);
        assertThat(telegram.textsTo(7300).get(2)).contains("Các lệnh");
    }

    private static DossierService.Intake intake(String officer, Instant appointment) {
        return new DossierService.Intake("1.001193", new Dossier.Applicant("Nguyễn Văn An", "0912000111", null), officer,
                appointment.minus(Duration.ofDays(10)), appointment, DossierStatus.IN_PROGRESS);
    }
}
