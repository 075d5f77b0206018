package vn.gov.ward.assistant.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.console.internal.ConsoleDossiers;
import vn.gov.ward.assistant.console.internal.Dashboard;
import vn.gov.ward.assistant.console.internal.Viewer;

/** The console's first page. */
@Controller
class DashboardController {

    private static final int LINES = 50;

    private final Dashboard dashboard;
    private final ConsoleDossiers consoleDossiers;
    private final JsonMapper json;

    DashboardController(Dashboard dashboard, ConsoleDossiers consoleDossiers, JsonMapper json) {
        this.dashboard = dashboard;
        this.consoleDossiers = consoleDossiers;
        this.json = json;
    }

    @GetMapping("/console")
    String dashboard(@ModelAttribute("viewer") Viewer viewer, Model model) {
        Dashboard.View view = dashboard.of(ConsoleAdvice.required(viewer));
        model.addAttribute("page", "dashboard");
        model.addAttribute("view", view);
        // The most urgent lines of each list; the cards count them all.
        model.addAttribute("overdue", consoleDossiers.lines(view.overdue().subList(0, Math.min(LINES, view.overdue().size()))));
        model.addAttribute("dueThisWeek", consoleDossiers.lines(view.dueThisWeek().subList(0, Math.min(LINES, view.dueThisWeek().size()))));
        // Charts read their data from an attribute (escaped by the template), never from an inline script.
        model.addAttribute("byMonth", json.writeValueAsString(view.satisfaction().byMonth()));
        model.addAttribute("byField", json.writeValueAsString(view.satisfaction().byField()));
        if (view.satisfaction().byOfficer() != null) model.addAttribute("byOfficer", json.writeValueAsString(view.satisfaction().byOfficer()));
        if (view.health() != null) model.addAttribute("health", json.writeValueAsString(view.health().chart()));
        return "console/dashboard";
    }
}
