package vn.gov.ward.assistant.procedure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens the portal's long sentences for a phone without cutting a word: to the first sentence, then
 * to the last clause that fits (at a semicolon, a colon, a bracket, a comma, or before the words that
 * open a qualifier, "trong trường hợp…", "theo quy định…", or before "hoặc…"). What is shortened is always the
 * start of the text, ending where a clause ends.
 */
final class Clauses {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[\\p{Ll}\\d)])\\.\\s+(?=\\p{Lu})");
    /** Words that open a qualifier: all that follows the first of them qualifies what comes before. */
    private static final Pattern QUALIFIER = Pattern.compile("\\s(?=(?:(trong trường hợp|đối với trường hợp|đối với những trường hợp)|"
            + "theo quy định|ban hành kèm theo|quy định tại)\\s)");
    /** Said where a case a paper is for was cut off. */
    static final String FOR_SOME_CASES = " (tùy trường hợp)";
    /** Clause ends, the strongest first: the last of the strongest kind that fits is taken. */
    private static final List<Pattern> CLAUSE_ENDS = List.of(
            Pattern.compile(";\\s"),
            Pattern.compile("\\s\\(|,\\s|\\s[–-]\\s|\\s(?=hoặc\\s)"));
    /** A list opens after it ("Một trong các giấy tờ sau: A; B; C"): cutting inside would keep one item as if it were all. */
    private static final Pattern LIST_OPENS = Pattern.compile(":\\s");
    /** Words that say what kind of copy, not of what: a clause of only these names no paper ("Bản chính hoặc bản sao có chứng thực"). */
    private static final Pattern COPY_WORDS = Pattern.compile("(?iu)bản chính|bản sao|bản chụp|bản điện tử|có chứng thực|được chứng thực|"
            + "điện tử|từ sổ gốc|hoặc|của|\\p{Punct}");
    private static final Pattern FORM_OF_AN_ACT = Pattern.compile("\\(((?:theo )?[Mm]ẫu(?: số)? [\\p{L}\\d./-]+)\\s+(?:được )?(?:ban hành )?kèm theo [^()]*\\)");
    private static final Pattern TRAILING = Pattern.compile("[\\s,;:–-]+$|(?<=[\\p{L}\\d)])\\.+$");
    /** The shortest a clause may be: shorter ones say too little. */
    private static final int SHORTEST = 24;

    private Clauses() {
    }

    /**
     * The text itself if it fits, else its first sentence if that fits, else the start of that sentence to a clause
     * end; a form's reference to the act that issued it said by the form alone ("(Mẫu CT01)").
     */
    static String shorten(String text, int limit) {
        String t = text.strip();
        if (t.length() <= limit) return t;
        t = withoutActs(t);
        if (t.length() <= limit) return t;
        String sentence = firstSentence(t);
        if (sentence.length() <= limit) return sentence;
        Matcher qualifier = QUALIFIER.matcher(sentence);
        while (qualifier.find()) {
            if (qualifier.start() > limit) break;
            if (qualifier.start() >= SHORTEST && isAClause(sentence.substring(0, qualifier.start()))) {
                return trimmed(sentence.substring(0, qualifier.start())) + (qualifier.group(1) == null ? "" : FOR_SOME_CASES);
            }
        }
        return atAClauseEnd(sentence, limit);
    }

    /**
     * A note that qualifies something already said ("miễn lệ phí … đối với trường hợp …"): its qualifiers are its
     * point, so it is cut only at a clause end, and "…" says that more follows.
     */
    static String shortenNote(String text, int limit) {
        String t = text.strip();
        if (t.length() <= limit) return t;
        String cut = atAClauseEnd(t, limit);
        return cut.length() < t.length() ? cut + "…" : cut;
    }

    private static String atAClauseEnd(String sentence, int limit) {
        Matcher list = LIST_OPENS.matcher(sentence);
        int listStart = list.find() ? list.start() : sentence.length();
        for (Pattern end : CLAUSE_ENDS) {
            int cut = -1;
            Matcher m = end.matcher(sentence);
            while (m.find() && m.start() <= Math.min(limit, listStart)) {
                if (m.start() >= SHORTEST && isAClause(sentence.substring(0, m.start()))) cut = m.start();
            }
            if (cut > 0) return trimmed(sentence.substring(0, cut));
        }
        return sentence;
    }

    /** Brackets closed and a paper named. */
    private static boolean isAClause(String start) {
        return balanced(start) && COPY_WORDS.matcher(start).replaceAll(" ").strip().split("\\s+").length >= 3;
    }

    /** "(Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA)" → "(Mẫu CT01)". */
    static String withoutActs(String text) {
        return FORM_OF_AN_ACT.matcher(text).replaceAll("($1)");
    }

    static String firstSentence(String text) {
        return trimmed(SENTENCE_END.split(text.strip(), 2)[0]);
    }

    private static String trimmed(String text) {
        return TRAILING.matcher(text.strip()).replaceAll("");
    }

    private static boolean balanced(String text) {
        int open = 0;
        for (char c : text.toCharArray()) open += c == '(' ? 1 : c == ')' ? -1 : 0;
        return open == 0;
    }
}
