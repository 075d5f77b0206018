package vn.gov.ward.assistant.survey;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.web.ApiException;

/** Surveys and satisfaction figures for the office and its leaders (API key in {@code X-Api-Key}). */
@RestController
@Tag(name = "Satisfaction", description = "Rating links and satisfaction figures against the ward's target")
@SecurityRequirement(name = "apiKey")
class SurveyController {

    private final SurveyService surveys;
    private final SatisfactionReport report;
    private final WorkingCalendar calendar;

    SurveyController(SurveyService surveys, SatisfactionReport report, WorkingCalendar calendar) {
        this.surveys = surveys;
        this.report = report;
        this.calendar = calendar;
    }

    record SurveyView(String code, String link, Rating rating) {
    }

    @GetMapping("/api/v1/surveys/{code}")
    @Operation(summary = "A returned dossier's rating link (to print or send) and its rating, if any")
    SurveyView survey(@PathVariable String code) {
        if (!surveys.surveyed(code)) throw ApiException.notFound("No survey for dossier " + ApiException.shown(code) + " (it is surveyed once returned)");
        return new SurveyView(code, surveys.link(code), surveys.rating(code).orElse(null));
    }

    @GetMapping("/api/v1/reports/satisfaction")
    @Operation(summary = "Ratings, share satisfied (4–5), mean score and response rate of dossiers returned from..to (dates, inclusive)")
    SatisfactionReport.Report satisfaction(@RequestParam String from, @RequestParam String to,
                                           @RequestParam(defaultValue = "procedure") String groupBy) {
        LocalDate start = date("from", from, calendar);
        LocalDate end = date("to", to, calendar);
        if (end.isBefore(start)) throw ApiException.badRequest("to", "before from");
        SatisfactionReport.GroupBy by;
        try {
            by = SatisfactionReport.GroupBy.valueOf(groupBy.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("groupBy", "procedure, officer or channel");
        }
        return report.of(start.atStartOfDay(calendar.zone()).toInstant(), end.plusDays(1).atStartOfDay(calendar.zone()).toInstant(), by);
    }

    private static LocalDate date(String field, String value, WorkingCalendar calendar) {
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field, "a date as yyyy-MM-dd");
        }
        if (!calendar.canCount(date)) throw ApiException.badRequest(field, "outside the years " + calendar.countableYears());
        return date;
    }
}
