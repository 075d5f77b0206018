package vn.gov.ward.knowledge.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.gov.ward.knowledge.analysis.VietnameseText;

/**
 * The portal's document rows ("thành phần hồ sơ") as groups of whole documents and notes: headings
 * cleaned into short ones, rows the crawl cut in two joined again, form file names taken off, list
 * marks dropped, notes and legal clauses told apart from papers to bring, "Trường hợp X thì phải kèm
 * theo Y" read as the document Y for the case X, and a document the portal lists twice in a group kept once.
 */
final class DocumentRows {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** "- ", "+) ", "a) ", "(ii) ", "(1.3) ", "1. ", "b." in front of a row or heading. */
    static final Pattern LIST_MARK = Pattern.compile(
            "^(?:[-+*•]+\\)?|\\(?(?:\\d{1,2}(?:\\.\\d{1,2})*|[a-zđ]\\d?|[ivx]{1,4})\\)|\\d{1,2}(?:\\.\\d{1,2})*\\.(?!\\d)|[a-zđ]\\.(?=\\s*\\p{Lu}))\\s*");
    private static final Pattern NOTE_START = Pattern.compile("^(lưu ý|ghi chú|chú ý)\\b.*", CI);
    /** A row cut off the end of the one before it: ") (khoản 1 …)", "hoặc (01 bản sao)", "đối với trường hợp …". */
    private static final Pattern CONTINUATION = Pattern.compile("^(?:[)\\];,.]|(?:hoặc|và|có chứng thực|đối với|trong trường hợp|nếu)\\b)");
    /** What opens the name of a paper. */
    private static final Pattern PAPER = Pattern.compile("^(?:\\d{1,2} |bản |các |một |01 |hai )?(?:giấy|văn bản|bản|đơn|tờ|phiếu|hợp đồng|"
            + "biên bản|biên lai|quyết định|sổ|thẻ|hộ chiếu|ảnh|danh sách|danh mục|báo cáo|chứng từ|chứng nhận|chứng chỉ|hóa đơn|"
            + "trích lục|trích sao|sơ đồ|sơ họa|tài liệu|bằng|hồ sơ|dự án|dự thảo|phương án|đề án|đề xuất|đề nghị|kế hoạch|"
            + "thông báo|nghị quyết|điều lệ|quy chế|mẫu|bảng|xuất trình|căn cước|ý kiến|kết quả|lý lịch|bộ|trong số|loại)", CI);
    /** Opens a rule, not a paper: an actor or a case. */
    private static final Pattern RULE_START = Pattern.compile("^(?:trường hợp|nếu|khi|trừ trường hợp|đối với|người|cá nhân|cơ quan|"
            + "công dân|việc|ngoài|trong|bước|nội dung|tổ chức|hộ kinh doanh|ủy ban|uỷ ban|ubnd|cán bộ|công chức|thời hạn|số lượng|"
            + "các trường hợp|lưu ý|giá trị|bên)\\b", CI);
    /** "Công dân Việt Nam là công chức … phải nộp văn bản của cơ quan …": a paper for one kind of applicant. */
    private static final Pattern ACTOR_MUST_BRING = Pattern.compile("^((?:người|công dân|cá nhân|bên)\\b[^;:]*?)\\s+(?:phải|cần) "
            + "(?:nộp|xuất trình|có)(?: thêm)?\\s+(.+)$", CI | Pattern.DOTALL);
    /** Opens a case: "Trường hợp …", "Nếu …", "Đối với …". */
    private static final Pattern CASE_START = Pattern.compile("^(?:trường hợp|nếu|khi|đối với trường hợp|đối với)\\s+", CI);
    /** Where a case's condition ends and what it asks for begins. */
    private static final Pattern CASE_END = Pattern.compile("\\s+thì\\s+|:\\s+|,\\s+(?=(?:kèm theo|phải|cần|nộp|hồ sơ|ngoài)\\b)", CI);
    /** The verbs that ask for a paper, the ones that say it plainly first. */
    private static final Pattern ASKS_FOR = Pattern.compile("\\b(?:phải kèm theo|phải có|cần có|có thêm|nộp thêm|nộp kèm theo|"
            + "gửi kèm theo|bổ sung|còn có|phải nộp|phải xuất trình|phải gửi kèm)\\b\\s*:?\\s*", CI);
    private static final Pattern ASKS_FOR_LOOSELY = Pattern.compile("\\b(?:kèm theo|nộp kèm|gửi kèm|nộp|xuất trình)\\b\\s*:?\\s*", CI);
    /** A row that only introduces a list: "… các giấy tờ sau:", "Hồ sơ gồm:". */
    private static final Pattern INTRODUCES_A_LIST = Pattern.compile(":\\s*$|(?:các|những) giấy tờ sau|hồ sơ (?:bao )?gồm\\b|sau đây\\s*:?\\s*$", CI);
    /** A heading that only says who shows or submits what is listed under it. */
    private static final Pattern WHO_BRINGS = Pattern.compile("^người [^,:]*?(?:phải )?(xuất trình|nộp)\\b(?!.*(?:trường hợp|đối với)).*(?:sau|gồm)",
            CI);
    /** Text that came from the steps ("Bước 2. Nộp hồ sơ …"), not the documents. */
    private static final Pattern STEPS = Pattern.compile("\\bbước \\d+\\b", CI);
    private static final Pattern HEADING_NOTES = Pattern.compile("^(?:lưu ý|ghi chú|chú ý)\\b", CI);
    private static final Pattern HEADING_GENERAL = Pattern.compile("^(?:(?:các )?giấy tờ phải (?:nộp|xuất trình)|(?:thành phần )?hồ sơ\\b"
            + "(?!.*(?:trường hợp|đối với))|bao gồm|người yêu cầu chứng thực .*(?:gồm|sau đây)$)", CI);
    /** Boilerplate at the end of a heading: "thì hồ sơ phải kèm theo một trong những giấy tờ sau", "hồ sơ gồm". */
    private static final Pattern HEADING_TAIL = Pattern.compile("(?:[,.]?\\s*(?:thì\\s+)?(?:hồ sơ|thành phần hồ sơ)?\\s*"
            + "(?:phải kèm theo một trong (?:những|các) giấy tờ sau|(?:bao )?gồm(?: các giấy tờ sau)?(?: đây)?|như sau))?\\s*:?\\s*$", CI);
    private static final Pattern LEGAL_PARENTHESIS = Pattern.compile("\\s*\\((?:[^()]*(?:Điều|Nghị định|Thông tư|Luật)[^()]*)\\)(?=\\s*:?\\s*$)");

    private static final Pattern DANGLING = Pattern.compile("[\\s(;,:]+$");
    /** Applied in order by {@link #tidy}. */
    private static final Map<Pattern, String> TIDY = tidyRules();
    private static Map<Pattern, String> tidyRules() {
        Map<Pattern, String> rules = new LinkedHashMap<>();
        rules.put(Pattern.compile("(?<=\\p{Ll})\\.(?=\\p{Lu})"), ". ");
        rules.put(Pattern.compile("\\(\\s*\\)"), " ");
        rules.put(Pattern.compile("\\s+([,;.:)])"), "$1");
        rules.put(Pattern.compile("\\(\\s+"), "(");
        rules.put(Pattern.compile("([,;:])(?=\\p{L})"), "$1 ");
        rules.put(Pattern.compile("\\.{2,}"), ".");
        rules.put(Pattern.compile(";\\s*;"), ";");
        rules.put(Pattern.compile("\\s{2,}"), " ");
        rules.put(DANGLING, "");
        return rules;
    }

    private DocumentRows() {
    }

    static List<DocumentGroup> groups(List<String> rawRows) {
        Map<String, Builder> groups = new LinkedHashMap<>();
        DocumentRow previous = null;
        for (String raw : rawRows) {
            if (raw == null || raw.isBlank()) continue;
            DocumentRow row = DocumentRow.parse(VietnameseText.nfc(raw));
            Builder group = groups.computeIfAbsent(row.heading, Builder::new);
            if (CONTINUATION.matcher(row.text).find() || startsLowerAndNotAPaper(row.text)) {
                if (previous != null && previous.heading.equals(row.heading)) {
                    previous.append(row);
                    continue;
                }
                row.text = capitalised(row.text.replaceFirst("^[)\\];,.\\s]+", ""));
            } else if (!row.text.isEmpty() && Character.isLowerCase(row.text.charAt(0))) {
                row.text = capitalised(row.text);
            }
            if (row.text.length() < 3 || row.text.matches("(?i)^(?:hoặc|và)$")) continue;
            group.rows.add(row);
            previous = row;
        }
        List<DocumentGroup> result = new ArrayList<>();
        for (Builder group : groups.values()) {
            DocumentGroup built = group.build();
            if (!built.documents().isEmpty() || !built.notes().isEmpty()) result.add(built);
        }
        return result;
    }

    private static boolean startsLowerAndNotAPaper(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.charAt(0)) && !PAPER.matcher(text).find();
    }

    /**
     * A heading without list marks, boilerplate, a closing legal reference or colon; one that only says who shows or
     * submits the papers below ("Người yêu cầu chứng thực phải xuất trình các giấy tờ sau") said as the portal's usual
     * "Giấy tờ phải xuất trình" or "Giấy tờ phải nộp".
     */
    static String cleanHeading(String heading) {
        String text = LIST_MARK.matcher(heading.replaceFirst("^[*\\s]+", "")).replaceFirst("");
        text = LEGAL_PARENTHESIS.matcher(text).replaceFirst("");
        Matcher actor = WHO_BRINGS.matcher(text);
        if (actor.find()) return actor.group(1).equalsIgnoreCase("xuất trình") ? "Giấy tờ phải xuất trình" : "Giấy tờ phải nộp";
        return HEADING_TAIL.matcher(text).replaceFirst("").strip();
    }

    static DocumentGroup.Kind kindOf(String heading) {
        if (heading.isEmpty() || HEADING_GENERAL.matcher(heading).find()) return DocumentGroup.Kind.GENERAL;
        return HEADING_NOTES.matcher(heading).find() ? DocumentGroup.Kind.NOTES : DocumentGroup.Kind.CASE;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** Cleaned text: sentences apart, no empty or unclosed brackets, no doubled or dangling punctuation. */
    static String tidy(String text) {
        String t = text;
        for (Map.Entry<Pattern, String> rule : TIDY.entrySet()) t = rule.getKey().matcher(t).replaceAll(rule.getValue());
        t = t.strip();
        int open = 0;
        for (char c : t.toCharArray()) open += c == '(' ? 1 : c == ')' ? -1 : 0;
        if (open > 0 && t.lastIndexOf('(') > t.lastIndexOf(')')) t = t.substring(0, t.lastIndexOf('(')).strip();
        if (open < 0 && t.startsWith(")")) t = t.substring(1).strip();
        if (open < 0 && t.endsWith(")")) t = t.substring(0, t.length() - 1).strip();
        return DANGLING.matcher(t).replaceAll("").strip();
    }

    /** The rows under one heading, read into documents and notes once all are known (a later row may continue one). */
    private static final class Builder {
        final String heading;
        final DocumentGroup.Kind kind;
        final List<DocumentRow> rows = new ArrayList<>();

        Builder(String heading) {
            this.heading = heading;
            this.kind = kindOf(heading);
        }

        DocumentGroup build() {
            Map<String, RequiredDocument> documents = new LinkedHashMap<>();
            List<String> notes = new ArrayList<>();
            for (DocumentRow row : rows) {
                String text = tidy(row.text);
                if (STEPS.matcher(text).find()) continue;
                if (text.isEmpty() || INTRODUCES_A_LIST.matcher(row.text).find() && text.length() < 200 && row.originals + row.copies == 0) continue;
                boolean note = kind == DocumentGroup.Kind.NOTES || (row.quantified && row.originals == 0 && row.copies == 0)
                        || NOTE_START.matcher(text).matches();
                if (note) {
                    if (!INTRODUCES_A_LIST.matcher(text).find() && !notes.contains(text)) notes.add(text);
                    continue;
                }
                RequiredDocument document = document(text, row);
                if (document == null) {
                    if (!INTRODUCES_A_LIST.matcher(text).find() && !notes.contains(text)) notes.add(text);
                    continue;
                }
                // The same paper twice: the fuller wording is kept.
                documents.merge(document.identity(), document, (a, b) -> new RequiredDocument(
                        a.name().length() >= b.name().length() ? a.name() : b.name(), Math.max(a.originals(), b.originals()),
                        Math.max(a.copies(), b.copies()), a.form() == null ? b.form() : a.form(), a.condition() == null ? null : b.condition()));
            }
            return new DocumentGroup(heading.isEmpty() ? null : heading, kind, new ArrayList<>(documents.values()), notes);
        }

        /** The paper a row asks for, or null when it is a rule that names none (a legal clause). */
        private static RequiredDocument document(String text, DocumentRow row) {
            Matcher caseStart = CASE_START.matcher(text);
            if (caseStart.lookingAt()) {
                Matcher end = CASE_END.matcher(text);
                if (!end.find(caseStart.end())) return null;
                String condition = lowerFirst(text.substring(0, end.start()).strip());
                String consequence = text.substring(end.end());
                boolean named = PAPER.matcher(consequence).lookingAt() && !consequence.regionMatches(true, 0, "hồ sơ", 0, 5);
                String paper = named ? consequence : askedFor(consequence);
                if (paper == null || !PAPER.matcher(paper).lookingAt() || INTRODUCES_A_LIST.matcher(paper).find()) return null;
                return new RequiredDocument(capitalised(tidy(paper)), row.originals, row.copies, row.form, condition);
            }
            Matcher actor = ACTOR_MUST_BRING.matcher(text);
            if (actor.matches() && PAPER.matcher(actor.group(2)).lookingAt()) {
                return new RequiredDocument(capitalised(tidy(actor.group(2))), row.originals, row.copies, row.form,
                        "đối với " + lowerFirst(actor.group(1)));
            }
            if (RULE_START.matcher(text).lookingAt() && (askedFor(text) == null || INTRODUCES_A_LIST.matcher(text).find())) return null;
            return new RequiredDocument(text, row.originals, row.copies, row.form, null);
        }

        private static String askedFor(String text) {
            for (Pattern verb : List.of(ASKS_FOR, ASKS_FOR_LOOSELY)) {
                Matcher m = verb.matcher(text);
                while (m.find()) {
                    String rest = text.substring(m.end());
                    // "nộp hồ sơ cho …" says where to submit, not what to bring.
                    if (PAPER.matcher(rest).lookingAt() && !rest.regionMatches(true, 0, "hồ sơ", 0, 5)) return rest;
                }
            }
            return null;
        }
    }
}
