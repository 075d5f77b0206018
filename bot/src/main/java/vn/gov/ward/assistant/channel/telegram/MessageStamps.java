package vn.gov.ward.assistant.channel.telegram;

import static vn.gov.ward.assistant.officer.OfficerMessages.escape;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import vn.gov.ward.assistant.calendar.WorkingCalendar;

/**
 * A settled matter on the message whose button settled it: "✅ Lê Văn A đã xử lý lúc 10:05" written under
 * it, its buttons taken away, so whoever reads the chat later sees who did what. Best effort: the press
 * itself was recorded by the feature; a stamp Telegram refuses is only logged.
 */
class MessageStamps {

    private static final Logger log = LoggerFactory.getLogger(MessageStamps.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final TelegramClient client;
    private final WorkingCalendar calendar;
    private final Clock clock;

    MessageStamps(TelegramClient client, WorkingCalendar calendar, Clock clock) {
        this.client = client;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Telegram sends the message's text without its markup: it is written back escaped, with the stamp. */
    void stamp(CallbackQuery query, String stamp) {
        if (!(query.getMessage() instanceof Message original) || original.getText() == null) return;
        String time = TIME.format(clock.instant().atZone(calendar.zone()));
        try {
            client.execute(EditMessageText.builder().chatId(original.getChatId()).messageId(original.getMessageId())
                    .text(escape(original.getText()) + "\n\n✅ " + escape(stamp) + " lúc " + time).parseMode(ParseMode.HTML)
                    .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build()).build());
        } catch (TelegramApiException e) {
            log.info("Could not stamp a message: {}", e.getMessage());
        }
    }
}
