package vn.gov.ward.assistant.handoff;

import static vn.gov.ward.assistant.officer.OfficerMessages.escape;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.conversation.AssistantActivity;
import vn.gov.ward.assistant.conversation.CitizenMessages;
import vn.gov.ward.assistant.conversation.Reply;
import vn.gov.ward.assistant.dossier.PersonalNumbers;
import vn.gov.ward.assistant.feedback.FeedbackService;
import vn.gov.ward.assistant.feedback.Ticket;
import vn.gov.ward.assistant.officer.DeliveryReceipts;
import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerMessages;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.outbox.OutboxMessage;
import vn.gov.ward.assistant.redis.DailyCodes;
import vn.gov.ward.assistant.redis.Expiring;
import vn.gov.ward.assistant.redis.RedisOutage;

/**
 * Hands a citizen's conversation to the officer on duty: while it lasts the assistant stops
 * answering that citizen, whatever they write goes to the officer on Telegram, the officer's
 * Telegram replies go back to the citizen, and the officer ends it with a button (or it ends after
 * a quiet spell). Outside office hours, or with nobody reachable, the citizen hears when someone
 * will answer and a ticket is opened instead.
 *
 * <p>Redis ({@link HandOffKeys}): the hand-off (conversation, officer) and the conversation's pointer to
 * it, both expiring after {@code handoff.idle-after} without a message.
 */
@Service
class HandOffService {

    static final Pattern ID = Pattern.compile("HT-\\d{6}-\\d{4}");
    private static final DateTimeFormatter OPENING = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final StringRedisTemplate redis;
    private final DailyCodes codes;
    private final HandOffProperties properties;
    private final OfficerRegistry officers;
    private final OfficerMessages officerMessages;
    private final CitizenMessages citizenMessages;
    private final FeedbackService feedback;
    private final DeliveryReceipts receipts;
    private final HandOffSummary summary;
    private final PersonalNumbers personalNumbers;
    private final AssistantActivity activity;
    private final WorkingCalendar calendar;
    private final Clock clock;

    HandOffService(StringRedisTemplate redis, DailyCodes codes, HandOffProperties properties, OfficerRegistry officers, OfficerMessages officerMessages,
                   CitizenMessages citizenMessages, FeedbackService feedback, DeliveryReceipts receipts, HandOffSummary summary, PersonalNumbers personalNumbers,
                   AssistantActivity activity,
                   WorkingCalendar calendar, Clock clock) {
        this.redis = redis;
        this.codes = codes;
        this.properties = properties;
        this.officers = officers;
        this.officerMessages = officerMessages;
        this.citizenMessages = citizenMessages;
        this.feedback = feedback;
        this.receipts = receipts;
        this.summary = summary;
        this.personalNumbers = personalNumbers;
        this.activity = activity;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The hand-off a conversation is in, if any. */
    Optional<String> activeFor(String conversationId) {
        try {
            return Optional.ofNullable(redis.opsForValue().get(HandOffKeys.ofConversation(conversationId)));
        } catch (RuntimeException e) {
            // While Redis is away nobody can be in a hand-off the assistant can reach: it answers the citizen itself.
            if (RedisOutage.isOutage(e)) return Optional.empty();
            throw e;
        }
    }

    /**
     * Starts a hand-off, or opens a ticket when no officer can take it now.
     *
     * @param request what the citizen wrote to ask for an officer, or empty when it said no more than that
     * @return what the citizen reads
     */
    Reply start(String conversationId, String request) {
        activity.record(AssistantActivity.Kind.HANDED_OFF);
        ZonedDateTime now = clock.instant().atZone(calendar.zone());
        boolean officeHours = calendar.isOfficeHours(now);
        Optional<Officer> onDuty = officeHours ? onDuty(now) : Optional.empty();
        if (onDuty.isEmpty()) {
            Ticket ticket = feedback.open(conversationId, Ticket.Kind.GAP_CAN_BO,
                    (request.isBlank() ? "Gặp cán bộ" : request) + summary.forTicket(conversationId));
            if (officeHours) {
                return Reply.text("Hiện chưa có cán bộ trực trên kênh này. Yêu cầu của Ông/Bà đã được ghi nhận với mã "
                        + ticket.code() + "; cán bộ sẽ trả lời Ông/Bà tại đây trong giờ làm việc.");
            }
            ZonedDateTime opening = calendar.nextOfficeOpening(now.plusMinutes(1));
            return Reply.text("Hiện ngoài giờ làm việc nên chưa có cán bộ trực. Yêu cầu của Ông/Bà đã được ghi nhận với mã "
                    + ticket.code() + "; cán bộ sẽ trả lời Ông/Bà tại đây từ " + OPENING.format(opening) + ".");
        }
        Officer officer = onDuty.get();
        String id = codes.next("HT", now.toLocalDate());
        // Each key written with its lifetime; the hand-off first, so a crash between leaves nothing that points nowhere.
        Expiring.hashPut(redis, HandOffKeys.handOff(id), Map.of("conversation", conversationId, "officer", officer.id()), properties.idleAfter());
        redis.opsForValue().set(HandOffKeys.ofConversation(conversationId), id, properties.idleAfter());
        officerMessages.send(officer, "handoff:" + id, summary.forOfficer(id, conversationId, request),
                List.of(new OutboxMessage.Button("Kết thúc", "ENDHO:" + id)), null);
        return Reply.text("Tôi đã chuyển Ông/Bà đến cán bộ " + officer.name() + " (" + officer.unit() + "). "
                + "Ông/Bà vui lòng nhắn nội dung cần trao đổi; cán bộ sẽ trả lời tại đây.");
    }

    /**
     * A citizen's message during a hand-off goes to the officer (numbered, so each is queued once), its
     * personal numbers masked; the assistant says nothing.
     *
     * @param text the message as the citizen reads it (a tapped button in words)
     */
    void forward(String id, String conversationId, String text) {
        long sequence = Expiring.increment(redis, HandOffKeys.messageCount(id), HandOffKeys.MESSAGE_COUNT_KEPT);
        officerOf(id).ifPresent(officer -> officerMessages.send(officer, "handoff:" + id + ":citizen:" + sequence,
                "💬 <b>" + id + "</b> – công dân:\n" + escape(personalNumbers.masked(text)), List.of(), null));
        touch(id, conversationId);
    }

    /** The officer's Telegram reply to a hand-off message. @return false when it names no live hand-off of theirs */
    boolean answer(String repliedTo, Officer officer, String text, String idempotencyKey) {
        Matcher m = ID.matcher(repliedTo);
        if (!m.find()) return false;
        String id = m.group();
        Object conversation = redis.opsForHash().get(HandOffKeys.handOff(id), "conversation");
        if (conversation == null) {
            officerMessages.reply(officer.telegram().chatId(), idempotencyKey, "Cuộc trao đổi " + id + " đã kết thúc.", List.of());
            return true;
        }
        citizenMessages.send((String) conversation, "handoff-answer:" + idempotencyKey,
                Reply.text("👤 " + officer.name() + ": " + text), null, null).ifPresent(sent -> receipts.await(officer, sent, "trong " + id));
        touch(id, (String) conversation);
        return true;
    }

    /** Ends a hand-off: the assistant answers the citizen again. @return false when it had ended already */
    boolean end(String id, Officer officer) {
        Object conversation = redis.opsForHash().get(HandOffKeys.handOff(id), "conversation");
        if (conversation == null) return false;
        // One key at a time (they are in different slots): the pointer first, so the citizen is never left pointing at nothing.
        redis.delete(HandOffKeys.ofConversation((String) conversation));
        redis.delete(HandOffKeys.handOff(id));
        citizenMessages.send((String) conversation, "handoff-end:" + id, Reply.text("Cán bộ " + officer.name()
                + " đã kết thúc trao đổi. Cảm ơn Ông/Bà. Trợ lý tự động tiếp tục hỗ trợ Ông/Bà; gõ \"gặp cán bộ\" nếu cần trao đổi tiếp."),
                null, null);
        return true;
    }

    private Optional<Officer> officerOf(String id) {
        Object officer = redis.opsForHash().get(HandOffKeys.handOff(id), "officer");
        return officer == null ? Optional.empty() : officers.find((String) officer);
    }

    /** The day's officer: the list in turn by day, skipping anyone Telegram cannot reach. */
    private Optional<Officer> onDuty(ZonedDateTime now) {
        List<String> rota = properties.onDuty();
        if (rota.isEmpty()) return Optional.empty();
        int start = (int) (now.toLocalDate().toEpochDay() % rota.size());
        for (int i = 0; i < rota.size(); i++) {
            Optional<Officer> officer = officers.find(rota.get((start + i) % rota.size())).filter(Officer::reachable);
            if (officer.isPresent()) return officer;
        }
        return Optional.empty();
    }

    private void touch(String id, String conversationId) {
        redis.expire(HandOffKeys.handOff(id), properties.idleAfter());
        redis.expire(HandOffKeys.ofConversation(conversationId), properties.idleAfter());
    }
}
