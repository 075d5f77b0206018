package vn.gov.ward.assistant.report;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.gov.ward.assistant.web.ApiException;

/** The plan's report for the ward's other systems (API key in {@code X-Api-Key}); people download it from the console. */
@RestController
@Tag(name = "Reports", description = "The administrative-reform plan's quarterly, 6-month and annual report")
@SecurityRequirement(name = "apiKey")
class PlanReportController {

    private final PlanReport report;
    private final PlanReportFiles files;

    PlanReportController(PlanReport report, PlanReportFiles files) {
        this.report = report;
        this.files = files;
    }

    @GetMapping("/api/v1/reports/period.xlsx")
    @Operation(summary = "The report of a quarter (quarter=1–4), a half (half=1–2) or, with neither, the year, as an Excel workbook")
    ResponseEntity<byte[]> xlsx(@RequestParam int year, @RequestParam(required = false) Integer quarter,
                                @RequestParam(required = false) Integer half) {
        return files.xlsxDownload(report.of(period(year, quarter, half)));
    }

    @GetMapping("/api/v1/reports/period.csv")
    @Operation(summary = "The same report as CSV (UTF-8)")
    ResponseEntity<byte[]> csv(@RequestParam int year, @RequestParam(required = false) Integer quarter,
                               @RequestParam(required = false) Integer half) {
        return files.csvDownload(report.of(period(year, quarter, half)));
    }

    /** The period asked for, or 400 naming the parameter at fault. */
    static ReportPeriod period(int year, Integer quarter, Integer half) {
        if (year < 2000 || year > 2100) throw ApiException.badRequest("year", "a year from 2000 to 2100");
        if (quarter != null && half != null) throw ApiException.badRequest("half", "give a quarter or a half, not both");
        if (quarter != null) {
            if (quarter < 1 || quarter > 4) throw ApiException.badRequest("quarter", "1 to 4");
            return ReportPeriod.quarter(year, quarter);
        }
        if (half != null) {
            if (half < 1 || half > 2) throw ApiException.badRequest("half", "1 or 2");
            return ReportPeriod.half(year, half);
        }
        return ReportPeriod.year(year);
    }
}
