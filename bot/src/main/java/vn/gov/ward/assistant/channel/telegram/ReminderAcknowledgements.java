package vn.gov.ward.assistant.channel.telegram;

import static vn.gov.ward.assistant.officer.OfficerMessages.escape;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.reminder.ReminderAcks;

/**
 * "Đã nhận" under a reminder: the officer in charge (or their leader) has the dossier in hand, so no
 * more due-soon reminders; the reminder shows who took it and when, without its buttons.
 */
class ReminderAcknowledgements {

    private static final Logger log = LoggerFactory.getLogger(ReminderAcknowledgements.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final DossierService dossiers;
    private final OfficerRegistry registry;
    private final ReminderAcks acks;
    private final TelegramClient client;
    private final WorkingCalendar calendar;
    private final Clock clock;

    ReminderAcknowledgements(DossierService dossiers, OfficerRegistry registry, ReminderAcks acks, TelegramClient client,
                             WorkingCalendar calendar, Clock clock) {
        this.dossiers = dossiers;
        this.registry = registry;
        this.acks = acks;
        this.client = client;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** @return what the button's answer says */
    String acknowledge(String code, Officer me, CallbackQuery query) {
        Optional<Dossier> dossier = dossiers.find(code);
        if (dossier.isEmpty()) return OfficerCommands.notFound(code);
        boolean mine = dossier.get().officerId().equals(me.id())
                || registry.find(dossier.get().officerId()).flatMap(registry::leaderOf).map(l -> l.id().equals(me.id())).orElse(false);
        if (!mine) return "Hồ sơ này không do Ông/Bà phụ trách.";
        acks.acknowledge(dossier.get());
        markAcknowledged(query, me);
        return "Đã ghi nhận. Sẽ không nhắc trước hạn hồ sơ này nữa.";
    }

    /** Telegram sends us the reminder's text without its markup: it is written back escaped, with the stamp. */
    private void markAcknowledged(CallbackQuery query, Officer officer) {
        if (!(query.getMessage() instanceof Message original) || original.getText() == null) return;
        String stamp = TIME.format(clock.instant().atZone(calendar.zone()));
        try {
            client.execute(EditMessageText.builder().chatId(original.getChatId()).messageId(original.getMessageId())
                    .text(escape(original.getText()) + "\n\n✅ " + escape(officer.name()) + " đã nhận lúc " + stamp)
                    .parseMode("HTML").build());
        } catch (TelegramApiException e) {
            log.info("Could not mark a reminder acknowledged: {}", e.getMessage());
        }
    }
}
