package vn.gov.ward.assistant.channel.telegram;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import vn.gov.ward.assistant.outbox.PartsSent;
import vn.gov.ward.assistant.officer.OfficerMessages;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.outbox.ChannelSender;
import vn.gov.ward.assistant.outbox.Delivery;
import vn.gov.ward.assistant.outbox.OutboxMessage;

/**
 * Sends outbox messages to Telegram chats in HTML mode, without link previews: texts over 4,096
 * characters split on text boundaries with their tags closed and reopened across the cut
 * ({@link TelegramHtml}; a retry goes on from the first part not sent), buttons as an inline keyboard
 * under the last part. Telegram's answers become outbox outcomes: 429 waits {@code retry_after}; 403 (the
 * officer blocked the bot, or never pressed Start) is final, makes the link inactive and tells the
 * admins; other 4xx are final; 5xx, garbled answers and network failures are retried.
 */
class TelegramSender implements ChannelSender {

    static final int MAX_TEXT = 4096;
    private static final int MAX_CALLBACK_BYTES = 64;
    // A chat's slot, one per telegram.per-chat across all instances (Telegram allows about a message a second to one
    // chat): taken when free, held for the pace; otherwise the milliseconds until it is free.
    private static final RedisScript<Long> CHAT_SLOT = RedisScript.of("""
            if redis.call('SET', KEYS[1], '1', 'PX', ARGV[1], 'NX') then return 0 end
            return math.max(redis.call('PTTL', KEYS[1]), 0)""", Long.class);
    /** The Bot API's {@code link_preview_options}, which replaced {@code disable_web_page_preview}. */
    private static final LinkPreviewOptions NO_PREVIEW = LinkPreviewOptions.builder().isDisabled(true).build();

    private final TelegramClient client;
    private final TelegramProperties properties;
    private final OfficerRegistry officers;
    private final OfficerMessages messages;
    private final PartsSent partsSent;
    private final TelegramEdits edits;
    private final StringRedisTemplate redis;

    TelegramSender(TelegramClient client, TelegramProperties properties, OfficerRegistry officers, OfficerMessages messages,
                   StringRedisTemplate redis, TelegramEdits edits) {
        this.client = client;
        this.properties = properties;
        this.officers = officers;
        this.messages = messages;
        this.partsSent = new PartsSent(redis, OfficerMessages.CHANNEL);
        this.edits = edits;
        this.redis = redis;
    }

    @Override
    public String channel() {
        return OfficerMessages.CHANNEL;
    }

    @Override
    public double ratePerSecond() {
        return properties.ratePerSecond();
    }

    @Override
    public Duration waitBeforeSending(OutboxMessage message) {
        Long left = redis.execute(CHAT_SLOT, List.of(TelegramKeys.chatPace(message.recipient())),
                Long.toString(Math.max(1, properties.perChat().toMillis())));
        return left == null || left <= 0 ? Duration.ZERO : Duration.ofMillis(left);
    }

    @Override
    public Delivery send(OutboxMessage message) {
        Delivery edited = message.replaces() == null ? null : edited(message);
        if (edited != null) return edited;
        List<String> parts;
        try {
            parts = TelegramHtml.split(message.text(), MAX_TEXT);
        } catch (IllegalArgumentException e) {
            return new Delivery.Failed(e.getMessage());
        }
        String lastId = null;
        for (int i = partsSent.of(message.id()); i < parts.size(); i++) {
            SendMessage.SendMessageBuilder<?, ?> request = SendMessage.builder().chatId(message.recipient()).text(parts.get(i))
                    .parseMode(ParseMode.HTML).linkPreviewOptions(NO_PREVIEW);
            try {
                if (i == parts.size() - 1 && !message.buttons().isEmpty()) request.replyMarkup(keyboard(message.buttons()));
            } catch (IllegalArgumentException e) {
                return new Delivery.Failed(e.getMessage());
            }
            try {
                Message sent = client.execute(request.build());
                lastId = Integer.toString(sent.getMessageId());
                partsSent.record(message.id(), i + 1);
            } catch (TelegramApiRequestException e) {
                return refused(message, e);
            } catch (TelegramApiException e) {
                return new Delivery.Retry("Telegram unreachable: " + e.getMessage(), null);
            }
        }
        return new Delivery.Sent(lastId);
    }

    /** The rewrite of an earlier message in place ({@link TelegramEdits}), or null when it goes as a new message. */
    private Delivery edited(OutboxMessage message) {
        try {
            return edits.edit(message).orElse(null);
        } catch (IllegalArgumentException e) {
            return new Delivery.Failed(e.getMessage());
        } catch (TelegramApiRequestException e) {
            return refused(message, e);
        } catch (TelegramApiException e) {
            return new Delivery.Retry("Telegram unreachable: " + e.getMessage(), null);
        }
    }

    private Delivery refused(OutboxMessage message, TelegramApiRequestException e) {
        int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
        String reason = code + " " + e.getApiResponse();
        if (code == 429) {
            Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            return new Delivery.Retry(reason, Duration.ofSeconds(after == null ? 1 : after));
        }
        if (code == 403) {
            long chatId = Long.parseLong(message.recipient());
            officers.deactivate(chatId, e.getApiResponse()).ifPresent(officer -> messages.alertAdmins("telegram-blocked:" + chatId,
                    "Telegram không gửi được tin cho cán bộ " + officer.name() + " (" + officer.id() + "): " + e.getApiResponse()
                            + ". Liên kết Telegram đã tạm ngừng; cấp mã liên kết mới để cán bộ liên kết lại."));
            return new Delivery.Failed(reason);
        }
        if (code >= 400 && code < 500) return new Delivery.Failed(reason);
        return new Delivery.Retry(reason, null);
    }

    /** Links open; anything else is callback data (at most 64 bytes, so longer payloads are refused here, not by Telegram). */
    static InlineKeyboardMarkup keyboard(List<OutboxMessage.Button> buttons) {
        List<InlineKeyboardButton> row = new ArrayList<>();
        for (OutboxMessage.Button b : buttons) {
            InlineKeyboardButton.InlineKeyboardButtonBuilder<?, ?> button = InlineKeyboardButton.builder().text(b.title());
            if (b.payload().startsWith("http")) button.url(b.payload());
            else if (b.payload().getBytes(StandardCharsets.UTF_8).length <= MAX_CALLBACK_BYTES) button.callbackData(b.payload());
            else throw new IllegalArgumentException("callback data over 64 bytes: " + b.payload());
            row.add(button.build());
        }
        return InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(row)).build();
    }
}
