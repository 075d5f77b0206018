package vn.gov.ward.assistant.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.gov.ward.assistant.AssistantTest;

/**
 * The whole assistant with its Telegram bot polling a fake Bot API server, on a clock tests set
 * (ticking from where it is set, so the outbox's waits pass). Test classes extending it share one
 * application context and one fake (it lives as long as the JVM); each uses its own officers, chats and dossiers.
 */
@AssistantTest
public abstract class TelegramTestBase {

    protected static final FakeTelegram telegram = new FakeTelegram();
    /** The admin's chat: broken links are reported there. */
    protected static final String ADMIN = "admin-tg";

    @DynamicPropertySource
    static void telegramPointsAtTheFake(DynamicPropertyRegistry registry) {
        registry.add("telegram.enabled", () -> "true");
        registry.add("telegram.bot-token", () -> FakeTelegram.TOKEN);
        registry.add("telegram.bot-username", () -> "phuong_test_bot");
        registry.add("telegram.api-url", telegram::url);
        registry.add("telegram.poll-timeout", () -> "0s");
        // A chat's pace still holds a second message back, for less time than the officers' tests take to ask again.
        registry.add("telegram.per-chat", () -> "50ms");
        registry.add("officers.admins", () -> ADMIN);
        registry.add("outbox.retry-delays", () -> "200ms,300ms,400ms,500ms,500ms,500ms");
    }

    @Autowired
    protected Settled settled;

}
