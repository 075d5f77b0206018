package vn.gov.ward.assistant.feedback;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierCodes;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.knowledge.analysis.VietnameseText;

/**
 * What a ticket is about beyond its field: the dossier it names (its code, or for a complaint about a
 * delay the citizen's own open dossier on Zalo), whose officer then answers it, and whether it is about
 * that officer's conduct or delay, or names an officer ("chị Hoa"): then their leader hears of it too.
 * Routing by field alone would leave a complaint about an officer with that officer only.
 */
@Component
class TicketConcern {

    /** Words of a complaint about how or how fast a dossier is handled (folded, as whole words). */
    private static final List<String> CONDUCT_OR_DELAY = List.of("cham qua", "qua cham", "rat cham", "cham tre", "lam cham", "xu ly cham",
            "giai quyet cham", "tre hen", "bi tre", "qua han", "qua hen", "lau qua", "qua lau", "chua xong", "chua tra", "chua giai quyet",
            "hen mai", "hen lai nhieu", "di lai nhieu", "thai do", "hach dich", "gay kho", "kho de", "lam kho", "nhung nhieu", "vo le",
            "thieu trach nhiem", "khong tra loi", "khong nghe may", "boi duong", "tien ngoai", "cau ga", "to tieng", "quat nat", "quat thao",
            "khong nhiet tinh", "khong huong dan");
    /** How citizens name an officer before the given name. */
    private static final Set<String> TITLES = Set.of("anh", "chi", "co", "chu", "ong", "ba", "em", "bac", "can bo", "dong chi");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9]+");

    private final DossierCodes codes;
    private final DossierService dossiers;
    private final OfficerRegistry officers;

    TicketConcern(DossierCodes codes, DossierService dossiers, OfficerRegistry officers) {
        this.codes = codes;
        this.dossiers = dossiers;
        this.officers = officers;
    }

    /**
     * @param dossierCode        the dossier the ticket is about, or null
     * @param handlingOfficerId  that dossier's officer, who answers the ticket, or null
     * @param officerConcernedId the officer whose conduct or delay it is about (their leader hears of it), or null
     */
    record Concern(String dossierCode, String handlingOfficerId, String officerConcernedId) {

        static final Concern NONE = new Concern(null, null, null);
    }

    Concern of(String conversationId, Ticket.Kind kind, String content) {
        String words = " " + NOT_A_WORD.matcher(VietnameseText.fold(content)).replaceAll(" ").strip() + " ";
        boolean conductOrDelay = CONDUCT_OR_DELAY.stream().anyMatch(phrase -> words.contains(" " + phrase + " "));
        Optional<Dossier> dossier = codes.find(content).flatMap(dossiers::find)
                .or(() -> conductOrDelay ? latestOpenTiedTo(conversationId) : Optional.empty());
        Optional<Officer> named = named(words, dossier.map(Dossier::officerId));
        boolean complaint = kind == Ticket.Kind.PHAN_ANH || kind == Ticket.Kind.KIEN_NGHI;
        String concerned = !complaint ? null
                : named.map(Officer::id).orElse(conductOrDelay ? dossier.map(Dossier::officerId).orElse(null) : null);
        if (dossier.isEmpty()) return concerned == null ? Concern.NONE : new Concern(null, concerned, concerned);
        return new Concern(dossier.get().code(), dossier.get().officerId(), concerned);
    }

    private Optional<Dossier> latestOpenTiedTo(String conversationId) {
        if (!conversationId.startsWith("zalo:")) return Optional.empty();
        return dossiers.ofZaloUser(conversationId.substring("zalo:".length())).stream().filter(d -> !d.status().isClosed()).findFirst();
    }

    /** The one officer the words name (full name, or a title and the given name); the dossier's officer wins a tie. */
    private Optional<Officer> named(String words, Optional<String> handling) {
        List<Officer> matching = officers.all().stream().filter(o -> names(words, o)).toList();
        if (matching.size() == 1) return Optional.of(matching.get(0));
        return handling.flatMap(id -> matching.stream().filter(o -> o.id().equals(id)).findFirst());
    }

    private static boolean names(String words, Officer officer) {
        String name = NOT_A_WORD.matcher(VietnameseText.fold(officer.name())).replaceAll(" ").strip();
        if (name.isEmpty()) return false;
        if (words.contains(" " + name + " ")) return true;
        String given = name.substring(name.lastIndexOf(' ') + 1);
        return TITLES.stream().anyMatch(title -> words.contains(" " + title + " " + given + " "));
    }
}
