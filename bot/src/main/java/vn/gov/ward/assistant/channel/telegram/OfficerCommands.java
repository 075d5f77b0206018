package vn.gov.ward.assistant.channel.telegram;

import static vn.gov.ward.assistant.officer.OfficerMessages.escape;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerMessages;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.officer.OfficerReplies;

/**
 * What officers say to the bot, sent where it is served: {@code /start <code>} links the chat
 * ({@link ChatLinks}), {@code /hoso}, {@code /denhan}, {@code /quahan} and "Xem hồ sơ" ask about dossiers
 * ({@link DossierCommands}), and a Telegram "Reply" or a button of a feature's message ("Đã nhận", "Nhắc cán
 * bộ", "Đã xử lý"…) goes to that feature ({@link OfficerReplies}), the message stamped when it settles a matter. A chat
 * not linked to an officer hears only that the bot is for the ward's officers. Replies go through the
 * outbox keyed by the update, so a redelivered update is answered once.
 */
class OfficerCommands {

    private static final Logger log = LoggerFactory.getLogger(OfficerCommands.class);

    static final String STRANGER = "Bot này chỉ dành cho cán bộ UBND phường. Nếu Ông/Bà là cán bộ, vui lòng mở liên kết "
            + "do quản trị viên cấp để liên kết tài khoản. Công dân cần hỏi thủ tục vui lòng nhắn Zalo OA của phường.";
    static final String HELP = """
            <b>Các lệnh</b>
            /hoso &lt;mã hồ sơ&gt; – xem một hồ sơ (đủ mã, hoặc 4 số cuối như 0107 nếu không trùng)
            /denhan – hồ sơ đến hạn hôm nay và ngày làm việc tiếp theo (lãnh đạo: của cả đơn vị)
            /quahan – hồ sơ quá hạn (lãnh đạo: của cả đơn vị)
            /help – hướng dẫn này
            Mỗi sáng ngày làm việc: kế hoạch trong ngày (lãnh đạo: tình hình đơn vị); trong ngày chỉ nhắc khi có thay đổi.
            Dưới nhắc hạn: "Đã nhận" để không nhắc trước hạn nữa, "Xem hồ sơ" để xem chi tiết; lãnh đạo có thêm "Nhắc cán bộ", "Đã xử lý".
            Phản ánh của công dân, người cần gặp cán bộ: trả lời (Reply) đúng tin nhắn đó để gửi câu trả lời.""";

    private final TelegramClient client;
    private final OfficerRegistry registry;
    private final OfficerMessages messages;
    private final ChatLinks links;
    private final DossierCommands dossierCommands;
    private final MessageStamps stamps;
    private final List<OfficerReplies> features;

    OfficerCommands(TelegramClient client, OfficerRegistry registry, OfficerMessages messages, ChatLinks links,
                    DossierCommands dossierCommands, MessageStamps stamps, List<OfficerReplies> features) {
        this.client = client;
        this.registry = registry;
        this.messages = messages;
        this.links = links;
        this.dossierCommands = dossierCommands;
        this.stamps = stamps;
        this.features = features;
    }

    void message(int updateId, Message message) {
        long chatId = message.getChatId();
        String text = message.getText().strip();
        String command = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT).replaceFirst("@.*$", "");
        String argument = text.contains(" ") ? text.substring(text.indexOf(' ') + 1).strip() : "";
        String key = replyKey(updateId);
        if (command.equals("/start") && !argument.isEmpty()) {
            links.link(chatId, argument, key);
            return;
        }
        Optional<Officer> officer = registry.findByChat(chatId);
        if (officer.isEmpty()) {
            messages.reply(chatId, key, escape(STRANGER), List.of());
            return;
        }
        // Writing again after blocking the bot: the chat works again.
        Officer me = officer.get().reachable() ? officer.get() : registry.link(officer.get().id(), chatId);
        Message repliedTo = message.getReplyToMessage();
        if (repliedTo != null && repliedTo.getText() != null && !text.startsWith("/")) {
            boolean taken = features.stream().anyMatch(f -> f.reply(me, repliedTo.getText(), text, key));
            if (!taken) messages.reply(chatId, key, "Tin nhắn được trả lời không thuộc phản ánh hay cuộc trao đổi nào đang mở.", List.of());
            return;
        }
        String reply = switch (command) {
            case "/start", "/help" -> "Xin chào " + escape(me.name()) + ".\n" + HELP;
            case "/hoso" -> dossierCommands.dossier(argument, me);
            case "/denhan" -> dossierCommands.dueSoon(me);
            case "/quahan" -> dossierCommands.overdue(me);
            default -> "Tôi chưa hiểu yêu cầu này.\n" + HELP;
        };
        messages.reply(chatId, key, reply, List.of());
    }

    void callback(int updateId, CallbackQuery query) {
        String data = query.getData() == null ? "" : query.getData();
        Long chatId = query.getMessage() == null ? null : query.getMessage().getChatId();
        Optional<Officer> officer = chatId == null ? Optional.empty() : registry.findByChat(chatId).filter(Officer::reachable);
        if (officer.isEmpty()) {
            answer(query, "Bot này chỉ dành cho cán bộ UBND phường.");
            return;
        }
        for (OfficerReplies feature : features) {
            Optional<OfficerReplies.Pressed> pressed = feature.button(officer.get(), data);
            if (pressed.isPresent()) {
                answer(query, pressed.get().answer());
                if (pressed.get().stamp() != null) stamps.stamp(query, pressed.get().stamp());
                return;
            }
        }
        String code = data.contains(":") ? data.substring(data.indexOf(':') + 1) : "";
        if (data.startsWith("VIEW:")) {
            Optional<String> details = dossierCommands.details(code);
            answer(query, details.isPresent() ? null : notFound(code));
            details.ifPresent(html -> messages.reply(chatId, replyKey(updateId), html, List.of()));
        } else {
            answer(query, null);
        }
    }

    static String notFound(String code) {
        return "Không tìm thấy hồ sơ " + code + ".";
    }

    private static String replyKey(int updateId) {
        return "telegram:reply:" + updateId;
    }

    private void answer(CallbackQuery query, String text) {
        try {
            client.execute(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).text(text).build());
        } catch (TelegramApiException e) {
            log.info("Could not answer a callback query: {}", e.getMessage());
        }
    }
}
