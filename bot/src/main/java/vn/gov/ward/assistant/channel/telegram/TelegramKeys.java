package vn.gov.ward.assistant.channel.telegram;

import java.time.Duration;

/** The Telegram channel's Redis keys (a split message's parts sent are the outbox's). */
final class TelegramKeys {

    /** How long a handled update's id is remembered: the library may hand one over again after a restart. */
    static final Duration UPDATES_KEPT = Duration.ofDays(2);

    private TelegramKeys() {
    }

    /** Present while a chat's next message must wait (for {@code telegram.per-chat}), whichever instance sent the last. */
    static String chatPace(String chatId) {
        return "telegram:chat-pace:" + chatId;
    }

    /** Present once an update was taken: it is handled once. */
    static String update(int updateId) {
        return "telegram:update:" + updateId;
    }
}
