package vn.gov.ward.assistant.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import vn.gov.ward.assistant.calendar.WorkingCalendar;

/** Intake from the one-stop system (API key in {@code X-Api-Key}). */
@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "Dossiers", description = "Intake from the ward's procedure-handling system")
@SecurityRequirement(name = "apiKey")
class DossierController {

    private final DossierService dossiers;
    private final IntakeValidator validator;
    private final DossierCsvImport csvImport;
    private final WorkingCalendar calendar;

    DossierController(DossierService dossiers, IntakeValidator validator, DossierCsvImport csvImport, WorkingCalendar calendar) {
        this.dossiers = dossiers;
        this.validator = validator;
        this.csvImport = csvImport;
        this.calendar = calendar;
    }

    @PutMapping("/{code}")
    @Operation(summary = "Create or replace a dossier")
    DossierView put(@PathVariable String code, @RequestBody DossierRequest request) {
        String canonical = validator.code(code);
        return view(dossiers.put(canonical, validator.validate(request)));
    }

    /** @param at ISO-8601; the time of the change in the one-stop system */
    record StatusRequest(String status, String at, String note) {
    }

    @PostMapping("/{code}/status")
    @Operation(summary = "Record a status change (repeating the same event is harmless)")
    DossierView status(@PathVariable String code, @RequestBody StatusRequest request) {
        String canonical = validator.code(code);
        List<DossierRefusal.Field> problems = new ArrayList<>();
        DossierStatus status = request.status() == null || request.status().isBlank() ? null : IntakeValidator.status(request.status(), problems);
        if (status == null && problems.isEmpty()) problems.add(new DossierRefusal.Field("status", "required"));
        Instant at = validator.time("at", request.at(), true, problems);
        if (request.note() != null && request.note().length() > 1000) problems.add(new DossierRefusal.Field("note", "longer than 1000 characters"));
        if (!problems.isEmpty()) throw new InvalidDossier("The status change has invalid fields", problems);
        return view(dossiers.recordStatus(canonical, status, at, request.note()));
    }

    @GetMapping("/{code}")
    @Operation(summary = "The dossier with its computed timeliness")
    DossierView get(@PathVariable String code) {
        String canonical = validator.code(code);
        return view(dossiers.find(canonical).orElseThrow(() -> new DossierNotFound(canonical)));
    }

    /** 413 with the report when the body went past the size limit (what came before it was imported). */
    @PostMapping(value = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Import a CSV export in one pass (columns in README); bad rows are reported by line")
    ResponseEntity<DossierCsvImport.Report> importCsv(HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            DossierCsvImport.Report report = csvImport.run(body);
            return ResponseEntity.status(report.complete() ? HttpStatus.OK : HttpStatus.CONTENT_TOO_LARGE).body(report);
        }
    }

    /**
     * A dossier with what is computed from it.
     *
     * @param workingDaysLeft working time to the appointment in working days (negative when late), null once finished
     * @param lateByWorkingDays how late, in working days; 0 when on time
     */
    record DossierView(Dossier dossier, String procedureName, String statusLabel, boolean onTime, boolean late,
                       Duration workingTimeLeft, Double workingDaysLeft, Duration lateBy, double lateByWorkingDays,
                       boolean apologyOwed) {
    }

    private DossierView view(Dossier d) {
        DossierService.Timeliness t = dossiers.timeliness(d);
        double day = calendar.workingDayLength().toMinutes();
        return new DossierView(d, dossiers.procedure(d.procedureCode()).name(), d.status().label(), !t.late(), t.late(),
                t.workingTimeLeft(), t.workingTimeLeft() == null ? null : round(t.workingTimeLeft().toMinutes() / day),
                t.lateBy(), round(t.lateBy().toMinutes() / day), t.apologyOwed());
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
