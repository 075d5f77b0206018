package vn.gov.ward.assistant.dossier;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.dossier.DossierRefusal.Field;
import vn.gov.ward.assistant.procedure.Procedures;
import vn.gov.ward.knowledge.analysis.VietnameseText;

/** Checks a dossier from the one-stop system field by field and names every field at fault. */
@Component
class IntakeValidator {

    private static final Pattern OFFICER_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern ZALO_USER_ID = Pattern.compile("\\d{1,32}");
    private static final int MAX_NAME = 200;
    private static final String STATUSES = java.util.Arrays.stream(DossierStatus.values()).map(Enum::name)
            .collect(java.util.stream.Collectors.joining(", "));

    private final DossierCodes codes;
    private final Procedures procedures;
    private final WorkingCalendar calendar;
    private final ZoneId zone;

    IntakeValidator(DossierCodes codes, Procedures procedures, WorkingCalendar calendar) {
        this.codes = codes;
        this.procedures = procedures;
        this.calendar = calendar;
        this.zone = calendar.zone();
    }

    /** The canonical code, or 400 naming the field "code". */
    String code(String code) {
        return codes.parse(code).orElseThrow(() -> InvalidDossier.of("code", "not a dossier code of the accepted pattern"));
    }

    /** The intake, or 400 listing every field at fault. */
    DossierService.Intake validate(DossierRequest r) {
        List<Field> problems = new ArrayList<>();
        String procedureCode = strip(r.procedureCode());
        if (procedureCode == null) problems.add(new Field("procedureCode", "required"));
        else if (procedures.procedure(procedureCode).isEmpty()) problems.add(new Field("procedureCode", "unknown procedure code"));

        String name = VietnameseText.nfc(r.applicantName());
        if (name == null || name.isEmpty()) problems.add(new Field("applicantName", "required"));
        else if (name.length() > MAX_NAME) problems.add(new Field("applicantName", "longer than " + MAX_NAME + " characters"));

        String phone = null;
        if (strip(r.applicantPhone()) == null) problems.add(new Field("applicantPhone", "required"));
        else phone = PhoneNumbers.normalise(r.applicantPhone()).orElse(null);
        if (strip(r.applicantPhone()) != null && phone == null) {
            problems.add(new Field("applicantPhone", "not a Vietnamese phone number"));
        }

        String zalo = strip(r.zaloUserId());
        if (zalo != null && !ZALO_USER_ID.matcher(zalo).matches()) problems.add(new Field("zaloUserId", "must be digits"));

        String officer = strip(r.officerId());
        if (officer == null) problems.add(new Field("officerId", "required"));
        else if (!OFFICER_ID.matcher(officer).matches()) problems.add(new Field("officerId", "letters, digits, '.', '_' or '-' only"));

        Instant received = time("receivedAt", r.receivedAt(), true, problems);
        Instant appointment = time("appointmentAt", r.appointmentAt(), false, problems);
        if (received != null && appointment != null && !appointment.isAfter(received)) {
            problems.add(new Field("appointmentAt", "must be after receivedAt"));
        }

        DossierStatus status = null;
        String statusText = strip(r.status());
        if (statusText == null) problems.add(new Field("status", "required"));
        else status = status(statusText, problems);

        Submission submission = submission(strip(r.submission()), problems);

        if (!problems.isEmpty()) {
            throw new InvalidDossier("The dossier has invalid fields", problems);
        }
        return new DossierService.Intake(procedureCode, new Dossier.Applicant(name, phone, zalo), officer, received, appointment, status,
                submission);
    }

    static DossierStatus status(String text, List<Field> problems) {
        try {
            return DossierStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Field("status", "unknown status (one of " + STATUSES + ")"));
            return null;
        }
    }

    private static Submission submission(String text, List<Field> problems) {
        if (text == null) return null;
        try {
            return Submission.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Field("submission", "IN_PERSON, ONLINE or POSTAL"));
            return null;
        }
    }

    /**
     * ISO-8601 with an offset ("2026-01-20T08:30:00+07:00") or local to the ward ("2026-01-20T08:30"), in the
     * years the working calendar can count (every deadline and pause is counted from these dates).
     */
    Instant time(String field, String text, boolean required, List<Field> problems) {
        String value = strip(text);
        if (value == null) {
            if (required) problems.add(new Field(field, "required"));
            return null;
        }
        Instant t = parse(value);
        if (t == null) problems.add(new Field(field, "not an ISO-8601 date-time"));
        else if (!calendar.canCount(t)) {
            problems.add(new Field(field, "outside the years the working calendar counts (" + calendar.countableYears() + ")"));
            return null;
        }
        return t;
    }

    private Instant parse(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value).atZone(zone).toInstant();
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
