package vn.gov.ward.assistant.reminder;

import static vn.gov.ward.assistant.officer.OfficerMessages.escape;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.redis.core.StringRedisTemplate;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerMessages;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.outbox.OutboxMessage;

/**
 * One reminder pass: what became due since the last pass ({@code reminders:last-pass}), planned
 * from the open-dossier index and queued through the outbox. Each reminder's idempotency key names
 * its kind, its dossier (or officer) and its period, so a pass repeated after a crash, or run by a
 * second instance, queues nothing twice. A pass that finds nothing new costs a few index reads.
 */
class ReminderPass {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int LIST_LIMIT = 25;
    private static final Duration FIRST_LOOK_BACK = Duration.ofDays(1);

    private final DossierService dossiers;
    private final OfficerRegistry registry;
    private final OfficerDossiers officerDossiers;
    private final OfficerMessages messages;
    private final PendingReminders pending;
    private final ReminderAcks acks;
    private final DossierLines lines;
    private final WorkingCalendar calendar;
    private final ReminderProperties properties;
    private final StringRedisTemplate redis;

    ReminderPass(DossierService dossiers, OfficerRegistry registry, OfficerDossiers officerDossiers, OfficerMessages messages,
                 PendingReminders pending, ReminderAcks acks, DossierLines lines, WorkingCalendar calendar,
                 ReminderProperties properties, StringRedisTemplate redis) {
        this.dossiers = dossiers;
        this.registry = registry;
        this.officerDossiers = officerDossiers;
        this.messages = messages;
        this.pending = pending;
        this.acks = acks;
        this.lines = lines;
        this.calendar = calendar;
        this.properties = properties;
        this.redis = redis;
    }

    /** A reminder to queue: {@code subject} is the dossier code, or the officer id for a digest. */
    record Planned(ReminderKind kind, String subject, String period, Officer recipient, String html,
                   List<OutboxMessage.Button> buttons, String dossierCode) {

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
        // Nothing reaches an officer in quiet hours or on a day off: what falls there waits for the next working morning.
        Instant nextSendingTime = calendar.notBefore(now);
        for (Planned p : planned) {
            Instant notBefore = properties.urgent().contains(p.kind()) ? null : nextSendingTime;
            var id = messages.send(p.recipient(), p.idempotencyKey(), p.html(), p.buttons(), notBefore);
            if (id.isPresent()) {
                queued++;
                if (p.dossierCode() != null) pending.queued(p.dossierCode(), id.get(), p.kind());
            }
        }
        redis.opsForValue().set(ReminderKeys.LAST_PASS, now.toString());
        return new Report(last, now, planned.size(), queued, planning);
    }

    List<Planned> plan(Instant last, Instant now, Map<String, Officer> officers) {
        ZonedDateTime zLast = last.atZone(calendar.zone());
        ZonedDateTime zNow = now.atZone(calendar.zone());
        List<Planned> planned = new ArrayList<>();
        Map<String, List<Officer>> teams = OfficerRegistry.teams(officers);
        dueSoon(zLast, zNow, officers, planned);
        overdueAtDeadline(last, now, officers, planned);
        escalations(zLast, zNow, officers, teams, planned);
        LocalDate today = zNow.toLocalDate();
        if (calendar.isWorkingDay(today)) {
            // The digest first: it is the morning's overview; the single reminders follow it.
            if (crossed(zLast, zNow, properties.digestTime())) digests(zNow, officers, teams, planned);
            if (crossed(zLast, zNow, properties.overdueRepeatTime())) overdueAgain(zNow, officers, planned);
        }
        return planned;
    }

    // --- before the appointment ----------------------------------------------------------------------------

    private void dueSoon(ZonedDateTime last, ZonedDateTime now, Map<String, Officer> officers, List<Planned> planned) {
        List<Duration> offsets = properties.dueSoon().stream().map(calendar::workingTime)
                .sorted(Comparator.reverseOrder()).toList();
        for (int k = 0; k < offsets.size(); k++) {
            Duration before = offsets.get(k);
            List<Duration> closer = offsets.subList(k + 1, offsets.size());
            List<Dossier> due = dossiers.openDueBetween(
                    calendar.addWorkingTime(last, before).toInstant(), calendar.addWorkingTime(now, before).toInstant());
            Set<String> acknowledged = acks.acknowledged(due);
            for (Dossier d : due) {
                Officer officer = officers.get(d.officerId());
                if (officer == null || d.pausedAt() != null || !d.appointmentAt().isAfter(now.toInstant())) continue;
                // A closer reminder already due says more (a pass after a long stop sends only the latest).
                if (closer.stream().anyMatch(c -> !triggerOf(d, c).isAfter(now.toInstant()))) continue;
                if (acknowledged.contains(d.code())) continue;
                Duration left = calendar.workingTimeBetween(now, d.appointmentAt().atZone(calendar.zone()));
                String html = "⏰ <b>Sắp đến hạn</b>: còn " + lines.hours(left) + " làm việc\n" + lines.line(d)
                        + "\nTrạng thái: " + escape(d.status().label());
                planned.add(new Planned(ReminderKind.DUE_SOON, d.code(), before.toString(), officer, html,
                        List.of(new OutboxMessage.Button("✅ Đã nhận", "ACK:" + d.code()), viewButton(d)), d.code()));
            }
        }
    }

    private Instant triggerOf(Dossier d, Duration before) {
        return calendar.addWorkingTime(d.appointmentAt().atZone(calendar.zone()), before.negated()).toInstant();
    }

    // --- after it -------------------------------------------------------------------------------------------

    private void overdueAtDeadline(Instant last, Instant now, Map<String, Officer> officers, List<Planned> planned) {
        for (Dossier d : dossiers.openDueBetween(last, now)) {
            Officer officer = officers.get(d.officerId());
            if (officer == null || d.pausedAt() != null) continue;
            String html = "🔴 <b>Quá hạn</b>: hồ sơ đã qua giờ hẹn trả\n" + lines.line(d)
                    + "\n📝 Theo quy định, cần gửi công dân <b>Phiếu xin lỗi và hẹn lại ngày trả kết quả</b>.";
            planned.add(new Planned(ReminderKind.OVERDUE, d.code(), "deadline", officer, html, List.of(viewButton(d)), d.code()));
        }
    }

    private void overdueAgain(ZonedDateTime now, Map<String, Officer> officers, List<Planned> planned) {
        Instant startOfToday = now.toLocalDate().atStartOfDay(calendar.zone()).toInstant();
        String period = now.toLocalDate().toString();
        for (Dossier d : dossiers.openDueBefore(startOfToday)) {
            Officer officer = officers.get(d.officerId());
            if (officer == null || d.pausedAt() != null) continue;
            Duration late = calendar.workingTimeBetween(d.appointmentAt().atZone(calendar.zone()), now);
            String html = "🔴 <b>Vẫn quá hạn</b> (" + lines.hours(late) + " làm việc)\n" + lines.line(d)
                    + "\n📝 Nhớ gửi công dân Phiếu xin lỗi và hẹn lại ngày trả kết quả nếu chưa gửi.";
            planned.add(new Planned(ReminderKind.OVERDUE, d.code(), period, officer, html, List.of(viewButton(d)), d.code()));
        }
    }

    private void escalations(ZonedDateTime last, ZonedDateTime now, Map<String, Officer> officers, Map<String, List<Officer>> teams,
                             List<Planned> planned) {
        Duration after = calendar.workingTime(properties.escalateAfter());
        List<Dossier> late = dossiers.openDueBetween(
                calendar.addWorkingTime(last, after.negated()).toInstant(), calendar.addWorkingTime(now, after.negated()).toInstant());
        Map<String, List<Dossier>> overdueByLeader = new HashMap<>();
        for (Dossier d : late) {
            Officer officer = officers.get(d.officerId());
            if (officer == null || d.pausedAt() != null) continue;
            Officer leader = OfficerRegistry.leaderOf(officer, officers).orElse(null);
            if (leader == null) continue;
            List<Dossier> team = overdueByLeader.computeIfAbsent(leader.id(),
                    id -> OfficerDossiers.overdue(officerDossiers.openOf(teams.getOrDefault(id, List.of())), now.toInstant()));
            StringBuilder html = new StringBuilder("🔺 <b>Quá hạn hơn ").append(lines.hours(after)).append(" làm việc</b>\n")
                    .append(lines.line(d, officer)).append("\nĐơn vị: ").append(escape(officer.unit()));
            html.append("\n\n<b>Hồ sơ quá hạn của cán bộ thuộc quyền (").append(team.size()).append(")</b>");
            list(html, team, officers);
            planned.add(new Planned(ReminderKind.ESCALATION, d.code(), Long.toString(d.appointmentAt().toEpochMilli()), leader,
                    html.toString(), List.of(viewButton(d)), d.code()));
        }
    }

    // --- the morning digest ---------------------------------------------------------------------------------

    private void digests(ZonedDateTime now, Map<String, Officer> officers, Map<String, List<Officer>> teams, List<Planned> planned) {
        List<Officer> reachable = officers.values().stream().filter(Officer::reachable).toList();
        Map<String, List<Dossier>> openByOfficer = officerDossiers.openOf(officers.values()).stream()
                .collect(Collectors.groupingBy(Dossier::officerId));
        Instant endOfDay = now.toLocalDate().plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        for (Officer officer : reachable) {
            List<Dossier> open = openByOfficer.getOrDefault(officer.id(), List.of());
            List<Dossier> today = OfficerDossiers.dueBetween(open, now.toInstant(), endOfDay);
            List<Dossier> overdue = OfficerDossiers.overdue(open, now.toInstant());
            List<Dossier> waiting = OfficerDossiers.waitingForCitizen(open);
            StringBuilder html = new StringBuilder("📋 <b>Tổng hợp ngày ").append(DAY.format(now)).append("</b> – ")
                    .append(escape(officer.name())).append("\nĐến hạn hôm nay: <b>").append(today.size())
                    .append("</b> · Quá hạn: <b>").append(overdue.size()).append("</b> · Chờ bổ sung: <b>").append(waiting.size()).append("</b>");
            section(html, "Đến hạn hôm nay", today, officers);
            section(html, "Quá hạn", overdue, officers);
            section(html, "Chờ công dân bổ sung", waiting, officers);
            if (officer.isLeader()) {
                List<Dossier> team = new ArrayList<>();
                teams.getOrDefault(officer.id(), List.of()).forEach(o -> team.addAll(openByOfficer.getOrDefault(o.id(), List.of())));
                team.sort(Comparator.comparing(Dossier::appointmentAt));
                section(html, "Quá hạn của cán bộ thuộc quyền", OfficerDossiers.overdue(team, now.toInstant()), officers);
            }
            if (today.isEmpty() && overdue.isEmpty() && waiting.isEmpty() && !officer.isLeader()) {
                html.append("\n\nKhông có hồ sơ cần lưu ý hôm nay.");
            }
            planned.add(new Planned(ReminderKind.DIGEST, officer.id(), now.toLocalDate().toString(), officer, html.toString(), List.of(), null));
        }
    }

    private void section(StringBuilder html, String title, List<Dossier> dossiers, Map<String, Officer> officers) {
        if (dossiers.isEmpty()) return;
        html.append("\n\n<b>").append(title).append(" (").append(dossiers.size()).append(")</b>");
        list(html, dossiers, officers);
    }

    private void list(StringBuilder html, List<Dossier> dossiers, Map<String, Officer> officers) {
        dossiers.stream().limit(LIST_LIMIT).forEach(d -> html.append('\n').append(lines.line(d, officers.get(d.officerId()))));
        if (dossiers.size() > LIST_LIMIT) html.append("\n… và ").append(dossiers.size() - LIST_LIMIT).append(" hồ sơ khác (gõ /quahan để xem).");
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static OutboxMessage.Button viewButton(Dossier d) {
        return new OutboxMessage.Button("📁 Xem hồ sơ", "VIEW:" + d.code());
    }

    /** Whether the pass from {@code last} to {@code now} went past today's {@code at}. */
    private static boolean crossed(ZonedDateTime last, ZonedDateTime now, java.time.LocalTime at) {
        ZonedDateTime mark = now.with(at);
        return last.isBefore(mark) && !now.isBefore(mark);
    }
}
