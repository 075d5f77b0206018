package vn.gov.ward.assistant.dossier;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import vn.gov.ward.assistant.calendar.DateOutsideCalendar;
import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.dossier.internal.DossierDeletions;
import vn.gov.ward.assistant.dossier.internal.DossierStore;
import vn.gov.ward.assistant.procedure.Procedures;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.catalogue.TimeLimit;

/**
 * Keeps the assistant's copy of each dossier in step with the one-stop system: creates and
 * replaces dossiers, records status changes (refusing the ones that make no sense, ignoring
 * repeats), stops the clock while documents are awaited, and says whether a dossier is on time.
 * A change of status is stored with its effects: {@link DossierStatusChanged} reaches whoever listens
 * after the change is stored, from the effects stream, on another thread, with retries.
 */
@Service
public class DossierService {

    private final DossierStore store;
    private final DossierDeletions deletions;
    private final Procedures procedures;
    private final WorkingCalendar calendar;
    private final Clock clock;

    public DossierService(DossierStore store, DossierDeletions deletions, Procedures procedures, WorkingCalendar calendar, Clock clock) {
        this.store = store;
        this.deletions = deletions;
        this.procedures = procedures;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * What the one-stop system says a dossier is now (already validated and normalised).
     *
     * @param submission how it was submitted, or null when not said (a stored dossier keeps what it had)
     */
    public record Intake(String procedureCode, Dossier.Applicant applicant, String officerId, Instant receivedAt,
                         Instant appointmentAt, DossierStatus status, Submission submission) {

        public Intake(String procedureCode, Dossier.Applicant applicant, String officerId, Instant receivedAt, Instant appointmentAt,
                      DossierStatus status) {
            this(procedureCode, applicant, officerId, receivedAt, appointmentAt, status, null);
        }
    }

    public Optional<Dossier> find(String code) {
        return store.find(code);
    }

    /** Many dossiers by code, read in one round trip; absent codes are left out. */
    public Map<String, Dossier> findAll(Collection<String> codes) {
        return store.findAll(codes);
    }

    /** Open dossiers whose appointment falls in (from, to], earliest first: what newly fell due. */
    public List<Dossier> openDueBetween(Instant from, Instant to) {
        return open(store.openDueBetween(from, to).stream().map(DossierStore.Due::code).toList());
    }

    /** Open dossiers whose appointment is before {@code t}, earliest first. */
    public List<Dossier> openDueBefore(Instant t) {
        return open(store.openDueBefore(t, Long.MAX_VALUE).stream().map(DossierStore.Due::code).toList());
    }

    /**
     * Every dossier the office held at some time in [from, to): received in it, or received before its
     * end and finished in it, after it or not yet. Three index reads and one pipelined read of the
     * dossiers, for a report or a list over a period.
     */
    public List<Dossier> heldBetween(Instant from, Instant to) {
        Set<String> codes = new LinkedHashSet<>(store.receivedBetween(from, to));
        codes.addAll(store.finishedBetween(from, Instant.ofEpochMilli(Long.MAX_VALUE)));
        codes.addAll(store.openCodes());
        return store.findAll(codes).values().stream().filter(d -> d.receivedAt().isBefore(to)).toList();
    }

    /** The open dossiers of these officers, earliest appointment first, read in one round trip. */
    public List<Dossier> openOf(Collection<String> officerIds) {
        List<Dossier> open = open(store.openCodesOf(officerIds));
        open.sort(Comparator.comparing(Dossier::appointmentAt).thenComparing(Dossier::code));
        return open;
    }

    /** The dossiers of these codes that are still open, in the codes' order. */
    private List<Dossier> open(List<String> codes) {
        Set<String> unique = new LinkedHashSet<>(codes);
        Map<String, Dossier> found = store.findAll(unique);
        List<Dossier> open = new ArrayList<>();
        for (String code : unique) {
            Dossier d = found.get(code);
            if (d != null && !d.status().isClosed()) open.add(d);
        }
        return open;
    }

    /** The dossiers tied to a Zalo user (open or not), the latest received first. */
    public List<Dossier> ofZaloUser(String zaloUserId) {
        List<Dossier> tied = new ArrayList<>(store.findAll(store.codesOfZaloUser(zaloUserId)).values());
        tied.sort(Comparator.comparing(Dossier::receivedAt).reversed().thenComparing(Dossier::code));
        return tied;
    }

    /**
     * Ties a Zalo user to every dossier filed with this phone (the citizen shared it through Zalo).
     *
     * @return how many dossiers were tied
     */
    public int tieZaloUserByPhone(String phone, String zaloUserId) {
        Set<String> codes = store.codesOfApplicantPhone(phone);
        codes.forEach(code -> tieZaloUser(code, zaloUserId));
        return codes.size();
    }

    /**
     * Creates the dossier or replaces what the one-stop system changed. A status change is checked
     * and appended to the history; an identical intake changes nothing.
     */
    public Dossier put(String code, Intake intake) {
        Procedure procedure = procedure(intake.procedureCode());
        return store.update(code, stored -> stored
                .map(existing -> replaced(existing, intake))
                .orElseGet(() -> created(code, intake, procedure)));
    }

    /** Ties a Zalo user to a dossier (the citizen shared the applicant's phone through Zalo). */
    Dossier tieZaloUser(String code, String zaloUserId) {
        return store.update(code, stored -> {
            Dossier d = stored.orElseThrow(() -> new DossierNotFound(code));
            Dossier.Applicant a = d.applicant();
            return new Dossier(d.code(), d.procedureCode(), new Dossier.Applicant(a.name(), a.phone(), zaloUserId), d.officerId(),
                    d.receivedAt(), d.appointmentAt(), d.status(), d.pausedAt(), d.history(), d.submission());
        });
    }

    /** The dossier an intake creates, for callers that write many at once (the CSV import). */
    Dossier merged(Optional<Dossier> existing, String code, Intake intake) {
        return existing.map(d -> replaced(d, intake)).orElseGet(() -> created(code, intake, procedure(intake.procedureCode())));
    }

    private Dossier created(String code, Intake intake, Procedure procedure) {
        Instant appointment = intake.appointmentAt() != null ? intake.appointmentAt() : appointmentFor(procedure, intake.receivedAt());
        if (!calendar.canCount(appointment)) {
            throw InvalidDossier.of("receivedAt", "the appointment it gives falls outside the years the working calendar counts ("
                    + calendar.countableYears() + ")");
        }
        Instant pausedAt = intake.status().pausesTheClock() ? intake.receivedAt() : null;
        return new Dossier(code, intake.procedureCode(), intake.applicant(), intake.officerId(), intake.receivedAt(), appointment,
                intake.status(), pausedAt, List.of(new Dossier.StatusChange(intake.status(), intake.receivedAt(), null)), intake.submission());
    }

    private Dossier replaced(Dossier existing, Intake intake) {
        Instant appointment = intake.appointmentAt() != null ? intake.appointmentAt() : existing.appointmentAt();
        Dossier updated = new Dossier(existing.code(), intake.procedureCode(), intake.applicant(), intake.officerId(),
                intake.receivedAt(), appointment, existing.status(), existing.pausedAt(), existing.history(),
                intake.submission() != null ? intake.submission() : existing.submission());
        if (intake.status() == existing.status()) return updated;
        return moved(updated, intake.status(), clock.instant(), "Cập nhật từ hệ thống một cửa");
    }

    /**
     * Records a status change. The same event delivered again is harmless; a change that makes no
     * sense (a returned dossier back to received) is refused ({@link TransitionRefused}).
     */
    public Dossier recordStatus(String code, DossierStatus status, Instant at, String note) {
        return store.update(code, stored -> {
            Dossier dossier = stored.orElseThrow(() -> new DossierNotFound(code));
            boolean repeated = dossier.history().stream().anyMatch(c -> c.status() == status && c.at().equals(at));
            if (repeated) return dossier;
            Instant last = dossier.history().get(dossier.history().size() - 1).at();
            if (at.isBefore(last)) {
                throw new TransitionRefused("at", "is before the dossier's last change (" + last + ")");
            }
            return moved(dossier, status, at, note);
        });
    }

    private Dossier moved(Dossier dossier, DossierStatus next, Instant at, String note) {
        if (!dossier.status().canMoveTo(next)) {
            throw new TransitionRefused("status", "a dossier that is " + dossier.status() + " cannot become " + next);
        }
        Instant appointment = dossier.appointmentAt();
        Instant pausedAt = dossier.pausedAt();
        if (pausedAt != null && !next.pausesTheClock()) {
            // The citizen has answered: the appointment moves by the working time the clock stood still.
            Duration paused = calendar.workingTimeBetween(zoned(pausedAt), zoned(at));
            try {
                appointment = calendar.addWorkingTime(zoned(calendar.clamped(appointment)), paused).toInstant();
            } catch (DateOutsideCalendar e) {
                throw InvalidDossier.of("at", "moves the appointment outside the years the working calendar counts ("
                        + calendar.countableYears() + ")");
            }
            pausedAt = null;
        } else if (pausedAt == null && next.pausesTheClock()) {
            pausedAt = at;
        }
        List<Dossier.StatusChange> history = new ArrayList<>(dossier.history());
        history.add(new Dossier.StatusChange(next, at, note));
        return new Dossier(dossier.code(), dossier.procedureCode(), dossier.applicant(), dossier.officerId(), dossier.receivedAt(),
                appointment, next, pausedAt, history, dossier.submission());
    }

    /** The appointment the procedure's processing time gives when the one-stop system sent none. */
    Instant appointmentFor(Procedure procedure, Instant receivedAt) {
        TimeLimit limit = procedure.processingTime().longest().orElseThrow(() -> new InvalidDossier(
                "appointmentAt is required: procedure " + procedure.code() + " has no processing time with a unit",
                List.of(new DossierRefusal.Field("appointmentAt", "required for procedure " + procedure.code()))));
        ZonedDateTime from = zoned(receivedAt);
        try {
            ZonedDateTime appointment = switch (limit.unit()) {
                case WORKING_DAYS -> calendar.addWorkingDays(from, limit.amount());
                case DAYS -> calendar.addCalendarDays(from, limit.amount().intValue());
                case WORKING_HOURS -> calendar.addWorkingTime(from, Duration.ofMinutes(limit.amount().multiply(BigDecimal.valueOf(60)).longValue()));
                case IMMEDIATE -> calendar.endOfWorkingDay(from);
            };
            return appointment.toInstant();
        } catch (DateOutsideCalendar e) {
            throw InvalidDossier.of("receivedAt", "the appointment it gives falls outside the years the working calendar counts ("
                    + calendar.countableYears() + ")");
        }
    }

    /**
     * Where a dossier stands against its appointment, now or when it was finished.
     *
     * @param workingTimeLeft working time until the appointment (negative when late); null once finished
     * @param lateBy          working time past the appointment, zero when on time
     * @param apologyOwed     late and still open: the office owes the citizen a written apology with a new date
     */
    public record Timeliness(boolean late, Duration workingTimeLeft, Duration lateBy, boolean apologyOwed) {
    }

    /** Any stored dossier can be read: a date beyond the calendar (stored before intake checked it) counts to its edge. */
    public Timeliness timeliness(Dossier dossier) {
        Instant finished = dossier.finishedAt();
        Instant reference = finished != null ? finished : dossier.pausedAt() != null ? dossier.pausedAt() : clock.instant();
        Duration left = calendar.workingTimeBetween(zoned(calendar.clamped(reference)), zoned(calendar.clamped(dossier.appointmentAt())));
        boolean late = left.isNegative();
        Duration lateBy = late ? left.negated() : Duration.ZERO;
        return new Timeliness(late, finished == null ? left : null, lateBy, late && finished == null);
    }

    /**
     * Forgets the closed dossiers whose last change is before {@code cutoff} (the retention pass): the
     * one-stop system keeps the record; this copy only served lookups and reminders.
     *
     * @return how many were deleted
     */
    public int deleteClosedBefore(Instant cutoff) {
        return deletions.deleteAll(d -> d.status().isClosed() && d.history().get(d.history().size() - 1).at().isBefore(cutoff));
    }

    /**
     * Whether the dossier was past its appointment at {@code t}: working time ran on after it (finishing
     * in the evening after an appointment at closing time is not late). A report asks this of a dossier
     * at the time it was finished, or of one still open at the end of its period.
     */
    public boolean lateAt(Dossier dossier, Instant t) {
        return calendar.workingTimeBetween(zoned(t), zoned(dossier.appointmentAt())).isNegative();
    }

    /** Whether a dossier still without an outcome at {@code t} was overdue then (its clock stood still from a pause on). */
    public boolean overdueAt(Dossier dossier, Instant t) {
        Instant paused = dossier.pausedAt();
        return lateAt(dossier, paused != null && !paused.isAfter(t) ? paused : t);
    }

    public Procedure procedure(String code) {
        return procedures.procedure(code).orElseThrow(() -> InvalidDossier.of("procedureCode", "unknown procedure code " + code));
    }

    private ZonedDateTime zoned(Instant t) {
        return t.atZone(calendar.zone());
    }
}
