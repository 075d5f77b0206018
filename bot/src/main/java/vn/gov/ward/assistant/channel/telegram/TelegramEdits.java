package vn.gov.ward.assistant.channel.telegram;

import java.time.Duration;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import vn.gov.ward.assistant.outbox.Delivery;
import vn.gov.ward.assistant.outbox.Outbox;
import vn.gov.ward.assistant.outbox.OutboxMessage;

/**
 * An outbox message that rewrites one sent before ({@link OutboxMessage#replaces()}: a low-score alert
 * completed by the citizen's comment) becomes Telegram's editMessageText of that message, so the officer
 * keeps one message. When the earlier one never reached Telegram (still waiting: withdrawn here, as this one
 * says all it said; failed; withdrawn), this one goes as a new message instead.
 */
class TelegramEdits {

    private final TelegramClient client;
    private final Outbox outbox;

    TelegramEdits(TelegramClient client, Outbox outbox) {
        this.client = client;
        this.outbox = outbox;
    }

    /**
     * @return the edit's outcome, or empty when the message is to go as a new one
     * @throws TelegramApiException what Telegram refused, for the sender to judge as it judges a send
     */
    Optional<Delivery> edit(OutboxMessage message) throws TelegramApiException {
        Optional<Outbox.Tracked> original = outbox.find(message.replaces());
        if (original.isEmpty()) return Optional.empty();
        Outbox.Status status = original.get().status();
        if (status == Outbox.Status.QUEUED || status == Outbox.Status.RETRYING) {
            return outbox.cancel(message.replaces()) ? Optional.empty()
                    : Optional.of(new Delivery.Retry("the message it rewrites is being sent", Duration.ofSeconds(1)));
        }
        String sentAs = original.get().providerId();
        if ((status != Outbox.Status.SENT && status != Outbox.Status.DELIVERED) || sentAs == null) return Optional.empty();
        EditMessageText.EditMessageTextBuilder<?, ?> edit = EditMessageText.builder().chatId(message.recipient())
                .messageId(Integer.parseInt(sentAs)).text(message.text()).parseMode(ParseMode.HTML)
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        // No buttons is no keyboard: the edited message loses the old one's (a settled alert).
        if (!message.buttons().isEmpty()) edit.replyMarkup(TelegramSender.keyboard(message.buttons()));
        try {
            client.execute(edit.build());
        } catch (TelegramApiRequestException e) {
            String said = e.getApiResponse() == null ? "" : e.getApiResponse();
            if (said.contains("message is not modified")) return Optional.of(new Delivery.Sent(sentAs));
            if (said.contains("message to edit not found") || said.contains("message can't be edited")) return Optional.empty();
            throw e;
        }
        return Optional.of(new Delivery.Sent(sentAs));
    }
}
