package vn.gov.ward.assistant.channel.telegram;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Connects the bot to Telegram after start-up, in the background and with retries, so the assistant
 * starts and serves citizens while Telegram is unreachable: long polling (one poller per bot token:
 * Telegram refuses a second with 409) limited to messages and button presses, or the webhook
 * registered with its secret token. For health it keeps when the last getUpdates succeeded (an empty one
 * too: long polling answers at least every {@code telegram.poll-timeout}).
 */
class TelegramBot implements SmartLifecycle {

    static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");
    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(2);

    private final TelegramProperties properties;
    private final TelegramClient client;
    private final TelegramUrl url;
    private final TelegramUpdates updates;
    private volatile boolean running;
    private volatile boolean connected;
    /** {@link System#nanoTime} of the last getUpdates Telegram answered, or {@link #NEVER}: elapsed time, not the ward's clock. */
    private final AtomicLong lastPoll = new AtomicLong(NEVER);
    private static final long NEVER = Long.MIN_VALUE;
    private Thread connecting;
    private TelegramBotsLongPollingApplication polling;

    TelegramBot(TelegramProperties properties, TelegramClient client, TelegramUrl url, TelegramUpdates updates) {
        this.properties = properties;
        this.client = client;
        this.url = url;
        this.updates = updates;
    }

    @Override
    public synchronized void start() {
        running = true;
        connecting = new Thread(this::connect, "telegram-connect");
        connecting.setDaemon(true);
        connecting.start();
    }

    /** Whether the bot has reached Telegram (polling or webhook registered). */
    boolean connected() {
        return connected;
    }

    /** How long ago Telegram last answered a getUpdates, or empty when it never did (webhook mode, or not yet). */
    Optional<Duration> sinceLastPoll() {
        long at = lastPoll.get();
        return at == NEVER ? Optional.empty() : Optional.of(Duration.ofNanos(System.nanoTime() - at));
    }

    TelegramProperties.Mode mode() {
        return properties.mode();
    }

    private void connect() {
        Duration wait = FIRST_RETRY;
        while (running && !connected) {
            try {
                if (properties.mode() == TelegramProperties.Mode.WEBHOOK) registerWebhook();
                else startPolling();
                connected = true;
                log.info("Telegram bot connected ({})", properties.mode());
            } catch (TelegramApiException | RuntimeException e) {
                log.warn("Telegram not reachable ({}); trying again in {} s", e.getMessage(), wait.toSeconds());
                closePolling();
                if (!pause(wait)) return;
                wait = wait.multipliedBy(2).compareTo(properties.registerRetries()) > 0 ? properties.registerRetries() : wait.multipliedBy(2);
            }
        }
    }

    private void startPolling() throws TelegramApiException {
        int timeout = (int) properties.pollTimeout().toSeconds();
        polling = new TelegramBotsLongPollingApplication(ObjectMapper::new,
                () -> new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator().get().newBuilder().addInterceptor(this::notePoll).build());
        // registerBot deletes any webhook first and throws when Telegram cannot be reached.
        polling.registerBot(properties.botToken(), () -> url, lastUpdate -> GetUpdates.builder()
                .offset(lastUpdate + 1).limit(100).timeout(timeout).allowedUpdates(ALLOWED_UPDATES).build(), updates);
    }

    private Response notePoll(Interceptor.Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        List<String> path = chain.request().url().pathSegments();
        if (response.isSuccessful() && GetUpdates.PATH.equalsIgnoreCase(path.get(path.size() - 1))) lastPoll.set(System.nanoTime());
        return response;
    }

    private void registerWebhook() throws TelegramApiException {
        client.execute(SetWebhook.builder().url(properties.webhookUrl()).secretToken(properties.webhookSecret())
                .allowedUpdates(ALLOWED_UPDATES).build());
    }

    private boolean pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void closePolling() {
        if (polling == null) return;
        try {
            polling.close();
        } catch (Exception e) {
            log.debug("Closing long polling: {}", e.toString());
        }
        polling = null;
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (connecting != null) connecting.interrupt();
        closePolling();
        connected = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
