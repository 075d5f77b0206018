package vn.gov.ward.assistant.console.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.dossier.PersonalNames;
import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.procedure.Procedures;
import vn.gov.ward.assistant.report.PlanReport;
import vn.gov.ward.knowledge.catalogue.Procedure;

/** The dossier list's filters and lines, and the dossiers a viewer may open. */
@Component
public class ConsoleDossiers {

    public static final int PAGE_SIZE = 50;
    public static final int DEFAULT_DAYS = 90;

    /**
     * @param since  dossiers held since this day (received, finished or still open)
     * @param late   only dossiers late: overdue, or finished after their appointment
     */
    public record Filters(DossierStatus status, String officer, String field, boolean late, LocalDate dueBefore, LocalDate since, int page) {
    }

    /** One dossier as the list shows it; the applicant's name masked. */
    public record Line(String code, String procedure, String field, String officer, DossierStatus status, String appointment,
                String timeliness, boolean late, String applicant) {
    }

    /** A line of a dossier's history as the page shows it (the note's long numbers masked). */
    public record HistoryLine(String at, String status, String note) {
    }

    public record Option(String value, String label) {
    }

    public record Page(List<Line> lines, int page, int pages, int total, List<Option> officers, List<String> fields) {
    }

    private final DossierService dossiers;
    private final Procedures procedures;
    private final OfficerRegistry registry;
    private final WorkingCalendar calendar;
    private final ZoneId zone;
    private final Clock clock;
    private final PlanReport planReport;

    ConsoleDossiers(DossierService dossiers, Procedures procedures, PlanReport planReport, OfficerRegistry registry, WorkingCalendar calendar,
                    Clock clock) {
        this.dossiers = dossiers;
        this.planReport = planReport;
        this.procedures = procedures;
        this.registry = registry;
        this.calendar = calendar;
        this.zone = calendar.zone();
        this.clock = clock;
    }

    public Page list(Viewer viewer, Filters f) {
        Instant now = clock.instant();
        List<Dossier> held = dossiers.heldBetween(f.since().atStartOfDay(zone).toInstant(), now.plusSeconds(86_400)).stream()
                .filter(viewer::sees).toList();
        Map<String, Officer> officers = registry.byId();
        Predicate<Dossier> wanted = d -> (f.status() == null || d.status() == f.status())
                && (f.officer() == null || d.officerId().equals(f.officer()))
                && (f.field() == null || fieldOf(d.procedureCode()).equals(f.field()))
                && (f.dueBefore() == null || d.appointmentAt().isBefore(f.dueBefore().plusDays(1).atStartOfDay(zone).toInstant()))
                && (!f.late() || dossiers.timeliness(d).late());
        // Open ones first, earliest appointment first; then the finished ones, latest first.
        Comparator<Dossier> open = Comparator.comparing(Dossier::appointmentAt);
        Comparator<Dossier> finished = Comparator.comparing(Dossier::finishedAt).reversed();
        List<Dossier> shown = held.stream().filter(wanted).sorted((a, b) -> {
            boolean aOpen = a.finishedAt() == null;
            if (aOpen != (b.finishedAt() == null)) return aOpen ? -1 : 1;
            int byTime = aOpen ? open.compare(a, b) : finished.compare(a, b);
            return byTime != 0 ? byTime : a.code().compareTo(b.code());
        }).toList();
        int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, f.page()), pages);
        List<Line> lines = shown.subList((page - 1) * PAGE_SIZE, Math.min(shown.size(), page * PAGE_SIZE)).stream()
                .map(d -> line(d, officers)).toList();
        List<Option> officerOptions = officers.values().stream().filter(o -> viewer.sees(o.id()))
                .sorted(Comparator.comparing(Officer::name)).map(o -> new Option(o.id(), o.name() + " (" + o.unit() + ")")).toList();
        List<String> fieldOptions = List.copyOf(new TreeSet<>(held.stream().map(d -> fieldOf(d.procedureCode())).toList()));
        return new Page(lines, page, pages, shown.size(), officerOptions, fieldOptions);
    }

    /** The dossier if the viewer may open it; another unit's is as absent as one that does not exist. */
    public Optional<Dossier> visible(Viewer viewer, String code) {
        return dossiers.find(code).filter(viewer::sees);
    }

    /** The list's lines of these dossiers, in their order. */
    public List<Line> lines(List<Dossier> shown) {
        Map<String, Officer> officers = registry.byId();
        return shown.stream().map(d -> line(d, officers)).toList();
    }

    public Line line(Dossier d, Map<String, Officer> officers) {
        Officer officer = officers.get(d.officerId());
        DossierService.Timeliness t = dossiers.timeliness(d);
        String timeliness;
        if (d.finishedAt() != null) timeliness = t.late() ? "Trễ hẹn " + days(t.lateBy()) : "Đúng hẹn";
        else if (t.late()) timeliness = "Quá hạn " + days(t.lateBy());
        else if (d.pausedAt() != null) timeliness = "Tạm dừng, chờ bổ sung";
        else timeliness = "Còn " + days(t.workingTimeLeft());
        return new Line(d.code(), procedureName(d.procedureCode()), fieldOf(d.procedureCode()), officer == null ? d.officerId() : officer.name(),
                d.status(), Formats.minute(d.appointmentAt(), zone), timeliness, t.late(), PersonalNames.masked(d.applicant().name()));
    }

    public String days(Duration workingTime) {
        return Formats.workingDays(workingTime, calendar.workingDayLength());
    }

    public String procedureName(String code) {
        return procedures.procedure(code).map(Procedure::name).orElse(code);
    }

    public String fieldOf(String procedureCode) {
        return planReport.fieldOf(procedureCode);
    }
}
