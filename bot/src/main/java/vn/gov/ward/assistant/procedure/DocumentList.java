package vn.gov.ward.assistant.procedure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.gov.ward.knowledge.catalogue.DocumentGroup;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.catalogue.RequiredDocument;

/**
 * A procedure's documents as a citizen reads them: each paper once (one the portal lists under several
 * cases goes with what everyone brings), what everyone brings first with the application form at its head,
 * then each case under its heading, and the notes worth a citizen's reading.
 */
final class DocumentList {

    /** Opens the application form: what everyone fills in first. */
    private static final Pattern APPLICATION = Pattern.compile("^(?:tờ khai|đơn|giấy đề nghị|phiếu đề nghị|văn bản đề nghị|bản khai|tờ trình)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The same form filled in on the portal, for who submits online: after the papers. */
    private static final Pattern ONLINE_FORM = Pattern.compile("^mẫu (?:hộ tịch )?điện tử tương tác", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Needed only in a case it names ("Trường hợp…", "… trong trường hợp ủy quyền", "… (nếu có)"). */
    private static final Pattern FOR_A_CASE = Pattern.compile("^(?:trường hợp|đối với|nếu|khi)\\b|(?:trong|đối với) trường hợp|\\(nếu có\\)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CASE_IN_BRACKETS = Pattern.compile("\\((?:đối với|trong|nếu)[^()]*(?:trường hợp|có)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A note for the officer, not the citizen ("Người tiếp nhận có trách nhiệm…", "Cơ quan đăng ký hộ tịch tra cứu…"). */
    private static final Pattern FOR_THE_OFFICE = Pattern.compile("người tiếp nhận|cơ quan (?:đăng ký|có thẩm quyền|tiếp nhận|công an|thuế)"
            + "[^.]{0,40}(?:có trách nhiệm|phải|từ chối|tra cứu|yêu cầu|hướng dẫn|kiểm tra|khai thác)|^(?:cơ quan|công chức|cán bộ|ủy ban|uỷ ban)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A note that rests on a clause of a legal act or another row ("theo quy định tại mục (ii)"): not for a citizen. */
    private static final Pattern CROSS_REFERENCE = Pattern.compile("mục \\(|khoản \\d|điểm [a-zđ] |Điều \\d|Nghị định|Thông tư|nêu trên");
    private static final int NOTE_SENTENCE = 220;
    /** A clause of liability or rights, which a citizen need not read to bring the right papers. */
    private static final Pattern LEGAL_STATEMENT = Pattern.compile("chịu trách nhiệm|có trách nhiệm|có quyền|hủy bỏ kết quả",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Opens a condition: a note that opens so and says no "thì" is half a sentence. */
    private static final Pattern CONDITION = Pattern.compile("(?:khi|nếu|trường hợp)\\s", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A note that spares the citizen something: the most useful to read. */
    private static final Pattern RELIEF = Pattern.compile("không phải|không bắt buộc|không cần|có thể|chỉ cần|được sử dụng",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int NOTES_SHOWN = 2;
    private static final int FOR_SOME = 3;

    private final List<Section> sections;
    private final List<String> notes;
    /** Each document's rank ({@link #rank}), worked out once: the patterns are the costly part. */
    private final Map<RequiredDocument, Integer> ranks;

    private DocumentList(List<Section> sections, List<String> notes, Map<RequiredDocument, Integer> ranks) {
        this.sections = sections;
        this.notes = notes;
        this.ranks = ranks;
    }

    /** A section: what everyone brings (heading null, or the portal's kind: "Giấy tờ phải xuất trình"), or one case. */
    record Section(String heading, boolean forACase, List<RequiredDocument> documents) {
    }

    static DocumentList of(Procedure p) {
        Map<RequiredDocument, String> ids = new IdentityHashMap<>();
        Map<RequiredDocument, Integer> ranks = new IdentityHashMap<>();
        Map<String, Integer> groupsListing = new HashMap<>();
        for (DocumentGroup g : p.documentGroups()) {
            g.documents().forEach(d -> {
                ids.put(d, d.identity());
                ranks.put(d, rank(d));
            });
            g.documents().stream().map(ids::get).distinct().forEach(id -> groupsListing.merge(id, 1, Integer::sum));
        }
        Map<String, Section> general = new LinkedHashMap<>();
        List<Section> cases = new ArrayList<>();
        List<String> shared = new ArrayList<>();
        List<RequiredDocument> common = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (DocumentGroup g : p.documentGroups()) {
            boolean isCase = g.kind() == DocumentGroup.Kind.CASE;
            Section section = isCase ? new Section(g.heading(), true, new ArrayList<>())
                    : general.computeIfAbsent(g.heading() == null ? "" : g.heading(), h -> new Section(g.heading(), false, new ArrayList<>()));
            for (RequiredDocument d : g.documents()) {
                if (groupsListing.get(ids.get(d)) > 1) {
                    // Listed under several headings: said once, with what everyone brings.
                    int seen = shared.indexOf(ids.get(d));
                    if (seen < 0) {
                        shared.add(ids.get(d));
                        common.add(d);
                    } else if (d.name().length() > common.get(seen).name().length()) {
                        common.set(seen, d);
                    }
                } else {
                    section.documents().add(d);
                }
            }
            if (isCase && !section.documents().isEmpty()) cases.add(section);
            notes.addAll(g.notes());
        }
        List<Section> sections = new ArrayList<>();
        if (!common.isEmpty()) {
            Section first = general.values().stream().findFirst().orElse(null);
            if (first == null) sections.add(new Section(cases.isEmpty() ? null : "Giấy tờ chung", false, common));
            else first.documents().addAll(0, common);
        }
        // The unnamed section holds the application form: first; in each section what everyone brings before a case's.
        general.values().stream().filter(s -> !s.documents().isEmpty()).sorted(Comparator.comparing(s -> s.heading() != null))
                .forEach(sections::add);
        sections.addAll(cases);
        return new DocumentList(sections.stream().map(s -> new Section(s.heading(), s.forACase(),
                s.documents().stream().sorted(Comparator.comparing(ranks::get)).toList())).toList(), notes, ranks);
    }

    List<Section> sections() {
        return sections;
    }

    /** Every document, each once. */
    List<RequiredDocument> all() {
        return sections.stream().flatMap(s -> s.documents().stream()).toList();
    }

    /**
     * What everyone brings, the application form first, then the rest in the portal's order, the form filled in
     * online last (when each of them is for a particular case, all of them); those of the one case when there is
     * only one; empty when the papers are for several cases.
     */
    List<RequiredDocument> main() {
        List<RequiredDocument> everyone = sections.stream().filter(s -> !s.forACase()).flatMap(s -> s.documents().stream())
                .sorted(Comparator.comparing(ranks::get)).toList();
        if (everyone.isEmpty() && sections.size() == 1) everyone = sections.get(0).documents();
        List<RequiredDocument> main = everyone.stream().filter(d -> ranks.get(d) < FOR_SOME).toList();
        return main.isEmpty() ? everyone : main;
    }

    private static int rank(RequiredDocument d) {
        if (d.condition() != null) return FOR_SOME;
        // The application form is everyone's, whatever case words it carries ("… theo mẫu trong trường hợp người yêu cầu là cá nhân"),
        // unless a bracket says it is for a case only ("Đơn đăng ký nhu cầu … (đối với trường hợp …)").
        if (APPLICATION.matcher(d.name()).find() && !CASE_IN_BRACKETS.matcher(d.name()).find()) return 0;
        if (FOR_A_CASE.matcher(d.name()).find()) return FOR_SOME;
        return ONLINE_FORM.matcher(d.name()).find() ? 2 : 1;
    }

    /** The notes a citizen gains from, each its first sentence; those that spare them something first; at most two. */
    List<String> notesWorthReading() {
        return notes.stream().map(n -> Clauses.firstSentence(n.replaceFirst("^(?:Lưu ý|Ghi chú)\\s*:?\\s*-?\\s*", "")))
                .filter(n -> n.length() > 20 && n.length() <= NOTE_SENTENCE && !FOR_THE_OFFICE.matcher(n).find() && !CROSS_REFERENCE.matcher(n).find()
                        && !LEGAL_STATEMENT.matcher(n).find() && !(CONDITION.matcher(n).lookingAt() && !n.contains(" thì ")))
                .distinct().sorted(Comparator.comparing(n -> !RELIEF.matcher(n).find())).limit(NOTES_SHOWN).toList();
    }
}
