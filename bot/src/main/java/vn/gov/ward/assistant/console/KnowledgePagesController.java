package vn.gov.ward.assistant.console;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.console.internal.Viewer;
import vn.gov.ward.assistant.procedure.Procedures;
import vn.gov.ward.assistant.upkeep.KnowledgeUpkeep;
import vn.gov.ward.assistant.upkeep.QuestionInbox;
import vn.gov.ward.assistant.upkeep.UnansweredQuestion;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.search.LifeEvent;
import vn.gov.ward.knowledge.search.Referral;
import vn.gov.ward.knowledge.search.SearchResult;
import vn.gov.ward.knowledge.search.WardAdditions;

/**
 * Knowledge upkeep, for admins (under {@code /console/admin/}): the questions the assistant could not answer well,
 * most asked first, each with the procedures the search thought closest; one action teaches it the question's words
 * (keywords of a procedure), a life event or a referral; a procedure's own time, fee and note; every change listed with who made it and undoable; the
 * additions downloadable as YAML for the reviewed files.
 */
@Controller
class KnowledgePagesController {

    static final String PATH = "/console/admin/knowledge";
    private static final int SHOWN = 50;
    private static final int CANDIDATES = 5;

    private final KnowledgeUpkeep upkeep;
    private final QuestionInbox inbox;
    private final Procedures procedures;
    private final ZoneId zone;

    KnowledgePagesController(KnowledgeUpkeep upkeep, QuestionInbox inbox, Procedures procedures, WorkingCalendar calendar) {
        this.upkeep = upkeep;
        this.inbox = inbox;
        this.procedures = procedures;
        this.zone = calendar.zone();
    }

    /** A question in the inbox with the procedures the search ranked first for it. */
    public record InboxLine(UnansweredQuestion question, List<Procedure> candidates) {
    }

    @GetMapping(PATH)
    String knowledge(@ModelAttribute("viewer") Viewer viewer, Model model) {
        ConsoleAdvice.required(viewer);
        List<InboxLine> lines = inbox.mostAsked(SHOWN).stream().map(q -> new InboxLine(q, candidates(q.text()))).toList();
        model.addAttribute("page", "knowledge");
        model.addAttribute("inbox", lines);
        model.addAttribute("changes", upkeep.history());
        model.addAttribute("zone", zone);
        return "console/knowledge";
    }

    @PostMapping(PATH + "/keywords")
    String keywords(@ModelAttribute("viewer") Viewer viewer, @RequestParam String code, @RequestParam String phrase,
                    @RequestParam(required = false) String question, RedirectAttributes flash) {
        ConsoleAdvice.required(viewer);
        return told(upkeep.addKeywords(viewer.officer().id(), code.strip(), List.of(phrase), question), flash);
    }

    @PostMapping(PATH + "/life-events")
    String lifeEvent(@ModelAttribute("viewer") Viewer viewer, @RequestParam String event, @RequestParam String says,
                     @RequestParam String codes, @RequestParam(required = false) String question, RedirectAttributes flash) {
        ConsoleAdvice.required(viewer);
        return told(upkeep.addLifeEvent(viewer.officer().id(), new LifeEvent(event.strip(), lines(says), list(codes), null), question), flash);
    }

    @PostMapping(PATH + "/referrals")
    String referral(@ModelAttribute("viewer") Viewer viewer, @RequestParam String id, @RequestParam String service, @RequestParam String terms,
                    @RequestParam String handledBy, @RequestParam(required = false) String level, @RequestParam(required = false) String online,
                    @RequestParam(required = false) String basis, @RequestParam(required = false) String question, RedirectAttributes flash) {
        ConsoleAdvice.required(viewer);
        Referral referral = new Referral(id.strip().toLowerCase(Locale.ROOT), service.strip(), lines(terms), handledBy.strip(), blankToNull(level),
                blankToNull(online), blankToNull(basis), List.of(), List.of(), true, "Thêm từ trang quản trị; cần người rà soát.");
        return told(upkeep.addReferral(viewer.officer().id(), referral, question), flash);
    }

    @PostMapping(PATH + "/details")
    String details(@ModelAttribute("viewer") Viewer viewer, @RequestParam String code, @RequestParam(required = false) String processingTime,
                   @RequestParam(required = false) String fee, @RequestParam(required = false) String feeDecision,
                   @RequestParam(required = false) String note, RedirectAttributes flash) {
        ConsoleAdvice.required(viewer);
        return told(upkeep.setDetails(viewer.officer().id(), code.strip(), new WardAdditions.Details(processingTime, fee, feeDecision, note)), flash);
    }

    @PostMapping(PATH + "/questions/{id}/dismiss")
    String dismiss(@ModelAttribute("viewer") Viewer viewer, @PathVariable String id, RedirectAttributes flash) {
        ConsoleAdvice.required(viewer);
        flash.addFlashAttribute("notice", inbox.dismiss(id) ? "Đã bỏ câu hỏi khỏi danh sách." : "Câu hỏi không còn trong danh sách.");
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/changes/{id}/undo")
    String undo(@ModelAttribute("viewer") Viewer viewer, @PathVariable long id, RedirectAttributes flash) {
        ConsoleAdvice.required(viewer);
        return told(upkeep.undo(viewer.officer().id(), id), flash);
    }

    @GetMapping(PATH + "/ward-additions.yml")
    ResponseEntity<String> export(@ModelAttribute("viewer") Viewer viewer) {
        ConsoleAdvice.required(viewer);
        return ResponseEntity.ok().contentType(new MediaType("application", "yaml", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ward-additions.yml\"").body(upkeep.exportYaml());
    }

    private List<Procedure> candidates(String question) {
        SearchResult result = procedures.search(question, CANDIDATES);
        return result.hits().stream().map(SearchResult.Hit::procedure).toList();
    }

    private static String told(KnowledgeUpkeep.Result result, RedirectAttributes flash) {
        if (result instanceof KnowledgeUpkeep.Applied applied) {
            flash.addFlashAttribute("notice", "Đã lưu: " + applied.change().summary() + ". Từ câu hỏi tiếp theo, trợ lý dùng nội dung này.");
        } else if (result instanceof KnowledgeUpkeep.Refused refused) {
            flash.addFlashAttribute("problems", refused.problems());
        }
        return "redirect:" + PATH;
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("[\\r\\n;]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
