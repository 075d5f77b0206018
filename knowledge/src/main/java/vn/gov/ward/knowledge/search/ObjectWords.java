package vn.gov.ward.knowledge.search;

import java.util.HashSet;
import java.util.Set;

import vn.gov.ward.knowledge.analysis.VietnameseText;

/**
 * Tells the word pairs that say what a procedure is about ("khai sinh", "hộ kinh doanh") from those made only
 * of the words of actions' names ("cấp lại", "báo mất") and of generic words (search/generic-words.txt: papers
 * and happenings, "giấy tờ", "bị"): "bị mất", "mất thẻ", "cấp giấy". A question sharing only such pairs with a
 * procedure is not about it.
 */
final class ObjectWords {

    /**
     * Folded words that say what follows has just happened ("mới", "vừa": just; "được": was given): "mới sinh", "vừa
     * mua", "được giao" tell a happening, whatever word follows, not a thing a procedure is about.
     */
    private static final Set<String> HAPPENED = Set.of("moi", "vua", "duoc");
    /**
     * Folded first words of papers named in two words ("chứng nhận", "chứng chỉ", "văn bản", "tờ khai", "biên bản",
     * "quyết định") that open no thing a procedure is about: after an action's last word they name nothing ("lại chứng"
     * of "cấp lại chứng nhận"). Not "hồ" of "hồ sơ": folded it is the "hộ" of "hộ chiếu".
     */
    private static final Set<String> PAPER_OPENINGS = Set.of("chung", "van", "to", "bien", "quyet");
    /**
     * Words of a name, as written, that only say when ("đã", "đang", "sẽ", "chưa"): a pair with one names no thing ("Nam đã"
     * of "công dân Việt Nam đã được giải quyết…", which a football score's "Việt Nam đá với Thái Lan" types plain; "chưa
     * đăng" of "người lớn chưa đăng ký khai sinh", which a boy of 17 not yet registered for military service says).
     */
    private static final Set<String> TENSE = Set.of(VietnameseText.toned("đã"), VietnameseText.toned("đang"), VietnameseText.toned("sẽ"),
            VietnameseText.toned("chưa"));

    private final Set<String> papers = new HashSet<>();
    private final Set<String> paperPairs = new HashSet<>();
    private final Actions actions;

    ObjectWords(Actions actions) {
        this.actions = actions;
        for (String line : Lexicon.read("/search/generic-words.txt")) {
            Phrase phrase = Phrase.of(line);
            if (phrase.length() == 1) papers.add(phrase.folded().get(0));
            for (int i = 0; i + 1 < phrase.length(); i++) paperPairs.add(phrase.folded().get(i) + " " + phrase.folded().get(i + 1));
        }
    }

    /**
     * Whether a folded syllable pair names a thing: it has a word that is neither an action's nor a generic one, it
     * does not open with a word saying what follows has just happened, and it is not an action's last word before the
     * first word of a paper ("lại chứng" of "cấp lại chứng nhận", "cấp lại chứng chỉ").
     */
    boolean namesObject(String pair) {
        int space = pair.indexOf(' ');
        return namesObject(pair, pair.substring(0, space), pair.substring(space + 1), actions.words());
    }

    /**
     * The same for a pair written with its marks ({@link VietnameseText#toned}, as a procedure's title has it): its
     * words are actions' only as written ("lập hội" of "Thành lập hội" and "trợ cấp" name things; "hồi" of "thu hồi"
     * and "trở" of "hoạt động trở lại" are actions' words).
     */
    boolean namesObjectAsWritten(String tonedPair) {
        int space = tonedPair.indexOf(' ');
        String first = tonedPair.substring(0, space);
        String second = tonedPair.substring(space + 1);
        String foldedPair = foldedPair(tonedPair);
        if (TENSE.contains(first) || TENSE.contains(second)) return false;
        // Beside a generic word the pair is read as a question typed plain would say it: "của bộ" is "của bổ" too.
        if (papers.contains(folded(first)) || papers.contains(folded(second))) return namesObject(foldedPair);
        return namesObject(foldedPair, first, second, actions.tonedWords());
    }

    private boolean namesObject(String foldedPair, String first, String second, Set<String> actionWords) {
        if (actions.isActionPair(foldedPair) || actions.isSaidPair(foldedPair) || paperPairs.contains(foldedPair)) return false;
        String firstFolded = folded(first);
        if (HAPPENED.contains(firstFolded)) return false;
        boolean firstDoneOrPaper = papers.contains(firstFolded) || actionWords.contains(first);
        boolean secondDoneOrPaper = papers.contains(folded(second)) || actionWords.contains(second);
        if (actionWords.contains(first) && PAPER_OPENINGS.contains(folded(second))) return false;
        return !(firstDoneOrPaper && secondDoneOrPaper);
    }

    /** A pair written with its marks ({@link VietnameseText#toned}), folded: "lập hội" as written is "lap hoi". */
    static String foldedPair(String tonedPair) {
        int space = tonedPair.indexOf(' ');
        return folded(tonedPair.substring(0, space)) + " " + folded(tonedPair.substring(space + 1));
    }

    /** A syllable folded from its written form ({@link VietnameseText#toned} keeps the folded one before a slash). */
    private static String folded(String syllable) {
        int slash = syllable.indexOf('/');
        return slash < 0 ? syllable : syllable.substring(0, slash);
    }
}
