package vn.gov.ward.assistant.channel.telegram;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Where updates arrive, from long polling or the webhook: each is handled once (the library may hand
 * one over again after a restart: {@link TelegramKeys#update} remembers it for two days), on the
 * assistant's own thread so a slow update never holds up the polling loop, and whatever fails is
 * logged without the message's text.
 */
class TelegramUpdates implements LongPollingUpdateConsumer, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdates.class);

    private final OfficerCommands commands;
    private final StringRedisTemplate redis;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "telegram-updates");
        thread.setDaemon(true);
        return thread;
    });

    TelegramUpdates(OfficerCommands commands, StringRedisTemplate redis) {
        this.commands = commands;
        this.redis = redis;
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) executor.execute(() -> handle(update));
    }

    void handle(Update update) {
        try {
            Boolean first = redis.opsForValue().setIfAbsent(TelegramKeys.update(update.getUpdateId()), "1", TelegramKeys.UPDATES_KEPT);
            if (!Boolean.TRUE.equals(first)) return;
            if (update.hasMessage() && update.getMessage().getText() != null) {
                commands.message(update.getUpdateId(), update.getMessage());
            } else if (update.hasCallbackQuery()) {
                commands.callback(update.getUpdateId(), update.getCallbackQuery());
            }
        } catch (RuntimeException e) {
            log.warn("Telegram update {} could not be handled: {}", update.getUpdateId(), e.toString());
        }
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
