package vn.gov.ward.assistant.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.report.PlanReport;
import vn.gov.ward.assistant.report.PlanReportFiles;
import vn.gov.ward.assistant.report.ReportPeriod;
import vn.gov.ward.assistant.console.internal.Viewer;

/** The plan's reports for leaders and admins: a period's figures on the page, each period's files to download. */
@Controller
class ReportPagesController {

    private final PlanReport report;
    private final PlanReportFiles files;
    private final ZoneId zone;
    private final Clock clock;

    ReportPagesController(PlanReport report, PlanReportFiles files, WorkingCalendar calendar, Clock clock) {
        this.report = report;
        this.files = files;
        this.zone = calendar.zone();
        this.clock = clock;
    }

    @GetMapping("/console/reports")
    String reports(@ModelAttribute("viewer") Viewer viewer, @RequestParam(required = false) String period, Model model) {
        ConsoleAdvice.required(viewer);
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        ReportPeriod shown = ReportPeriod.parse(period).orElseGet(() -> ReportPeriod.quarterOf(today));
        int year = shown.year();
        model.addAttribute("page", "reports");
        model.addAttribute("figures", report.of(shown));
        model.addAttribute("periods", List.of(ReportPeriod.quarter(year, 1), ReportPeriod.quarter(year, 2), ReportPeriod.half(year, 1),
                ReportPeriod.quarter(year, 3), ReportPeriod.quarter(year, 4), ReportPeriod.half(year, 2), ReportPeriod.year(year)));
        model.addAttribute("years", List.of(year - 1, year, year + 1));
        return "console/reports";
    }

    @GetMapping("/console/reports/{code}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String code) {
        return files.xlsxDownload(report.of(period(code)));
    }

    @GetMapping("/console/reports/{code}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String code) {
        return files.csvDownload(report.of(period(code)));
    }

    private static ReportPeriod period(String code) {
        return ReportPeriod.parse(code).orElseThrow(() -> new ConsoleAdvice.NotFound("kỳ báo cáo " + code));
    }
}
