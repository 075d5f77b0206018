package vn.gov.ward.assistant.console;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.officer.LinkCodes;
import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.console.internal.Formats;
import vn.gov.ward.assistant.console.internal.Viewer;

/**
 * The officers, for admins (under {@code /console/admin/}, so {@link ConsoleSecurity} lets only admins
 * in): add one, deactivate or reactivate, move to another unit, and issue a Telegram link code shown as
 * its deep link and a QR code to scan with the phone.
 */
@Controller
class OfficerPagesController {

    static final String PATH = "/console/admin/officers";
    private static final String ID = "[a-z0-9][a-z0-9._-]{1,39}";

    private final OfficerRegistry registry;
    private final LinkCodes linkCodes;
    private final ZoneId zone;

    OfficerPagesController(OfficerRegistry registry, LinkCodes linkCodes, WorkingCalendar calendar) {
        this.registry = registry;
        this.linkCodes = linkCodes;
        this.zone = calendar.zone();
    }

    @GetMapping(PATH)
    String officers(@ModelAttribute("viewer") Viewer viewer, Model model) {
        ConsoleAdvice.required(viewer);
        List<Officer> all = registry.all().stream().sorted(Comparator.comparing(Officer::unit).thenComparing(Officer::name)).toList();
        Map<String, Officer> byId = registry.byId();
        model.addAttribute("page", "officers");
        model.addAttribute("officers", all);
        model.addAttribute("leaderNames", all.stream().collect(Collectors.toMap(Officer::id,
                o -> o.leaderId() != null && byId.containsKey(o.leaderId()) ? byId.get(o.leaderId()).name() : "")));
        model.addAttribute("units", new TreeSet<>(all.stream().map(Officer::unit).toList()));
        model.addAttribute("leaders", all.stream().filter(Officer::isLeader).toList());
        return "console/officers";
    }

    @PostMapping(PATH)
    String add(@ModelAttribute("viewer") Viewer viewer, @RequestParam String id, @RequestParam String name, @RequestParam String unit,
               @RequestParam(defaultValue = "OFFICER") String role, @RequestParam(required = false) String leaderId, RedirectAttributes flash) {
        ConsoleAdvice.required(viewer);
        String officerId = id.strip().toLowerCase(Locale.ROOT);
        String leader = leaderId == null || leaderId.isBlank() ? null : leaderId.strip();
        if (!officerId.matches(ID) || name.isBlank() || unit.isBlank() || (leader != null && registry.find(leader).isEmpty())) {
            flash.addFlashAttribute("error", "Mã cán bộ gồm 2–40 chữ thường, số, dấu chấm, gạch; cần có họ tên, đơn vị và người phụ trách có thật.");
            return "redirect:" + PATH;
        }
        if (registry.find(officerId).isPresent()) {
            flash.addFlashAttribute("error", "Đã có cán bộ mang mã " + officerId + ".");
            return "redirect:" + PATH;
        }
        registry.save(new Officer(officerId, name.strip(), unit.strip(), "LEADER".equals(role) ? Officer.Role.LEADER : Officer.Role.OFFICER,
                leader, null));
        flash.addFlashAttribute("notice", "Đã thêm cán bộ " + name.strip() + ".");
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{id}/active")
    String active(@ModelAttribute("viewer") Viewer viewer, @PathVariable String id, @RequestParam boolean active, RedirectAttributes flash) {
        ConsoleAdvice.required(viewer);
        Officer o = registry.setActive(id, active).orElseThrow(() -> new ConsoleAdvice.NotFound("cán bộ " + id));
        flash.addFlashAttribute("notice", (active ? "Đã kích hoạt lại " : "Đã ngừng hoạt động ") + o.name() + ".");
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{id}/unit")
    String move(@ModelAttribute("viewer") Viewer viewer, @PathVariable String id, @RequestParam String unit, RedirectAttributes flash) {
        ConsoleAdvice.required(viewer);
        if (unit.isBlank()) {
            flash.addFlashAttribute("error", "Cần có tên đơn vị mới.");
            return "redirect:" + PATH;
        }
        Officer o = registry.moveTo(id, unit.strip()).orElseThrow(() -> new ConsoleAdvice.NotFound("cán bộ " + id));
        flash.addFlashAttribute("notice", "Đã chuyển " + o.name() + " sang " + o.unit() + ".");
        return "redirect:" + PATH;
    }

    /** A new link code: the page shows its deep link and QR code once (it is not kept anywhere the page can read again). */
    @PostMapping(PATH + "/{id}/link-code")
    String linkCode(@ModelAttribute("viewer") Viewer viewer, @PathVariable String id, Model model) {
        ConsoleAdvice.required(viewer);
        Officer o = registry.find(id).orElseThrow(() -> new ConsoleAdvice.NotFound("cán bộ " + id));
        LinkCodes.LinkCode code = linkCodes.issue(o.id());
        model.addAttribute("page", "officers");
        model.addAttribute("officer", o);
        model.addAttribute("link", code);
        model.addAttribute("expires", Formats.minute(code.expiresAt(), zone));
        model.addAttribute("qr", "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(QrCodes.svg(code.deepLink()).getBytes(StandardCharsets.UTF_8)));
        return "console/link-code";
    }
}
