package vn.gov.ward.assistant.procedure;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import vn.gov.ward.knowledge.catalogue.RequiredDocument;

/**
 * A procedure's documents in an answer: in the first message the main ones (at most four, each shortened at a clause)
 * or, when every paper is for one case or another, the cases; behind "Xem đủ giấy tờ" every document whole, by case.
 */
final class DocumentReplies {

    private static final int MAIN_DOCUMENTS = 4;
    /** How long a document's line may be in the first message: the shorter limits when the longer do not fit a phone screen. */
    private static final int[] DOCUMENT_LINES = {110, 80, 60};
    /** "(…, nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tuyến)": the way of submitting a form is for. */
    private static final Pattern ONE_WAY = Pattern.compile("\\s\\([^()]*nếu [^()]*hình thức (?:trực tuyến|trực tiếp)[^()]*\\)");
    private static final Pattern WAY = Pattern.compile("trực tuyến|trực tiếp|bưu chính");

    private DocumentReplies() {
    }

    /**
     * The documents' part of the first message, the fullest first, each next one shorter (fewer or shorter lines).
     * Each is made when it is asked for: the fullest usually fits, and shortening the lines is most of an answer's work.
     */
    static Iterator<String> firstMessage(DocumentList documents, String ask) {
        Stream<String> tries = IntStream.range(0, DOCUMENT_LINES.length * MAIN_DOCUMENTS)
                .mapToObj(i -> main(documents, MAIN_DOCUMENTS - i % MAIN_DOCUMENTS, DOCUMENT_LINES[i / MAIN_DOCUMENTS], ask));
        return Stream.concat(tries, Stream.of("📄 Giấy tờ cần chuẩn bị: bấm \"Xem đủ giấy tờ\".")).iterator();
    }

    /** Whether "Xem đủ giấy tờ" shows more than the first answer: documents left out, or shortened. */
    static boolean more(DocumentList documents) {
        List<RequiredDocument> main = documents.main();
        return !documents.all().isEmpty() && (documents.all().size() > Math.min(main.size(), MAIN_DOCUMENTS)
                || !documents.notesWorthReading().isEmpty() || main.stream().anyMatch(d -> !shortLine(d, DOCUMENT_LINES[0]).equals(d.name())));
    }

    private static String main(DocumentList documents, int shown, int lineLimit, String ask) {
        List<RequiredDocument> all = documents.all();
        if (all.isEmpty()) return "📄 Giấy tờ cần chuẩn bị: Cổng Dịch vụ công chưa ghi thành phần hồ sơ" + ask;
        List<RequiredDocument> main = documents.main().stream().limit(shown).toList();
        if (main.isEmpty()) {
            // Every paper is for one case or another: the cases, for the citizen to find theirs.
            List<DocumentList.Section> cases = documents.sections();
            StringBuilder text = new StringBuilder("📄 Giấy tờ cần chuẩn bị tùy trường hợp:");
            cases.stream().limit(shown).forEach(c -> text.append("\n▸ ").append(Clauses.shorten(c.heading(), lineLimit)));
            if (cases.size() > shown) text.append("\n+ ").append(cases.size() - shown).append(" trường hợp khác");
            return text.append("\nBấm \"Xem đủ giấy tờ\" để xem giấy tờ của từng trường hợp.").toString();
        }
        StringBuilder text = new StringBuilder("📄 Giấy tờ cần chuẩn bị:");
        // Two papers that read the same once shortened (the same form for two cases) are one line here.
        List<String> lines = main.stream().map(d -> line(shortLine(d, lineLimit), d)).distinct().toList();
        lines.forEach(l -> text.append("\n• ").append(l));
        int others = all.size() - lines.size();
        if (others > 0) text.append("\n+ ").append(others).append(" giấy tờ khác tùy trường hợp: bấm \"Xem đủ giấy tờ\".");
        return text.toString();
    }

    /**
     * A document shortened at a clause; the portal's "(… nếu … nộp hồ sơ theo hình thức trực tuyến)" said as
     * "(nộp trực tuyến)".
     */
    private static String shortLine(RequiredDocument d, int limit) {
        Matcher way = ONE_WAY.matcher(d.name());
        if (!way.find()) return Clauses.shorten(d.name(), limit);
        List<String> ways = new ArrayList<>();
        Matcher named = WAY.matcher(way.group());
        while (named.find()) if (!ways.contains(named.group())) ways.add(named.group());
        return Clauses.shorten(d.name().substring(0, way.start()), limit) + " (nộp " + String.join(" hoặc ", ways).replace("bưu chính", "qua bưu chính") + ")";
    }

    /** "Xem đủ giấy tờ": every document whole, what everyone brings first, then each case, then a note or two. */
    static List<String> all(DocumentList documents, String title, String empty) {
        List<String> paragraphs = new ArrayList<>();
        if (documents.all().isEmpty()) paragraphs.add(empty);
        boolean several = documents.sections().size() > 1;
        for (DocumentList.Section section : documents.sections()) {
            String heading = section.heading() != null ? section.heading() + ":" : several ? "Giấy tờ chính:" : null;
            List<String> lines = section.documents().stream().map(d -> "• " + line(d.name(), d)
                    + (d.condition() == null ? "" : " — " + d.condition())).toList();
            paragraphs.addAll(Messages.chunks(heading, lines));
        }
        List<String> notes = documents.notesWorthReading().stream().map(n -> "Lưu ý: " + n + ".").toList();
        if (!notes.isEmpty()) paragraphs.add(String.join("\n", notes));
        return Messages.pack(title, paragraphs);
    }

    private static String line(String text, RequiredDocument d) {
        String name = text.replaceAll("[.;,:]+$", "");
        return name + (d.quantity().isEmpty() ? "" : " (" + d.quantity() + ")");
    }

}
