package vn.gov.ward.assistant.reminder;

import static vn.gov.ward.assistant.officer.OfficerMessages.escape;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.data.redis.core.StringRedisTemplate;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerMessages;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.outbox.OutboxMessage;

/**
 * One reminder pass: what became due since the last pass ({@code reminders:last-pass}), planned from the
 * open-dossier index and queued through the outbox. The first pass after the morning time on a working day
 * makes each officer's morning message ({@link MorningMessages}); later reminders that day say only what
 * changed: a deadline in the next hours, a deadline passed, an escalation to the leader. What the morning
 * message listed is not said again ({@link MorningPlans}), and an officer's reminder that falls in quiet
 * hours or on a day off is left to the next morning's message. Each reminder's idempotency key names its
 * kind, its dossier (or officer) and its period, so a pass repeated after a crash, or run by a second
 * instance, queues nothing twice. A pass that finds nothing new costs a few index reads.
 */
class ReminderPass {

    private static final Duration FIRST_LOOK_BACK = Duration.ofDays(1);

    private final DossierService dossiers;
    private final OfficerRegistry registry;
    private final OfficerDossiers officerDossiers;
    private final OfficerMessages messages;
    private final PendingReminders pending;
    private final ReminderAcks acks;
    private final MorningMessages mornings;
    private final MorningPlans morningPlans;
    private final DossierLines lines;
    private final WorkingCalendar calendar;
    private final ReminderProperties properties;
    private final StringRedisTemplate redis;

    ReminderPass(DossierService dossiers, OfficerRegistry registry, OfficerDossiers officerDossiers, OfficerMessages messages,
                 PendingReminders pending, ReminderAcks acks, MorningMessages mornings, MorningPlans morningPlans, DossierLines lines,
                 WorkingCalendar calendar, ReminderProperties properties, StringRedisTemplate redis) {
        this.dossiers = dossiers;
        this.registry = registry;
        this.officerDossiers = officerDossiers;
        this.messages = messages;
        this.pending = pending;
        this.acks = acks;
        this.mornings = mornings;
        this.morningPlans = morningPlans;
        this.lines = lines;
        this.calendar = calendar;
        this.properties = properties;
        this.redis = redis;
    }

    /**
     * A reminder to queue: {@code subject} is the dossier code, or the officer id for a morning message.
     *
     * @param listed what a morning message lists, or null for any other reminder
     */
    record Planned(ReminderKind kind, String subject, String period, Officer recipient, String html,
                   List<OutboxMessage.Button> buttons, String dossierCode, MorningPlans.Listed listed) {

        String idempotencyKey() {
            return "reminder:" + kind + ":" + subject + ":" + period;
        }
    }

    /** What one pass did, for the log and the benchmark. */
    record Report(Instant from, Instant to, int planned, int queued, Duration planning) {
    }

    Report run(Instant now) {
        String stored = redis.opsForValue().get(ReminderKeys.LAST_PASS);
        Instant last = stored == null ? now.minus(FIRST_LOOK_BACK) : Instant.parse(stored);
        if (!now.isAfter(last)) return new Report(last, now, 0, 0, Duration.ZERO);
        long started = System.nanoTime();
        Map<String, Officer> officers = registry.byId();
        List<Planned> planned = plan(last, now, officers);
        Duration planning = Duration.ofNanos(System.nanoTime() - started);
        int queued = 0;
        // Nothing reaches an officer in quiet hours or on a day off: null when it may go now, else the next working morning.
        Instant notBefore = calendar.notBefore(now);
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        for (Planned p : planned) {
            boolean urgent = properties.urgent().contains(p.kind());
            // An officer's own reminder that cannot go now is not kept for later: the next morning's message says it.
            if (notBefore != null && !urgent && (p.kind() == ReminderKind.DUE_SOON || p.kind() == ReminderKind.OVERDUE)) continue;
            var id = messages.send(p.recipient(), p.idempotencyKey(), p.html(), p.buttons(), urgent ? null : notBefore);
            if (id.isEmpty()) continue;
            queued++;
            if (p.dossierCode() != null) pending.queued(p.dossierCode(), id.get(), p.kind());
            if (p.listed() != null) morningPlans.record(p.recipient().id(), today, p.listed());
        }
        redis.opsForValue().set(ReminderKeys.LAST_PASS, now.toString());
        return new Report(last, now, planned.size(), queued, planning);
    }

    List<Planned> plan(Instant last, Instant now, Map<String, Officer> officers) {
        ZonedDateTime zLast = last.atZone(calendar.zone());
        ZonedDateTime zNow = now.atZone(calendar.zone());
        LocalDate today = zNow.toLocalDate();
        List<Planned> planned = new ArrayList<>();
        // The morning message first: it is the day's overview; what it said, the reminders after it do not repeat.
        Map<String, Optional<MorningPlans.Listed>> said = new HashMap<>();
        if (calendar.isWorkingDay(today) && crossed(zLast, zNow, properties.digestTime())) {
            for (Planned morning : mornings.plan(zNow, officers)) {
                planned.add(morning);
                said.put(morning.recipient().id(), Optional.of(morning.listed()));
            }
        }
        Function<String, Optional<MorningPlans.Listed>> saidTo = officerId -> said.computeIfAbsent(officerId,
                id -> Optional.ofNullable(morningPlans.of(List.of(id), today).get(id)));
        dueSoon(zLast, zNow, officers, saidTo, planned);
        overdueAtDeadline(last, now, officers, saidTo, planned);
        escalations(zLast, zNow, officers, planned);
        return planned;
    }

    // --- before the appointment ----------------------------------------------------------------------------

    private void dueSoon(ZonedDateTime last, ZonedDateTime now, Map<String, Officer> officers,
                         Function<String, Optional<MorningPlans.Listed>> saidTo, List<Planned> planned) {
        List<Duration> offsets = properties.dueSoon().stream().map(calendar::workingTime)
                .sorted(Comparator.reverseOrder()).toList();
        for (int k = 0; k < offsets.size(); k++) {
            Duration before = offsets.get(k);
            boolean aDayAhead = before.compareTo(calendar.workingDayLength()) >= 0;
            List<Duration> closer = offsets.subList(k + 1, offsets.size());
            List<Dossier> due = dossiers.openDueBetween(
                    calendar.addWorkingTime(last, before).toInstant(), calendar.addWorkingTime(now, before).toInstant());
            Set<String> acknowledged = acks.acknowledged(due);
            for (Dossier d : due) {
                Officer officer = officers.get(d.officerId());
                if (officer == null || !OfficerDossiers.inHand(d) || !d.appointmentAt().isAfter(now.toInstant())) continue;
                // A closer reminder already due says more (a pass after a long stop sends only the latest).
                if (closer.stream().anyMatch(c -> !triggerOf(d, c).isAfter(now.toInstant()))) continue;
                if (acknowledged.contains(d.code())) continue;
                if (saidTo.apply(officer.id()).filter(l -> l.folds(d.code(), triggerOf(d, before), aDayAhead)).isPresent()) continue;
                Duration left = calendar.workingTimeBetween(now, d.appointmentAt().atZone(calendar.zone()));
                String html = "⏰ <b>Sắp đến hạn</b>: " + lines.left(left) + "\n" + lines.line(d)
                        + "\nTrạng thái: " + escape(d.status().label());
                planned.add(new Planned(ReminderKind.DUE_SOON, d.code(), before.toString(), officer, html,
                        List.of(new OutboxMessage.Button("✅ Đã nhận", ReminderButtons.ACK + d.code()), viewButton(d)), d.code(), null));
            }
        }
    }

    private Instant triggerOf(Dossier d, Duration before) {
        return calendar.addWorkingTime(d.appointmentAt().atZone(calendar.zone()), before.negated()).toInstant();
    }

    // --- after it -------------------------------------------------------------------------------------------

    private void overdueAtDeadline(Instant last, Instant now, Map<String, Officer> officers,
                                   Function<String, Optional<MorningPlans.Listed>> saidTo, List<Planned> planned) {
        for (Dossier d : dossiers.openDueBetween(last, now)) {
            Officer officer = officers.get(d.officerId());
            if (officer == null || !OfficerDossiers.inHand(d)) continue;
            if (saidTo.apply(officer.id()).filter(l -> l.folds(d.code(), d.appointmentAt(), false)).isPresent()) continue;
            String html = "🔴 <b>Quá hạn</b>: hồ sơ đã qua giờ hẹn trả\n" + lines.line(d)
                    + "\n📝 Theo quy định, cần gửi công dân <b>Phiếu xin lỗi và hẹn lại ngày trả kết quả</b>.";
            planned.add(new Planned(ReminderKind.OVERDUE, d.code(), "deadline", officer, html, List.of(viewButton(d)), d.code(), null));
        }
    }

    /** To the leader, with what they can do at once: see the dossier, remind the officer, mark it handled. */
    private void escalations(ZonedDateTime last, ZonedDateTime now, Map<String, Officer> officers, List<Planned> planned) {
        Duration after = calendar.workingTime(properties.escalateAfter());
        List<Dossier> late = dossiers.openDueBetween(
                calendar.addWorkingTime(last, after.negated()).toInstant(), calendar.addWorkingTime(now, after.negated()).toInstant());
        if (late.isEmpty()) return;
        Map<String, List<Officer>> teams = OfficerRegistry.teams(officers);
        Map<String, Integer> unitOverdue = new HashMap<>();
        for (Dossier d : late) {
            Officer officer = officers.get(d.officerId());
            if (officer == null || !OfficerDossiers.inHand(d)) continue;
            Officer leader = OfficerRegistry.leaderOf(officer, officers).orElse(null);
            if (leader == null) continue;
            int overdue = unitOverdue.computeIfAbsent(leader.id(), id ->
                    OfficerDossiers.overdue(officerDossiers.openOf(OfficerRegistry.unitOf(id, teams)), now.toInstant()).size());
            String html = "🔺 <b>Quá hạn hơn " + lines.hours(after) + " làm việc</b>\n" + lines.line(d)
                    + "\nCán bộ xử lý: " + escape(officer.name()) + " (" + escape(officer.unit()) + ")"
                    + "\nĐơn vị đang có " + overdue + " hồ sơ quá hạn (gõ /quahan để xem).";
            planned.add(new Planned(ReminderKind.ESCALATION, d.code(), Long.toString(d.appointmentAt().toEpochMilli()), leader, html,
                    List.of(viewButton(d), new OutboxMessage.Button("🔔 Nhắc cán bộ", ReminderButtons.NUDGE + d.code()),
                            new OutboxMessage.Button("✅ Đã xử lý", ReminderButtons.DONE + d.code())), d.code(), null));
        }
    }

    // --- helpers --------------------------------------------------------------------------------------------

    static OutboxMessage.Button viewButton(Dossier d) {
        return new OutboxMessage.Button("📁 Xem hồ sơ", "VIEW:" + d.code());
    }

    /** Whether the pass from {@code last} to {@code now} went past today's {@code at}. */
    private static boolean crossed(ZonedDateTime last, ZonedDateTime now, java.time.LocalTime at) {
        ZonedDateTime mark = now.with(at);
        return last.isBefore(mark) && !now.isBefore(mark);
    }
}
