package vn.gov.ward.assistant.feedback;

import static vn.gov.ward.assistant.officer.OfficerMessages.escape;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.conversation.CitizenMessages;
import vn.gov.ward.assistant.conversation.Reply;
import vn.gov.ward.assistant.dossier.PersonalNumbers;
import vn.gov.ward.assistant.officer.DeliveryReceipts;
import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerMessages;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.outbox.OutboxMessage;
import vn.gov.ward.assistant.procedure.Procedures;
import vn.gov.ward.assistant.redis.DailyCodes;

/**
 * Feedback tickets: opened from a citizen's message, routed to the officer of the dossier it names, else
 * by the administrative field the message is about (the procedure search finds it) to that field's
 * officer on Telegram; a complaint about an officer's conduct or delay reaches their leader as well
 * ({@link TicketConcern}). Answered by a Telegram reply (the officer's or the leader's), which reaches
 * the citizen on their own channel, and closed with a button. Numbers the citizen typed are masked on
 * Telegram, codes kept whole ({@link PersonalNumbers}).
 */
@Service
public class FeedbackService {

    static final Pattern CODE = Pattern.compile("PA-\\d{6}-\\d{4}");
    private static final Logger log = LoggerFactory.getLogger(FeedbackService.class);
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String REPLY_HINT = "\n\n↩️ Trả lời (Reply) tin nhắn này để gửi câu trả lời cho công dân.";

    private final TicketStore store;
    private final TicketConcern concerns;
    private final PersonalNumbers personalNumbers;
    private final DailyCodes codes;
    private final FeedbackProperties properties;
    private final Procedures procedures;
    private final OfficerRegistry officers;
    private final OfficerMessages officerMessages;
    private final CitizenMessages citizenMessages;
    private final DeliveryReceipts receipts;
    private final WorkingCalendar calendar;
    private final Clock clock;

    FeedbackService(TicketStore store, TicketConcern concerns, PersonalNumbers personalNumbers, DailyCodes codes,
                    FeedbackProperties properties, Procedures procedures, OfficerRegistry officers, OfficerMessages officerMessages,
                    CitizenMessages citizenMessages, DeliveryReceipts receipts, WorkingCalendar calendar, Clock clock) {
        this.store = store;
        this.concerns = concerns;
        this.personalNumbers = personalNumbers;
        this.codes = codes;
        this.properties = properties;
        this.procedures = procedures;
        this.officers = officers;
        this.officerMessages = officerMessages;
        this.citizenMessages = citizenMessages;
        this.receipts = receipts;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Opens a ticket and hands it to the responsible officer, and a complaint about an officer to their leader too (in working hours). */
    public Ticket open(String conversationId, Ticket.Kind kind, String text) {
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(calendar.zone());
        // What it is about, without the "phản ánh"/"kiến nghị" that opens it; the best match's field even when close ones compete.
        String content = kind.contentOf(text);
        String field = procedures.fieldOf(content).orElse(null);
        TicketConcern.Concern concern = concerns.of(conversationId, kind, content);
        String officerId = concern.handlingOfficerId() != null ? concern.handlingOfficerId()
                : field == null ? properties.defaultOfficer() : properties.fieldOfficers().getOrDefault(field, properties.defaultOfficer());
        Instant due = calendar.addWorkingTime(local, calendar.workingTime(properties.answerWithin())).toInstant();
        Ticket ticket = new Ticket(codes.next("PA", local.toLocalDate()), kind, conversationId, text, field, officerId, concern.dossierCode(),
                concern.officerConcernedId(), Ticket.Status.OPEN, now, due, List.of());
        store.save(ticket);
        Map<String, Officer> byId = officers.byId();
        Optional<Officer> officer = Optional.ofNullable(byId.get(officerId));
        Instant notBefore = calendar.notBefore(now);
        boolean queued = officer.flatMap(o -> officerMessages.send(o, "ticket:" + ticket.code(), html(ticket, "", byId), closeButton(ticket),
                notBefore)).isPresent();
        if (!queued) {
            officerMessages.alertAdmins("ticket-unrouted:" + ticket.code(), "Phản ánh " + ticket.code() + " chưa gửi được cho cán bộ "
                    + officerId + " (chưa có hoặc chưa liên kết Telegram). Vui lòng phân công người trả lời.");
        }
        leaderOfConcerned(ticket, byId).ifPresent(leader -> officerMessages.send(leader, "ticket-leader:" + ticket.code(),
                html(ticket, "", byId), closeButton(ticket), notBefore));
        log.info("Ticket {} ({}) opened for officer {}{}", ticket.code(), kind, officerId,
                ticket.officerConcernedId() == null ? "" : ", about officer " + ticket.officerConcernedId());
        return ticket;
    }

    /** The leader of the officer a complaint is about, unless that leader answers it already. */
    private static Optional<Officer> leaderOfConcerned(Ticket ticket, Map<String, Officer> byId) {
        return Optional.ofNullable(byId.get(ticket.officerConcernedId())).flatMap(o -> OfficerRegistry.leaderOf(o, byId))
                .filter(leader -> !leader.id().equals(ticket.officerId()));
    }

    /** A ticket as officers read it on Telegram: what, about whom and which dossier, the due date, the citizen's words masked. */
    private String html(Ticket ticket, String heading, Map<String, Officer> byId) {
        Officer concerned = byId.get(ticket.officerConcernedId());
        Officer answering = byId.get(ticket.officerId());
        StringBuilder html = new StringBuilder(heading.isEmpty() ? "📨 <b>" + capitalised(ticket.kind().label()) + " " + ticket.code() + "</b>" : heading);
        if (concerned != null) html.append(" về cán bộ <b>").append(escape(concerned.name())).append("</b>");
        else if (ticket.field() != null) html.append(" – lĩnh vực ").append(escape(ticket.field()));
        if (ticket.dossierCode() != null) html.append("\nHồ sơ: <code>").append(escape(ticket.dossierCode())).append("</code>");
        html.append("\nKênh: ").append(CitizenMessages.channelOf(ticket.conversationId())).append(" · Hạn trả lời: ")
                .append(DUE.format(ticket.dueAt().atZone(calendar.zone())));
        if (answering != null && (concerned != null || !heading.isEmpty())) html.append(" · Cán bộ trả lời: ").append(escape(answering.name()));
        return html.append("\n\n").append(escape(personalNumbers.masked(ticket.text()))).append(REPLY_HINT).toString();
    }

    /** The acknowledgement a citizen reads. */
    public String acknowledgement(Ticket ticket) {
        return "Cảm ơn Ông/Bà. " + capitalised(ticket.kind().label()) + " của Ông/Bà đã được tiếp nhận với mã " + ticket.code()
                + ". Cán bộ phụ trách sẽ trả lời Ông/Bà tại đây chậm nhất ngày "
                + DUE.format(ticket.dueAt().atZone(calendar.zone())) + ".";
    }

    /** An officer's answer: stored, and sent to the citizen on their channel. @return false for an unknown or closed ticket */
    boolean answer(String code, Officer officer, String text, String idempotencyKey) {
        Optional<Ticket> ticket = store.find(code).filter(t -> t.status() != Ticket.Status.CLOSED);
        if (ticket.isEmpty()) return false;
        store.update(code, t -> t.answered(new Ticket.Answer(officer.id(), text, clock.instant())));
        citizenMessages.send(ticket.get().conversationId(), "ticket-answer:" + idempotencyKey, Reply.text(
                "Trả lời " + ticket.get().kind().label() + " " + code + " của Ông/Bà:\n" + text + "\n— " + officer.name() + ", "
                        + officer.unit()), null, null).ifPresent(id -> receipts.await(officer, id, "cho " + code));
        return true;
    }

    /**
     * Forgets answered and closed tickets whose last activity is before {@code cutoff} (the retention pass).
     *
     * @return how many were deleted
     */
    public int deleteDoneBefore(Instant cutoff) {
        return store.deleteDoneBefore(cutoff);
    }

    /**
     * Tickets past their due time without an answer: the officer in charge and their leader hear of
     * each once (the outbox keys make a repeated scan, or a second instance, send nothing twice), in
     * working hours.
     */
    @Scheduled(fixedDelayString = "${feedback.overdue-scan-every:PT5M}", initialDelayString = "PT1M")
    public void remindOverdue() {
        Instant now = clock.instant();
        Instant notBefore = calendar.notBefore(now);
        List<Ticket> unanswered = store.dueBy(now).stream().filter(t -> t.status() == Ticket.Status.OPEN).toList();
        if (unanswered.isEmpty()) return;
        Map<String, Officer> byId = officers.byId();
        for (Ticket ticket : unanswered) {
            Optional<Officer> officer = Optional.ofNullable(byId.get(ticket.officerId()));
            String html = html(ticket, "⏰ <b>" + capitalised(ticket.kind().label()) + " " + ticket.code() + " quá hạn trả lời</b> (hạn "
                    + DUE.format(ticket.dueAt().atZone(calendar.zone())) + ")", byId);
            officer.ifPresent(o -> officerMessages.send(o, "ticket-overdue:" + ticket.code(), html, closeButton(ticket), notBefore));
            officer.flatMap(o -> OfficerRegistry.leaderOf(o, byId)).ifPresent(leader ->
                    officerMessages.send(leader, "ticket-overdue-leader:" + ticket.code(), html, closeButton(ticket), notBefore));
        }
    }

    Optional<Ticket> close(String code) {
        return store.update(code, Ticket::closed);
    }

    public Optional<Ticket> find(String code) {
        return store.find(code);
    }

    /** The tickets these officers answer or that complain of them, not closed yet, earliest due first (a leader's digest). */
    public List<Ticket> unclosedOf(Set<String> officerIds) {
        return store.unclosed().stream().filter(t -> officerIds.contains(t.officerId()) || officerIds.contains(t.officerConcernedId())).toList();
    }

    /** Tickets not closed yet (open or answered), earliest due first. */
    public List<Ticket> unclosed() {
        return store.unclosed();
    }

    /** Tickets opened in [from, to), oldest first: what a report counts as received. */
    public List<Ticket> openedBetween(Instant from, Instant to) {
        return store.openedBetween(from, to);
    }

    static Optional<String> codeIn(String text) {
        Matcher m = CODE.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private static List<OutboxMessage.Button> closeButton(Ticket ticket) {
        return List.of(new OutboxMessage.Button("Đóng phản ánh", "CLOSE:" + ticket.code()));
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
