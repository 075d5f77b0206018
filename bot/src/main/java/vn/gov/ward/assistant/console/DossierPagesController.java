package vn.gov.ward.assistant.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.conversation.DossierStatusReply;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.dossier.PersonalNames;
import vn.gov.ward.assistant.dossier.PersonalNumbers;
import vn.gov.ward.assistant.dossier.PhoneNumbers;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.survey.ReturnedRatings;
import vn.gov.ward.assistant.console.internal.ConsoleDossiers;
import vn.gov.ward.assistant.console.internal.Formats;
import vn.gov.ward.assistant.console.internal.Viewer;

/** The dossier list with its filters, and a dossier's page; each shows only the dossiers the viewer may see. */
@Controller
class DossierPagesController {

    private final ConsoleDossiers consoleDossiers;
    private final DossierStatusReply statusReply;
    private final ReturnedRatings ratings;
    private final OfficerRegistry registry;
    private final PersonalNumbers personalNumbers;
    private final ZoneId zone;
    private final Clock clock;

    DossierPagesController(ConsoleDossiers consoleDossiers, DossierStatusReply statusReply, ReturnedRatings ratings, OfficerRegistry registry,
                           PersonalNumbers personalNumbers,
                           WorkingCalendar calendar, Clock clock) {
        this.consoleDossiers = consoleDossiers;
        this.statusReply = statusReply;
        this.ratings = ratings;
        this.registry = registry;
        this.personalNumbers = personalNumbers;
        this.zone = calendar.zone();
        this.clock = clock;
    }

    @GetMapping("/console/dossiers")
    String list(@ModelAttribute("viewer") Viewer viewer, @RequestParam(required = false) String status,
                @RequestParam(required = false) String officer, @RequestParam(required = false) String field,
                @RequestParam(required = false) String late, @RequestParam(required = false) String dueBefore,
                @RequestParam(required = false) String since, @RequestParam(defaultValue = "1") String page, Model model) {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        LocalDate from = date(since);
        ConsoleDossiers.Filters filters = new ConsoleDossiers.Filters(status(status), blankToNull(officer), blankToNull(field),
                late != null, date(dueBefore), from == null ? today.minusDays(ConsoleDossiers.DEFAULT_DAYS) : from, number(page));
        model.addAttribute("page", "dossiers");
        model.addAttribute("filters", filters);
        model.addAttribute("result", consoleDossiers.list(ConsoleAdvice.required(viewer), filters));
        model.addAttribute("statuses", List.of(DossierStatus.values()));
        return "console/dossiers";
    }

    @GetMapping("/console/dossiers/{code}")
    String dossier(@ModelAttribute("viewer") Viewer viewer, @PathVariable String code, Model model) {
        Dossier d = consoleDossiers.visible(ConsoleAdvice.required(viewer), code.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new ConsoleAdvice.NotFound("hồ sơ " + code));
        model.addAttribute("page", "dossiers");
        model.addAttribute("dossier", d);
        model.addAttribute("line", consoleDossiers.line(d, registry.byId()));
        model.addAttribute("applicantName", PersonalNames.masked(d.applicant().name()));
        model.addAttribute("applicantPhone", PhoneNumbers.masked(d.applicant().phone()));
        model.addAttribute("received", Formats.minute(d.receivedAt(), zone));
        model.addAttribute("history", d.history().stream()
                .map(c -> new ConsoleDossiers.HistoryLine(Formats.minute(c.at(), zone), c.status().label(), personalNumbers.masked(c.note()))).toList());
        model.addAttribute("toldCitizen", personalNumbers.masked(statusReply.text(d)));
        ReturnedRatings.Given rating = ratings.of(d.code()).orElse(null);
        model.addAttribute("rating", rating);
        // The citizen's own words: masked here, escaped by the page.
        model.addAttribute("ratingComment", rating == null ? null : personalNumbers.masked(rating.comment()));
        return "console/dossier";
    }

    private static DossierStatus status(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return DossierStatus.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A filter's date, or none when it is empty or not a date (the page then shows every date). */
    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
