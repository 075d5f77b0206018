package vn.gov.ward.assistant.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.gov.ward.assistant.HttpJson;
import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerRegistry;

/**
 * Citizens on Zalo and officers on Telegram, both fakes, in one application context shared by the test
 * classes extending this: a leader, the officer handling the dossiers, the officer on duty for hand-offs
 * and the one answering feedback, each linked to a chat; a clock set to Tuesday 01/12/2026 09:00.
 */
public abstract class CitizensAndOfficersTestBase extends TelegramTestBase {

    protected static final FakeZalo zalo = new FakeZalo();
    protected static final String CS = "/v3.0/oa/message/cs";
    protected static final String ZNS = "/message/template";
    protected static final long HANDLING_CHAT = 9001;
    protected static final long LEADER_CHAT = 9002;
    protected static final long ON_DUTY_CHAT = 9003;
    protected static final long FEEDBACK_CHAT = 9004;
    private static final AtomicInteger messages = new AtomicInteger();

    @DynamicPropertySource
    static void zaloPointsAtTheFake(DynamicPropertyRegistry registry) {
        registry.add("zalo.enabled", () -> "true");
        registry.add("zalo.oa.app-id", () -> ZaloEvents.APP_ID);
        registry.add("zalo.oa.app-secret", () -> "app-secret");
        registry.add("zalo.oa.secret-key", () -> ZaloEvents.SECRET);
        registry.add("zalo.oa.access-token", () -> "first-access");
        registry.add("zalo.oa.refresh-token", () -> "first-refresh");
        registry.add("zalo.oa.api-url", zalo::url);
        registry.add("zalo.oa.oauth-url", zalo::url);
        registry.add("zalo.zns.api-url", zalo::url);
        registry.add("zalo.webhook-max-age", () -> "3650d");
        registry.add("zalo.zns.templates.rating.id", () -> "tpl-rating");
        registry.add("zalo.zns.templates.rating.params.ma_ho_so", () -> "code");
        registry.add("zalo.zns.templates.rating.params.lien_ket", () -> "link");
        registry.add("zalo.zns.templates.status-update.id", () -> "tpl-status");
        registry.add("zalo.zns.templates.status-update.params.ma_ho_so", () -> "code");
        registry.add("zalo.zns.templates.status-update.params.trang_thai", () -> "status");
        registry.add("zalo.zns.templates.late.id", () -> "tpl-late");
        registry.add("zalo.zns.templates.late.params.ma_ho_so", () -> "code");
        registry.add("zalo.zns.templates.late.params.ngay_hen", () -> "appointment");
        registry.add("handoff.on-duty", () -> "sv-duty");
        registry.add("feedback.default-officer", () -> "sv-fb");
        registry.add("survey.public-url", () -> "https://dichvu.phuong.example");
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected OfficerRegistry registry;
    protected HttpJson http;
    protected ZaloEvents events;

    @BeforeEach
    void citizensAndOfficers() {
        http = new HttpJson(port);
        events = new ZaloEvents(http);
        zalo.reset();
        telegram.reset();
        clock.set(at("2026-12-01T09:00"));
        if (registry.find("sv-lead").isEmpty()) {
            registry.save(new Officer("sv-lead", "Lê Thị Lãnh Đạo", "Lãnh đạo UBND phường", Officer.Role.LEADER, null, null));
            registry.save(new Officer("sv-1", "Trần Văn Xử Lý", "Tư pháp – Hộ tịch", Officer.Role.OFFICER, "sv-lead", null));
            registry.save(new Officer("sv-duty", "Ngô Thị Trực", "Bộ phận Một cửa", Officer.Role.OFFICER, "sv-lead", null));
            registry.save(new Officer("sv-fb", "Phan Văn Phản Hồi", "Văn phòng – Thống kê", Officer.Role.OFFICER, "sv-lead", null));
            registry.link("sv-1", HANDLING_CHAT);
            registry.link("sv-lead", LEADER_CHAT);
            registry.link("sv-duty", ON_DUTY_CHAT);
            registry.link("sv-fb", FEEDBACK_CHAT);
        }
    }

    protected static Instant at(String local) {
        return OffsetDateTime.parse(local + "+07:00").toInstant();
    }

    /** The citizen writes on Zalo (a signed webhook event). */
    protected void says(String user, String text) {
        assertThat(events.text(user, "m-" + messages.incrementAndGet(), text, clock.millis())).isEqualTo(200);
    }

    protected List<String> zaloTextsTo(String user) {
        return zalo.sent(CS).stream().filter(m -> m.get("recipient").get("user_id").asString().equals(user))
                .map(m -> m.get("message").get("text").asString()).toList();
    }

    protected String awaitZalo(String user, String containing) {
        await().atMost(Duration.ofSeconds(15)).until(() -> zaloTextsTo(user).stream().anyMatch(t -> t.contains(containing)));
        return zaloTextsTo(user).stream().filter(t -> t.contains(containing)).reduce((a, b) -> b).orElseThrow();
    }

    protected String awaitTelegram(long chat, String containing) {
        await().atMost(Duration.ofSeconds(15)).until(() -> telegram.textsTo(chat).stream().anyMatch(t -> t.contains(containing)));
        return telegram.textsTo(chat).stream().filter(t -> t.contains(containing)).reduce((a, b) -> b).orElseThrow();
    }
}
