package vn.gov.ward.assistant.report;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.dossier.Submission;
import vn.gov.ward.assistant.feedback.FeedbackService;
import vn.gov.ward.assistant.feedback.Ticket;
import vn.gov.ward.assistant.procedure.Procedures;
import vn.gov.ward.assistant.survey.ReturnedRatings;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.ward.WardProfile;

/**
 * The figures of the ward's administrative-reform plan for a reporting period ({@link ReportPeriod}),
 * in total and per procedure field:
 * <ul>
 * <li>received: dossiers received in the period, and of them submitted online;</li>
 * <li>resolved: dossiers that reached their outcome (result ready, or closed) in the period, on time or
 * late against their appointment in working time ({@link DossierService#lateAt});</li>
 * <li>pending: received before the period's end (or now, for a period not over) and without an outcome
 * then, and of them overdue then;</li>
 * <li>satisfaction: the ratings of the dossiers returned in the period, the share satisfied (4–5 of 5)
 * and the mean score;</li>
 * <li>feedback tickets opened in the period, answered by their due time, late, or not yet.</li>
 * </ul>
 * The dossiers are the assistant's copy as it stands (a past appointment moved later by a supplement
 * request counts as moved).
 */
@Service
public class PlanReport {

    /** The field of a procedure the catalogue does not know (any more). */
    public static final String UNKNOWN_FIELD = "Lĩnh vực khác";

    /**
     * One line of the report.
     *
     * @param pending dossiers without an outcome at the end of the period
     * @param overdue of them, those past their appointment then
     * @param meanScore the mean rating, null without ratings
     */
    public record Row(String field, long received, long receivedOnline, long resolved, long resolvedOnTime, long resolvedLate,
                      long pending, long overdue, long ratings, long satisfied, Double meanScore) {

        public Double onlineShare() {
            return share(receivedOnline, received);
        }

        public Double onTimeShare() {
            return share(resolvedOnTime, resolved);
        }

        public Double satisfiedShare() {
            return share(satisfied, ratings);
        }
    }

    /** Feedback tickets opened in the period and how they were answered (by now). */
    public record Tickets(long received, long answeredOnTime, long answeredLate, long unanswered) {

        public Double onTimeShare() {
            return share(answeredOnTime, received);
        }
    }

    /**
     * @param asOf   the moment pending and overdue dossiers are counted at: the period's end, or now
     * @param target the satisfaction target (0.9)
     */
    public record Figures(ReportPeriod period, String ward, Instant asOf, double target, Row total, List<Row> fields, Tickets tickets) {
    }

    private final DossierService dossiers;
    private final ReturnedRatings ratings;
    private final FeedbackService feedback;
    private final Procedures procedures;
    private final WardProfile ward;
    private final ZoneId zone;
    private final Clock clock;
    private final double target;
    /** Procedure code → field: the catalogue does not change while the assistant runs. */
    private final Map<String, String> fields = new ConcurrentHashMap<>();

    PlanReport(DossierService dossiers, ReturnedRatings ratings, FeedbackService feedback, Procedures procedures, WardProfile ward,
               WorkingCalendar calendar, Clock clock, @Value("${survey.target:0.9}") double target) {
        this.dossiers = dossiers;
        this.ratings = ratings;
        this.feedback = feedback;
        this.procedures = procedures;
        this.ward = ward;
        this.zone = calendar.zone();
        this.clock = clock;
        this.target = target;
    }

    public Figures of(ReportPeriod period) {
        Instant from = period.start(zone);
        Instant to = period.end(zone);
        Instant asOf = asOf(to);
        Map<String, Tally> byField = new TreeMap<>();
        Tally total = new Tally();
        for (Dossier d : dossiers.heldBetween(from, to)) {
            Counted c = counted(d, from, to, asOf);
            total.add(c);
            byField.computeIfAbsent(fieldOf(d.procedureCode()), f -> new Tally()).add(c);
        }
        for (ReturnedRatings.Returned r : ratings.between(from, to)) {
            if (!r.rated()) continue;
            total.rate(r.score());
            byField.computeIfAbsent(fieldOf(r.procedureCode()), f -> new Tally()).rate(r.score());
        }
        List<Row> fields = new ArrayList<>();
        byField.forEach((field, tally) -> fields.add(tally.row(field)));
        fields.sort(Comparator.comparing(Row::received).reversed().thenComparing(Row::field));
        return new Figures(period, ward.office().name(), asOf, target, total.row("Tổng cộng"), fields, tickets(from, to));
    }

    /**
     * The dossier figures of [from, to) over the dossiers given (a dashboard's, already read and
     * limited to what its viewer may see): received, resolved on time or late, pending and overdue.
     */
    public Row dossiers(Collection<Dossier> held, Instant from, Instant to) {
        Instant asOf = asOf(to);
        Tally tally = new Tally();
        held.forEach(d -> tally.add(counted(d, from, to, asOf)));
        return tally.row("");
    }

    private Instant asOf(Instant end) {
        Instant now = clock.instant();
        return now.isBefore(end) ? now : end;
    }

    private Tickets tickets(Instant from, Instant to) {
        long onTime = 0;
        long late = 0;
        List<Ticket> opened = feedback.openedBetween(from, to);
        for (Ticket t : opened) {
            Instant answered = t.firstAnsweredAt();
            if (answered == null) continue;
            if (answered.isAfter(t.dueAt())) late++;
            else onTime++;
        }
        return new Tickets(opened.size(), onTime, late, opened.size() - onTime - late);
    }

    /** The administrative field a procedure's dossiers are reported under. */
    public String fieldOf(String procedureCode) {
        return fields.computeIfAbsent(procedureCode, code -> procedures.procedure(code).map(Procedure::field)
                .filter(f -> f != null && !f.isBlank()).orElse(UNKNOWN_FIELD));
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    /** How one dossier counts in a period: worked out once (the working-time checks), added to its field's line and the total. */
    private record Counted(boolean received, boolean online, boolean resolved, boolean late, boolean pending, boolean overdue) {
    }

    private Counted counted(Dossier d, Instant from, Instant to, Instant asOf) {
        Instant received = d.receivedAt();
        Instant finished = d.finishedAt();
        boolean receivedIn = !received.isBefore(from) && received.isBefore(to);
        boolean resolved = finished != null && !finished.isBefore(from) && finished.isBefore(to);
        boolean pending = received.isBefore(asOf) && (finished == null || !finished.isBefore(asOf));
        return new Counted(receivedIn, receivedIn && d.submission() == Submission.ONLINE, resolved, resolved && dossiers.lateAt(d, finished),
                pending, pending && dossiers.overdueAt(d, asOf));
    }

    /** Counts for one line, dossier by dossier. */
    private static final class Tally {
        long received;
        long online;
        long resolved;
        long onTime;
        long late;
        long pending;
        long overdue;
        long ratings;
        long satisfied;
        long scoreSum;

        void add(Counted c) {
            if (c.received()) {
                received++;
                if (c.online()) online++;
            }
            if (c.resolved()) {
                resolved++;
                if (c.late()) late++;
                else onTime++;
            }
            if (c.pending()) {
                pending++;
                if (c.overdue()) overdue++;
            }
        }

        void rate(int score) {
            ratings++;
            scoreSum += score;
            if (score >= 4) satisfied++;
        }

        Row row(String field) {
            return new Row(field, received, online, resolved, onTime, late, pending, overdue, ratings, satisfied,
                    ratings == 0 ? null : (double) scoreSum / ratings);
        }
    }
}
