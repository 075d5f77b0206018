package vn.gov.ward.assistant.channel.telegram;

import static vn.gov.ward.assistant.officer.OfficerMessages.escape;

import java.util.List;
import java.util.Optional;

import vn.gov.ward.assistant.officer.LinkCodes;
import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerMessages;
import vn.gov.ward.assistant.officer.OfficerRegistry;

/** {@code /start <code>}: a link code an admin issued ties the chat to its officer, once. */
class ChatLinks {

    static final String BAD_CODE = "Mã liên kết không đúng, đã được dùng hoặc đã hết hạn. Ông/Bà vui lòng xin quản trị viên cấp mã mới.";

    private final LinkCodes linkCodes;
    private final OfficerRegistry registry;
    private final OfficerMessages messages;

    ChatLinks(LinkCodes linkCodes, OfficerRegistry registry, OfficerMessages messages) {
        this.linkCodes = linkCodes;
        this.registry = registry;
        this.messages = messages;
    }

    void link(long chatId, String code, String replyKey) {
        Optional<Officer> officer = linkCodes.redeem(code).flatMap(registry::find);
        if (officer.isEmpty()) {
            messages.reply(chatId, replyKey, escape(BAD_CODE), List.of());
            return;
        }
        Officer linked = registry.link(officer.get().id(), chatId);
        messages.reply(chatId, replyKey, "✅ Xin chào <b>" + escape(linked.name()) + "</b> (" + escape(linked.unit()) + ").\n"
                + "Tài khoản Telegram này đã được liên kết; Ông/Bà sẽ nhận nhắc hạn hồ sơ và bản tổng hợp hằng ngày tại đây.\n\n"
                + OfficerCommands.HELP, List.of());
    }
}
