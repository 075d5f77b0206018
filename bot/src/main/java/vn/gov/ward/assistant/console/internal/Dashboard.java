package vn.gov.ward.assistant.console.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.conversation.AssistantActivity;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.feedback.FeedbackService;
import vn.gov.ward.assistant.feedback.Ticket;
import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.outbox.Outbox;
import vn.gov.ward.assistant.report.PlanReport;
import vn.gov.ward.assistant.report.ReportPeriod;
import vn.gov.ward.assistant.survey.ReturnedRatings;

/**
 * The dashboard's figures, limited to what the viewer may see: on-time rates, overdue and due
 * dossiers, satisfaction against the target over the last twelve months, feedback tickets, and (for
 * leaders and admins) the assistant's own health this month.
 */
@Component
public class Dashboard {

    private static final int MONTHS = 12;

    /** A share chart's data: one bar per label, with the count it is a share of. */
    public record ShareChart(String title, List<String> labels, List<Double> values, List<Long> counts, double target) {
    }

    public record CountChart(String title, List<String> labels, List<Long> values) {
    }

    public record Health(Map<AssistantActivity.Kind, Long> activity, long outboxFailed, CountChart chart) {
    }

    public record Satisfaction(long returned, long rated, Double responseRate, Double satisfiedShare, ShareChart byMonth, ShareChart byField,
                        ShareChart byOfficer) {
    }

    public record Tickets(long open, long overdue, List<Ticket> overdueList) {
    }

    public record View(String monthLabel, PlanReport.Row month, ReportPeriod quarter, PlanReport.Row quarterFigures, List<Dossier> overdue,
                List<Dossier> dueThisWeek, Satisfaction satisfaction, Tickets tickets, Health health) {
    }

    private final DossierService dossiers;
    private final PlanReport planReport;
    private final ReturnedRatings ratings;
    private final FeedbackService feedback;
    private final OfficerRegistry officers;
    private final AssistantActivity activity;
    private final Outbox outbox;
    private final ConsoleDossiers consoleDossiers;
    private final ZoneId zone;
    private final Clock clock;
    private final double target;

    Dashboard(DossierService dossiers, PlanReport planReport, ReturnedRatings ratings, FeedbackService feedback, OfficerRegistry officers,
              AssistantActivity activity, Outbox outbox, ConsoleDossiers consoleDossiers, WorkingCalendar calendar, Clock clock,
              @Value("${survey.target:0.9}") double target) {
        this.dossiers = dossiers;
        this.planReport = planReport;
        this.ratings = ratings;
        this.feedback = feedback;
        this.officers = officers;
        this.activity = activity;
        this.outbox = outbox;
        this.consoleDossiers = consoleDossiers;
        this.zone = calendar.zone();
        this.clock = clock;
        this.target = target;
    }

    public View of(Viewer viewer) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        YearMonth month = YearMonth.from(today);
        ReportPeriod quarter = ReportPeriod.quarterOf(today);
        Instant monthStart = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<Dossier> held = dossiers.heldBetween(quarter.start(zone), quarter.end(zone)).stream().filter(viewer::sees).toList();
        List<Dossier> overdue = dossiers.openDueBefore(now).stream().filter(viewer::sees)
                .filter(d -> dossiers.timeliness(d).apologyOwed()).toList();
        Instant weekEnd = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusDays(1).atStartOfDay(zone).toInstant();
        List<Dossier> dueThisWeek = dossiers.openDueBetween(now, weekEnd).stream().filter(viewer::sees).filter(d -> d.finishedAt() == null).toList();
        return new View("Tháng " + month.getMonthValue() + "/" + month.getYear(), planReport.dossiers(held, monthStart, monthEnd), quarter,
                planReport.dossiers(held, quarter.start(zone), quarter.end(zone)), overdue, dueThisWeek, satisfaction(viewer, month),
                tickets(viewer, now), viewer.seesFigures() ? health(month.atDay(1), today, monthStart, now) : null);
    }

    private Satisfaction satisfaction(Viewer viewer, YearMonth month) {
        YearMonth first = month.minusMonths(MONTHS - 1L);
        List<ReturnedRatings.Returned> returned = ratings.between(first.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()).stream().filter(r -> viewer.sees(r.officerId())).toList();
        Map<String, List<ReturnedRatings.Returned>> byMonth = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(month); m = m.plusMonths(1)) byMonth.put(m.getMonthValue() + "/" + m.getYear(), new ArrayList<>());
        returned.forEach(r -> byMonth.get(monthLabel(r.returnedAt())).add(r));
        Map<String, Officer> byId = officers.byId();
        Map<String, List<ReturnedRatings.Returned>> byField = group(returned, r -> consoleDossiers.fieldOf(r.procedureCode()));
        Map<String, List<ReturnedRatings.Returned>> byOfficer = group(returned,
                r -> byId.containsKey(r.officerId()) ? byId.get(r.officerId()).name() : r.officerId());
        long rated = returned.stream().filter(ReturnedRatings.Returned::rated).count();
        long satisfied = returned.stream().filter(ReturnedRatings.Returned::satisfied).count();
        return new Satisfaction(returned.size(), rated, returned.isEmpty() ? null : (double) rated / returned.size(),
                rated == 0 ? null : (double) satisfied / rated, chart("Tỷ lệ hài lòng theo tháng", byMonth),
                chart("Tỷ lệ hài lòng theo lĩnh vực", byField), viewer.seesFigures() ? chart("Tỷ lệ hài lòng theo cán bộ", byOfficer) : null);
    }

    private String monthLabel(Instant t) {
        LocalDate day = t.atZone(zone).toLocalDate();
        return day.getMonthValue() + "/" + day.getYear();
    }

    private static Map<String, List<ReturnedRatings.Returned>> group(List<ReturnedRatings.Returned> returned,
                                                                     Function<ReturnedRatings.Returned, String> by) {
        Map<String, List<ReturnedRatings.Returned>> groups = new TreeMap<>();
        returned.forEach(r -> groups.computeIfAbsent(by.apply(r), k -> new ArrayList<>()).add(r));
        return groups;
    }

    /** Each group's share of satisfied ratings (null without ratings) and its number of ratings. */
    private ShareChart chart(String title, Map<String, List<ReturnedRatings.Returned>> groups) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        groups.forEach((label, list) -> {
            long rated = list.stream().filter(ReturnedRatings.Returned::rated).count();
            long satisfied = list.stream().filter(ReturnedRatings.Returned::satisfied).count();
            labels.add(label);
            values.add(rated == 0 ? null : (double) satisfied / rated);
            counts.add(rated);
        });
        return new ShareChart(title, labels, values, counts, target);
    }

    private Tickets tickets(Viewer viewer, Instant now) {
        List<Ticket> open = feedback.unclosed().stream().filter(t -> viewer.sees(t.officerId()))
                .filter(t -> t.status() == Ticket.Status.OPEN).toList();
        List<Ticket> overdue = open.stream().filter(t -> t.dueAt().isBefore(now)).toList();
        return new Tickets(open.size(), overdue.size(), overdue);
    }

    private Health health(LocalDate firstDay, LocalDate today, Instant monthStart, Instant now) {
        Map<AssistantActivity.Kind, Long> counts = activity.between(firstDay, today);
        long failed = outbox.failedBetween(monthStart, now.plusMillis(1));
        List<String> labels = new ArrayList<>(List.of("Trả lời", "Hỏi lại cho rõ", "Chuyển nơi khác", "Chưa trả lời được", "Chuyển cán bộ",
                "Tin gửi thất bại"));
        List<Long> values = new ArrayList<>();
        for (AssistantActivity.Kind kind : AssistantActivity.Kind.values()) values.add(counts.get(kind));
        values.add(failed);
        return new Health(counts, failed, new CountChart("Hoạt động của trợ lý trong tháng", labels, values));
    }
}
