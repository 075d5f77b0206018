package vn.gov.ward.assistant.upkeep;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.gov.ward.assistant.procedure.Procedures;
import vn.gov.ward.assistant.procedure.WardAdditionsSource;
import vn.gov.ward.knowledge.search.LifeEvent;
import vn.gov.ward.knowledge.search.Referral;
import vn.gov.ward.knowledge.search.WardAdditions;

/**
 * What the ward's admin does to teach the assistant: from a question it could not answer, add its words as
 * keywords of the right procedure, as a life event or as a referral. Each change is checked like the reviewed
 * files before it is stored, recorded (who, when, what, before, after), can be undone, and reaches the next
 * search on every instance. The additions export as YAML for the reviewed files.
 */
@Service
public class KnowledgeUpkeep {

    private static final int ATTEMPTS = 3;

    private final WardAdditionsStore store;
    private final Procedures procedures;
    private final QuestionInbox inbox;
    private final Clock clock;

    KnowledgeUpkeep(WardAdditionsStore store, Procedures procedures, QuestionInbox inbox, Clock clock) {
        this.store = store;
        this.procedures = procedures;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** Phrases citizens use for a procedure. */
    public Result addKeywords(String by, String code, List<String> phrases, String questionId) {
        List<String> cleaned = phrases.stream().map(String::strip).filter(p -> !p.isEmpty()).distinct().toList();
        if (cleaned.isEmpty()) return new Refused(List.of("Cần ít nhất một cụm từ."));
        String name = procedures.procedure(code).map(p -> p.name()).orElse(code);
        return add(by, new WardAdditions(Map.of(code, cleaned), List.of(), List.of()),
                "Thêm từ khóa \"" + String.join("\", \"", cleaned) + "\" cho thủ tục " + code + " (" + name + ")", questionId);
    }

    /** Something that happens in citizens' lives and the procedures it leads to. */
    public Result addLifeEvent(String by, LifeEvent event, String questionId) {
        return add(by, new WardAdditions(Map.of(), List.of(event), List.of()),
                "Thêm sự kiện \"" + event.event() + "\" dẫn đến " + String.join(", ", event.procedures()), questionId);
    }

    /** A service another agency handles, and who. */
    public Result addReferral(String by, Referral referral, String questionId) {
        return add(by, new WardAdditions(Map.of(), List.of(), List.of(referral)),
                "Thêm chuyển nơi khác \"" + referral.service() + "\" (" + referral.handledBy() + ")", questionId);
    }

    /** The ward's own processing time, fee (with its decision) and note for a procedure; blank fields are not set. */
    public Result setDetails(String by, String code, WardAdditions.Details details) {
        WardAdditions.Details set = new WardAdditions.Details(blankToNull(details.processingTime()), blankToNull(details.fee()),
                blankToNull(details.feeDecision()), blankToNull(details.note()));
        if (set.processingTime() == null && set.fee() == null && set.note() == null) {
            return new Refused(List.of("Cần ít nhất thời hạn, mức thu hoặc lưu ý."));
        }
        String name = procedures.procedure(code).map(p -> p.name()).orElse(code);
        List<String> said = new java.util.ArrayList<>();
        if (set.processingTime() != null) said.add("thời hạn " + set.processingTime());
        if (set.fee() != null) said.add("lệ phí " + set.fee() + (set.feeDecision() == null ? "" : " theo " + set.feeDecision()));
        if (set.note() != null) said.add("lưu ý \"" + set.note() + "\"");
        return add(by, WardAdditions.none().withDetails(code, set),
                "Sửa thông tin của phường cho thủ tục " + code + " (" + name + "): " + String.join("; ", said), null);
    }

    /** Take back what a change added. */
    public Result undo(String by, long changeId) {
        Optional<KnowledgeChange> change = history().stream().map(Logged::change).filter(c -> c.id() == changeId).findFirst();
        if (change.isEmpty()) return new Refused(List.of("Không có thay đổi số " + changeId + "."));
        if (change.get().kind() == KnowledgeChange.Kind.UNDO) return new Refused(List.of("Thay đổi số " + changeId + " là một lần hoàn tác; hãy thêm lại nội dung nếu cần."));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            WardAdditionsSource.Versioned now = store.current();
            WardAdditions after = now.additions().minus(change.get().delta());
            // A procedure's details go back to what they were before the change, not to nothing.
            for (String code : change.get().delta().details().keySet()) after = after.withDetails(code, change.get().before().details().get(code));
            KnowledgeChange undo = new KnowledgeChange(now.version() + 1, clock.instant(), by, KnowledgeChange.Kind.UNDO,
                    "Hoàn tác thay đổi số " + changeId + ": " + change.get().summary(), change.get().delta(), now.additions(), after, changeId, null);
            long stored = store.apply(now.version(), undo, null);
            if (stored == WardAdditionsStore.ALREADY_UNDONE) return new Refused(List.of("Thay đổi số " + changeId + " đã được hoàn tác."));
            if (stored != WardAdditionsStore.CHANGED_MEANWHILE) return new Applied(undo);
        }
        return busy();
    }

    /** Every change, newest first. */
    public List<Logged> history() {
        return store.changes();
    }

    /** The additions as YAML for the ward layer and the reviewed files. */
    public String exportYaml() {
        return store.current().additions().toYaml();
    }

    private Result add(String by, WardAdditions delta, String summary, String questionId) {
        String question = questionId == null ? null : inbox.find(questionId).map(UnansweredQuestion::text).orElse(null);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            WardAdditionsSource.Versioned now = store.current();
            WardAdditions after = now.additions().plus(delta);
            List<String> problems = procedures.problemsWith(after);
            if (!problems.isEmpty()) return new Refused(problems);
            KnowledgeChange change = new KnowledgeChange(now.version() + 1, clock.instant(), by, KnowledgeChange.Kind.ADD, summary,
                    delta, now.additions(), after, null, question);
            if (store.apply(now.version(), change, question == null ? null : questionId) != WardAdditionsStore.CHANGED_MEANWHILE) {
                return new Applied(change);
            }
        }
        return busy();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Refused busy() {
        return new Refused(List.of("Một người khác vừa thay đổi kiến thức; xin thử lại."));
    }

    /** What became of a change: stored, or refused with the reasons in Vietnamese. */
    public sealed interface Result {
    }

    public record Applied(KnowledgeChange change) implements Result {
    }

    public record Refused(List<String> problems) implements Result {
    }

    /** A change as the log shows it, with the change that undid it if one did. */
    public record Logged(KnowledgeChange change, Long undoneBy) {
    }
}
