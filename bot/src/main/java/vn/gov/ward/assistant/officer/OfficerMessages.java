package vn.gov.ward.assistant.officer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.gov.ward.assistant.outbox.Outbox;
import vn.gov.ward.assistant.outbox.OutboxMessage;

/**
 * Messages to officers on Telegram, through the outbox. Texts are Telegram HTML: whatever comes from
 * data (names, codes, notes) goes through {@link #escape}. An officer without an active link is
 * skipped and logged; the admins ({@code officers.admins}, officer ids) hear about what needs a person.
 */
@Service
public class OfficerMessages {

    public static final String CHANNEL = "telegram";
    private static final Logger log = LoggerFactory.getLogger(OfficerMessages.class);

    private final Outbox outbox;
    private final OfficerRegistry registry;
    private final List<String> admins;

    public OfficerMessages(Outbox outbox, OfficerRegistry registry, OfficerProperties properties) {
        this.outbox = outbox;
        this.registry = registry;
        this.admins = properties.admins();
    }

    /**
     * Queues a message to an officer once per idempotency key.
     *
     * @param notBefore the earliest time to send (quiet hours), or null for at once
     * @return the outbox id, or empty when the officer cannot be reached on Telegram
     */
    public Optional<String> send(Officer officer, String idempotencyKey, String html, List<OutboxMessage.Button> buttons,
                                 Instant notBefore) {
        if (!officer.reachable()) {
            log.info("Officer {} has no active Telegram link; message {} not queued", officer.id(), idempotencyKey);
            return Optional.empty();
        }
        return Optional.of(outbox.enqueue(CHANNEL, Long.toString(officer.telegram().chatId()), idempotencyKey, html, buttons,
                null, notBefore));
    }

    /**
     * The new text of a message sent before to the same officer ({@code replaces}, the outbox id {@link #send} gave):
     * Telegram shows it in place of the old one.
     *
     * @return the outbox id of the new text (what a later rewrite replaces), or empty when the officer cannot be reached
     */
    public Optional<String> replace(Officer officer, String idempotencyKey, String html, List<OutboxMessage.Button> buttons,
                                    String replaces) {
        if (!officer.reachable()) return Optional.empty();
        return Optional.of(outbox.replace(CHANNEL, Long.toString(officer.telegram().chatId()), idempotencyKey, html, buttons, replaces));
    }

    /** A reply to whoever wrote in a Telegram chat (an answer to a command, a refusal to a stranger). */
    public String reply(long chatId, String idempotencyKey, String html, List<OutboxMessage.Button> buttons) {
        return outbox.enqueue(CHANNEL, Long.toString(chatId), idempotencyKey, html, buttons, null, null);
    }

    /**
     * Something an admin must act on, sent to each admin on Telegram (plain text, escaped here). The log names only
     * the alert's kind (its key up to the first colon): the text may name an officer or a dossier.
     */
    public void alertAdmins(String idempotencyKey, String text) {
        int told = 0;
        for (String id : admins) {
            Optional<Officer> admin = registry.find(id);
            if (admin.isPresent() && send(admin.get(), idempotencyKey + ":" + id, "⚠️ " + escape(text), List.of(), null).isPresent()) {
                told++;
            }
        }
        String kind = idempotencyKey.contains(":") ? idempotencyKey.substring(0, idempotencyKey.indexOf(':')) : idempotencyKey;
        if (told == 0) log.warn("Admin alert {} reached no admin: no officer of officers.admins has an active Telegram link", kind);
        else log.warn("Admin alert {} sent to {} admin(s) on Telegram", kind, told);
    }

    /** Escapes text for Telegram's HTML mode: {@code &} first, then the angle brackets. */
    public static String escape(String text) {
        if (text == null) return "";
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
