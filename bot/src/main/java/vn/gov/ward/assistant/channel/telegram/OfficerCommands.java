package vn.gov.ward.assistant.channel.telegram;

import static vn.gov.ward.assistant.officer.OfficerMessages.escape;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierCodes;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.officer.LinkCodes;
import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerMessages;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.officer.OfficerReplies;
import vn.gov.ward.assistant.reminder.DossierLines;
import vn.gov.ward.assistant.reminder.OfficerDossiers;
import vn.gov.ward.assistant.reminder.ReminderAcks;

/**
 * What officers say to the bot: {@code /start <code>} to link their chat, {@code /help},
 * {@code /hoso <mã>}, {@code /denhan}, {@code /quahan}, and the buttons under reminders ("Đã nhận",
 * "Xem hồ sơ"). A chat not linked to an officer hears only that the bot is for the ward's officers.
 * Replies go through the outbox keyed by the update, so a redelivered update is answered once.
 */
class OfficerCommands {

    private static final Logger log = LoggerFactory.getLogger(OfficerCommands.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    static final String STRANGER = "Bot này chỉ dành cho cán bộ UBND phường. Nếu Ông/Bà là cán bộ, vui lòng mở liên kết "
            + "do quản trị viên cấp để liên kết tài khoản. Công dân cần hỏi thủ tục vui lòng nhắn Zalo OA của phường.";
    static final String BAD_CODE = "Mã liên kết không đúng, đã được dùng hoặc đã hết hạn. Ông/Bà vui lòng xin quản trị viên cấp mã mới.";
    static final String HELP = """
            <b>Các lệnh</b>
            /hoso &lt;mã hồ sơ&gt; – xem một hồ sơ
            /denhan – hồ sơ của tôi đến hạn hôm nay và ngày làm việc tiếp theo
            /quahan – hồ sơ quá hạn (lãnh đạo: cả của cán bộ thuộc quyền)
            /help – hướng dẫn này
            Dưới mỗi nhắc hạn: bấm "Đã nhận" để không nhắc trước hạn nữa, "Xem hồ sơ" để xem chi tiết.
            Phản ánh của công dân, người cần gặp cán bộ: trả lời (Reply) đúng tin nhắn đó để gửi câu trả lời.""";

    private final TelegramClient client;
    private final OfficerRegistry registry;
    private final LinkCodes linkCodes;
    private final OfficerMessages messages;
    private final DossierService dossiers;
    private final DossierCodes codes;
    private final OfficerDossiers officerDossiers;
    private final ReminderAcks acks;
    private final DossierLines lines;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final List<OfficerReplies> replies;

    OfficerCommands(TelegramClient client, OfficerRegistry registry, LinkCodes linkCodes, OfficerMessages messages, DossierService dossiers,
                    DossierCodes codes, OfficerDossiers officerDossiers, ReminderAcks acks, DossierLines lines, WorkingCalendar calendar,
                    Clock clock, List<OfficerReplies> replies) {
        this.replies = replies;
        this.client = client;
        this.registry = registry;
        this.linkCodes = linkCodes;
        this.messages = messages;
        this.dossiers = dossiers;
        this.codes = codes;
        this.officerDossiers = officerDossiers;
        this.acks = acks;
        this.lines = lines;
        this.calendar = calendar;
        this.clock = clock;
    }

    void message(int updateId, Message message) {
        long chatId = message.getChatId();
        String text = message.getText().strip();
        String command = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT).replaceFirst("@.*$", "");
        String argument = text.contains(" ") ? text.substring(text.indexOf(' ') + 1).strip() : "";
        String key = "telegram:reply:" + updateId;
        if (command.equals("/start") && !argument.isEmpty()) {
            link(chatId, argument, key);
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
            boolean taken = replies.stream().anyMatch(r -> r.reply(me, repliedTo.getText(), text, key));
            if (!taken) messages.reply(chatId, key, "Tin nhắn được trả lời không thuộc phản ánh hay cuộc trao đổi nào đang mở.", List.of());
            return;
        }
        String reply = switch (command) {
            case "/start", "/help" -> "Xin chào " + escape(me.name()) + ".\n" + HELP;
            case "/hoso" -> dossier(argument, me);
            case "/denhan" -> dueSoon(me);
            case "/quahan" -> overdue(me);
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
        for (OfficerReplies feature : replies) {
            Optional<String> done = feature.button(officer.get(), data);
            if (done.isPresent()) {
                answer(query, done.get());
                return;
            }
        }
        String code = data.contains(":") ? data.substring(data.indexOf(':') + 1) : "";
        Optional<Dossier> dossier = dossiers.find(code);
        if (dossier.isEmpty()) {
            answer(query, "Không tìm thấy hồ sơ " + code + ".");
            return;
        }
        if (data.startsWith("ACK:")) {
            Officer me = officer.get();
            boolean mine = dossier.get().officerId().equals(me.id())
                    || registry.find(dossier.get().officerId()).flatMap(registry::leaderOf).map(l -> l.id().equals(me.id())).orElse(false);
            if (!mine) {
                answer(query, "Hồ sơ này không do Ông/Bà phụ trách.");
                return;
            }
            acks.acknowledge(dossier.get());
            answer(query, "Đã ghi nhận. Sẽ không nhắc trước hạn hồ sơ này nữa.");
            markAcknowledged(query, officer.get());
        } else if (data.startsWith("VIEW:")) {
            answer(query, null);
            messages.reply(chatId, "telegram:reply:" + updateId, lines.details(dossier.get(), registry.find(dossier.get().officerId()).orElse(null)),
                    List.of());
        } else {
            answer(query, null);
        }
    }

    private void link(long chatId, String code, String key) {
        Optional<Officer> officer = linkCodes.redeem(code).flatMap(registry::find);
        if (officer.isEmpty()) {
            messages.reply(chatId, key, escape(BAD_CODE), List.of());
            return;
        }
        Officer linked = registry.link(officer.get().id(), chatId);
        messages.reply(chatId, key, "✅ Xin chào <b>" + escape(linked.name()) + "</b> (" + escape(linked.unit()) + ").\n"
                + "Tài khoản Telegram này đã được liên kết; Ông/Bà sẽ nhận nhắc hạn hồ sơ và bản tổng hợp hằng ngày tại đây.\n\n" + HELP,
                List.of());
    }

    private String dossier(String argument, Officer me) {
        if (argument.isEmpty()) return "Ông/Bà gõ /hoso kèm mã hồ sơ, ví dụ: <code>/hoso 000.32.33.H26-260101-0001</code>";
        Optional<Dossier> d = codes.parse(argument).flatMap(dossiers::find);
        if (d.isEmpty()) return "Không tìm thấy hồ sơ <code>" + escape(argument) + "</code>.";
        return lines.details(d.get(), registry.find(d.get().officerId()).orElse(me));
    }

    private String dueSoon(Officer me) {
        ZonedDateTime now = clock.instant().atZone(calendar.zone());
        LocalDate next = now.toLocalDate().plusDays(1);
        while (!calendar.isWorkingDay(next)) next = next.plusDays(1);
        List<Dossier> open = officerDossiers.openOf(List.of(me));
        Instant endOfToday = now.toLocalDate().plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        Instant endOfNext = next.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        List<Dossier> today = OfficerDossiers.dueBetween(open, now.toInstant(), endOfToday);
        List<Dossier> later = OfficerDossiers.dueBetween(open, endOfToday, endOfNext);
        StringBuilder text = new StringBuilder("⏰ <b>Hồ sơ đến hạn</b> (lúc ").append(TIME.format(now)).append(")");
        section(text, "Hôm nay " + DAY.format(now), today, me, List.of(me));
        section(text, "Ngày làm việc tiếp theo " + DAY.format(next), later, me, List.of(me));
        if (today.isEmpty() && later.isEmpty()) text.append("\nKhông có hồ sơ nào đến hạn hôm nay và ngày làm việc tiếp theo.");
        return text.toString();
    }

    private String overdue(Officer me) {
        List<Officer> whose = new ArrayList<>(List.of(me));
        if (me.isLeader()) whose.addAll(registry.team(me));
        List<Dossier> overdue = OfficerDossiers.overdue(officerDossiers.openOf(whose), clock.instant());
        StringBuilder text = new StringBuilder("🔴 <b>Hồ sơ quá hạn</b>").append(me.isLeader() ? " (cả cán bộ thuộc quyền)" : "");
        section(text, "Quá hạn", overdue, me, whose);
        if (overdue.isEmpty()) text.append("\nKhông có hồ sơ quá hạn. 👍");
        return text.toString();
    }

    /** @param whose the officers the dossiers belong to, already read: a line names its officer unless it is me */
    private void section(StringBuilder text, String title, List<Dossier> dossiers, Officer me, List<Officer> whose) {
        if (dossiers.isEmpty()) return;
        Map<String, Officer> byId = whose.stream().collect(Collectors.toMap(Officer::id, Function.identity(), (a, b) -> a));
        text.append("\n\n<b>").append(escape(title)).append(" (").append(dossiers.size()).append(")</b>");
        for (Dossier d : dossiers) {
            text.append('\n').append(d.officerId().equals(me.id()) ? lines.line(d) : lines.line(d, byId.get(d.officerId())));
        }
    }

    private void answer(CallbackQuery query, String text) {
        try {
            client.execute(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).text(text).build());
        } catch (TelegramApiException e) {
            log.info("Could not answer a callback query: {}", e.getMessage());
        }
    }

    /** The reminder shows it was taken in hand, without its buttons (Telegram sends us its text without the markup). */
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
