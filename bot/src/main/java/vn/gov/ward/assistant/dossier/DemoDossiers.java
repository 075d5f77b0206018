package vn.gov.ward.assistant.dossier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.dossier.internal.DossierDeletions;

/**
 * Demo dossiers for the embedded default, so a newcomer can try the status lookup: three dozen
 * dossiers across procedures, officers and statuses, some due today and some overdue, laid out
 * again around today's date at every start. Codes and phones are fixed (see the README).
 */
@Component
@ConditionalOnProperty(name = "assistant.demo-data", havingValue = "true")
class DemoDossiers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDossiers.class);
    static final String CODE_PREFIX = "000.32.33.H26-260101-";

    private static final List<String> PROCEDURES = List.of("1.001193", "1.000894", "2.000815", "1.004194", "1.004222",
            "1.004873", "1.001612", "1.013225", "1.000656", "2.001035", "2.000884", "1.004859");
    private static final List<String> OFFICERS = List.of("tuphap-hotich-01", "tuphap-hotich-02", "motcua-01", "diachinh-01", "vhxh-01");
    private static final List<String> NAMES = List.of("Nguyễn Văn An", "Trần Thị Bích Ngọc", "Lê Hoàng Nam", "Phạm Thu Hà",
            "Hoàng Minh Tuấn", "Vũ Thị Lan", "Đặng Quốc Bảo", "Bùi Thị Mai", "Đỗ Văn Hùng", "Ngô Thị Hương", "Dương Văn Long",
            "Lý Thị Thảo");
    /** Status and the appointment's offset from now in working days (negative: overdue). */
    private record Plan(DossierStatus status, double appointmentInWorkingDays) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan(DossierStatus.IN_PROGRESS, 2), new Plan(DossierStatus.IN_PROGRESS, 0.2), new Plan(DossierStatus.RECEIVED, 3),
            new Plan(DossierStatus.IN_PROGRESS, -1.5), new Plan(DossierStatus.SUPPLEMENT_REQUESTED, 1),
            new Plan(DossierStatus.AWAITING_PAYMENT, 1), new Plan(DossierStatus.RESULT_READY, 0.5), new Plan(DossierStatus.RETURNED, -2),
            new Plan(DossierStatus.IN_PROGRESS, 0.1), new Plan(DossierStatus.IN_PROGRESS, -3), new Plan(DossierStatus.REJECTED, -1),
            new Plan(DossierStatus.IN_PROGRESS, 5));

    private final DossierService dossiers;
    private final DossierDeletions deletions;
    private final WorkingCalendar calendar;
    private final Clock clock;

    DemoDossiers(DossierService dossiers, DossierDeletions deletions, WorkingCalendar calendar, Clock clock) {
        this.dossiers = dossiers;
        this.deletions = deletions;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        ZonedDateTime now = clock.instant().atZone(calendar.zone());
        int count = 36;
        for (int i = 1; i <= count; i++) {
            String code = code(i);
            deletions.delete(code);
            Plan plan = PLANS.get((i - 1) % PLANS.size());
            Instant appointment = shift(now, plan.appointmentInWorkingDays());
            Instant threeDaysBefore = shift(appointment.atZone(calendar.zone()), -3);
            Instant received = threeDaysBefore.isBefore(now.toInstant()) ? threeDaysBefore : now.minusHours(1).toInstant();
            Dossier.Applicant applicant = new Dossier.Applicant(NAMES.get((i - 1) % NAMES.size()), phone(i), null);
            String procedure = PROCEDURES.get((i - 1) % PROCEDURES.size());
            String officer = OFFICERS.get((i - 1) % OFFICERS.size());
            dossiers.put(code, new DossierService.Intake(procedure, applicant, officer, received, appointment, DossierStatus.RECEIVED));
            Instant at = received.plus(Duration.ofMinutes(30));
            if (plan.status() != DossierStatus.RECEIVED) dossiers.recordStatus(code, DossierStatus.IN_PROGRESS, at, null);
            switch (plan.status()) {
                case SUPPLEMENT_REQUESTED -> dossiers.recordStatus(code, plan.status(), at.plusSeconds(60),
                        "Bản sao có chứng thực giấy tờ chứng minh nơi cư trú");
                case AWAITING_PAYMENT, REJECTED -> dossiers.recordStatus(code, plan.status(), at.plusSeconds(60), null);
                case RESULT_READY -> dossiers.recordStatus(code, plan.status(), at.plusSeconds(60), null);
                case RETURNED -> {
                    dossiers.recordStatus(code, DossierStatus.RESULT_READY, at.plusSeconds(60), null);
                    dossiers.recordStatus(code, DossierStatus.RETURNED, at.plusSeconds(120), null);
                }
                default -> { }
            }
        }
        log.info("{} demo dossiers laid out around today, e.g. {} (check digits {})", count, code(1), phone(1).substring(6));
    }

    private Instant shift(ZonedDateTime from, double workingDays) {
        Duration working = Duration.ofMinutes(Math.round(Math.abs(workingDays) * calendar.workingDayLength().toMinutes()));
        if (workingDays >= 0) return calendar.addWorkingTime(from, working).toInstant();
        // Going back: the same working time before "from", found by stepping back whole days.
        ZonedDateTime t = from;
        while (calendar.workingTimeBetween(t, from).compareTo(working) < 0) t = t.minusDays(1);
        return calendar.addWorkingTime(t, calendar.workingTimeBetween(t, from).minus(working)).toInstant();
    }

    static String code(int i) {
        return CODE_PREFIX + String.format("%04d", i);
    }

    /** Fixed demo phones 091200NNNN: dossier N's check digits are N on four digits (dossier 1: 0001). */
    static String phone(int i) {
        return String.format("091200%04d", i);
    }

}
