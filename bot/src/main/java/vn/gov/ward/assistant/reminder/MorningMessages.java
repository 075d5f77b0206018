package vn.gov.ward.assistant.reminder;

import static vn.gov.ward.assistant.officer.OfficerMessages.escape;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.feedback.FeedbackService;
import vn.gov.ward.assistant.feedback.Ticket;
import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.survey.SurveyService;

/**
 * The one morning message of a working day (Telegram HTML). An officer's is a plan for the day: overdue
 * first, each with how late, then due today, due the next working day, and waiting for the citizen's
 * documents (since when, and the appointment as it has moved so far); their own name is not repeated on
 * each line. A leader's leads with the unit: per officer what is due today, overdue and waiting, then the
 * unit's overdue dossiers, open complaints and low ratings not yet handled, then the leader's own plan.
 */
@Component
class MorningMessages {

    static final int LIST_LIMIT = 25;
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("dd/MM");

    private final OfficerDossiers officerDossiers;
    private final FeedbackService feedback;
    private final SurveyService surveys;
    private final DossierLines lines;
    private final WorkingCalendar calendar;
    private final ReminderProperties properties;

    MorningMessages(OfficerDossiers officerDossiers, FeedbackService feedback, SurveyService surveys, DossierLines lines,
                    WorkingCalendar calendar, ReminderProperties properties) {
        this.officerDossiers = officerDossiers;
        this.feedback = feedback;
        this.surveys = surveys;
        this.lines = lines;
        this.calendar = calendar;
        this.properties = properties;
    }

    /**
     * The morning messages of every officer Telegram reaches: a leader with a unit gets the unit's digest, the
     * others their plan. Every open dossier, unclosed ticket and unhandled low rating is read once.
     */
    List<ReminderPass.Planned> plan(ZonedDateTime now, Map<String, Officer> officers) {
        Map<String, List<Dossier>> openByOfficer = officerDossiers.openOf(officers.values()).stream()
                .collect(Collectors.groupingBy(Dossier::officerId));
        Map<String, List<Officer>> teams = OfficerRegistry.teams(officers);
        List<Ticket> tickets = feedback.unclosedOf(officers.keySet());
        List<SurveyService.LowRating> lowRatings = surveys.unhandledLowRatings(officers.keySet());
        List<ReminderPass.Planned> planned = new ArrayList<>();
        for (Officer officer : officers.values()) {
            if (!officer.reachable()) continue;
            List<Officer> unit = officer.isLeader() ? OfficerRegistry.unitOf(officer.id(), teams) : List.of();
            Optional<Morning> morning;
            if (unit.isEmpty()) {
                morning = officerPlan(openByOfficer.getOrDefault(officer.id(), List.of()), now);
            } else {
                Set<String> ids = unit.stream().map(Officer::id).collect(Collectors.toSet());
                morning = leaderDigest(officer, unit, openByOfficer,
                        tickets.stream().filter(t -> ids.contains(t.officerId()) || ids.contains(t.officerConcernedId())).toList(),
                        lowRatings.stream().filter(r -> ids.contains(r.officerId())).toList(), now, officers);
            }
            morning.ifPresent(m -> planned.add(new ReminderPass.Planned(ReminderKind.DIGEST, officer.id(), now.toLocalDate().toString(), officer,
                    m.html(), List.of(), null, new MorningPlans.Listed(now.toInstant(), m.listed()))));
        }
        return planned;
    }

    /**
     * A morning message and the dossiers it lists (reminders later that day do not repeat what it said).
     */
    record Morning(String html, Set<String> listed) {
    }

    /** Where an officer's open dossiers stand this morning. */
    private record Day(List<Dossier> overdue, List<Dossier> today, List<Dossier> next, LocalDate nextDay, List<Dossier> waiting,
                       List<Dossier> later) {

        boolean nothingToDo() {
            return overdue.isEmpty() && today.isEmpty() && next.isEmpty() && waiting.isEmpty();
        }

        Set<String> listed() {
            Set<String> codes = new LinkedHashSet<>();
            for (List<Dossier> section : List.of(overdue, today, next, waiting)) section.forEach(d -> codes.add(d.code()));
            return codes;
        }
    }

    private Day day(List<Dossier> open, ZonedDateTime now) {
        LocalDate nextDay = now.toLocalDate().plusDays(1);
        while (!calendar.isWorkingDay(nextDay)) nextDay = nextDay.plusDays(1);
        Instant endOfToday = now.toLocalDate().plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        Instant endOfNext = nextDay.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        List<Dossier> overdue = OfficerDossiers.overdue(open, now.toInstant());
        List<Dossier> today = OfficerDossiers.dueBetween(open, now.toInstant(), endOfToday);
        List<Dossier> next = OfficerDossiers.dueBetween(open, endOfToday, endOfNext);
        List<Dossier> waiting = OfficerDossiers.waitingForCitizen(open);
        List<Dossier> later = OfficerDossiers.dueBetween(open, endOfNext, Instant.MAX);
        return new Day(overdue, today, next, nextDay, waiting, later);
    }

    /** An officer's plan for the day, or empty for an officer with nothing to do when such mornings are skipped. */
    private Optional<Morning> officerPlan(List<Dossier> open, ZonedDateTime now) {
        Day day = day(open, now);
        if (day.nothingToDo()) {
            if (properties.nothingToDo() == ReminderProperties.NothingToDo.SKIP) return Optional.empty();
            return Optional.of(new Morning("☀️ " + capitalised(lines.day(now.toLocalDate()))
                    + ": không có hồ sơ quá hạn, đến hạn hay chờ bổ sung.", Set.of()));
        }
        StringBuilder html = new StringBuilder("☀️ <b>Kế hoạch ngày ").append(lines.day(now.toLocalDate())).append("</b>\n")
                .append(counts(day));
        plan(html, day, now);
        return Optional.of(new Morning(html.toString(), day.listed()));
    }

    /**
     * A leader's digest: the unit first, then their own plan; empty when neither has anything and such mornings are skipped.
     *
     * @param openByOfficer the open dossiers of the unit and the leader, by officer id, earliest appointment first
     * @param complaints    the unit's tickets not closed
     * @param lowRatings    the unit's low ratings not handled
     */
    private Optional<Morning> leaderDigest(Officer leader, List<Officer> unit, Map<String, List<Dossier>> openByOfficer, List<Ticket> complaints,
                                   List<SurveyService.LowRating> lowRatings, ZonedDateTime now, Map<String, Officer> officers) {
        Function<String, String> nameOf = id -> officers.containsKey(id) ? officers.get(id).name() : id;
        List<Dossier> unitOverdue = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        int today = 0;
        int waiting = 0;
        for (Officer o : unit) {
            Day day = day(openByOfficer.getOrDefault(o.id(), List.of()), now);
            unitOverdue.addAll(day.overdue());
            today += day.today().size();
            waiting += day.waiting().size();
            if (!day.today().isEmpty() || !day.overdue().isEmpty() || !day.waiting().isEmpty()) {
                rows.add("• " + escape(o.name()) + ": " + day.today().size() + " đến hạn · " + day.overdue().size() + " quá hạn · "
                        + day.waiting().size() + " chờ bổ sung");
            }
        }
        Day own = day(openByOfficer.getOrDefault(leader.id(), List.of()), now);
        if (rows.isEmpty() && complaints.isEmpty() && lowRatings.isEmpty() && own.nothingToDo()) return officerPlan(List.of(), now);
        unitOverdue.sort(Comparator.comparing(Dossier::appointmentAt));
        StringBuilder html = new StringBuilder("🏛 <b>Đơn vị – ").append(lines.day(now.toLocalDate())).append("</b>\n")
                .append("Đến hạn hôm nay <b>").append(today).append("</b> · Quá hạn <b>").append(unitOverdue.size())
                .append("</b> · Chờ bổ sung <b>").append(waiting).append("</b> · Phản ánh chưa đóng <b>").append(complaints.size())
                .append("</b> · Đánh giá thấp <b>").append(lowRatings.size()).append("</b>");
        html.append("\n\n<b>Theo cán bộ</b>");
        rows.forEach(row -> html.append('\n').append(row));
        int quiet = unit.size() - rows.size();
        if (quiet > 0) html.append('\n').append(rows.isEmpty() ? "" : "… và ").append(quiet).append(" cán bộ không có hồ sơ cần lưu ý.");
        if (!unitOverdue.isEmpty()) {
            html.append("\n\n🔴 <b>Quá hạn (").append(unitOverdue.size()).append(")</b>");
            list(html, unitOverdue, d -> lines.line(d) + " – " + lines.late(d, now) + " – " + escape(nameOf.apply(d.officerId())));
        }
        if (!complaints.isEmpty()) {
            html.append("\n\n📨 <b>Phản ánh chưa đóng (").append(complaints.size()).append(")</b>");
            for (Ticket t : complaints.subList(0, Math.min(LIST_LIMIT, complaints.size()))) {
                html.append("\n• ").append(t.code()).append(" – ").append(t.kind().label())
                        .append(t.officerConcernedId() == null ? "" : " về " + escape(nameOf.apply(t.officerConcernedId())))
                        .append(" – ").append(t.status() == Ticket.Status.OPEN ? "chưa trả lời" : "đã trả lời")
                        .append(", hạn ").append(SHORT_DAY.format(t.dueAt().atZone(calendar.zone())))
                        .append(t.officerConcernedId() == null ? " – " + escape(nameOf.apply(t.officerId())) : "");
            }
        }
        if (!lowRatings.isEmpty()) {
            html.append("\n\n⚠️ <b>Đánh giá thấp chưa xử lý (").append(lowRatings.size()).append(")</b>");
            for (SurveyService.LowRating r : lowRatings.subList(0, Math.min(LIST_LIMIT, lowRatings.size()))) {
                html.append("\n• <code>").append(escape(r.dossierCode())).append("</code> – ").append(r.score()).append("/5 – ")
                        .append(escape(nameOf.apply(r.officerId()))).append(" – ngày ").append(SHORT_DAY.format(r.ratedAt().atZone(calendar.zone())));
            }
        }
        if (!own.nothingToDo()) {
            html.append("\n\n<b>Hồ sơ của Ông/Bà</b>\n").append(counts(own));
            plan(html, own, now);
        }
        Set<String> listed = new LinkedHashSet<>(own.listed());
        unitOverdue.forEach(d -> listed.add(d.code()));
        return Optional.of(new Morning(html.toString(), listed));
    }

    private static String counts(Day day) {
        return "Quá hạn <b>" + day.overdue().size() + "</b> · Hôm nay <b>" + day.today().size() + "</b> · Ngày làm việc tới <b>"
                + day.next().size() + "</b> · Chờ bổ sung <b>" + day.waiting().size() + "</b>";
    }

    private void plan(StringBuilder html, Day day, ZonedDateTime now) {
        if (!day.overdue().isEmpty()) {
            html.append("\n\n🔴 <b>Quá hạn (").append(day.overdue().size()).append(")</b> – gửi công dân Phiếu xin lỗi và hẹn lại ngày trả");
            list(html, day.overdue(), d -> lines.line(d) + " – <b>" + lines.late(d, now) + "</b>");
        }
        if (!day.today().isEmpty()) {
            html.append("\n\n⏰ <b>Đến hạn hôm nay (").append(day.today().size()).append(")</b>");
            list(html, day.today(), lines::lineOfTheDay);
        }
        if (!day.next().isEmpty()) {
            boolean tomorrow = day.nextDay().equals(now.toLocalDate().plusDays(1));
            html.append("\n\n📅 <b>Đến hạn ").append(tomorrow ? "ngày mai, " : "ngày làm việc tới, ").append(lines.day(day.nextDay()))
                    .append(" (").append(day.next().size()).append(")</b>");
            list(html, day.next(), lines::lineOfTheDay);
        }
        if (!day.waiting().isEmpty()) {
            html.append("\n\n⏸ <b>Chờ công dân bổ sung (").append(day.waiting().size()).append(")</b>");
            list(html, day.waiting(), d -> lines.waiting(d, now));
        }
        if (!day.later().isEmpty()) {
            html.append("\n\nCòn ").append(day.later().size()).append(" hồ sơ khác, hạn sớm nhất ")
                    .append(lines.day(day.later().get(0).appointmentAt().atZone(calendar.zone()).toLocalDate())).append('.');
        }
    }

    private static void list(StringBuilder html, List<Dossier> dossiers, Function<Dossier, String> line) {
        dossiers.stream().limit(LIST_LIMIT).forEach(d -> html.append('\n').append(line.apply(d)));
        if (dossiers.size() > LIST_LIMIT) html.append("\n… và ").append(dossiers.size() - LIST_LIMIT).append(" hồ sơ khác.");
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
