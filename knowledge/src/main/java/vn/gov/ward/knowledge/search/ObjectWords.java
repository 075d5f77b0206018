package vn.gov.ward.knowledge.search;

import java.util.HashSet;
import java.util.Set;

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
        if (actions.isActionPair(pair) || actions.isSaidPair(pair) || paperPairs.contains(pair)) return false;
        int space = pair.indexOf(' ');
        String first = pair.substring(0, space);
        if (HAPPENED.contains(first)) return false;
        String second = pair.substring(space + 1);
        boolean firstDoneOrPaper = papers.contains(first) || actions.words().contains(first);
        boolean secondDoneOrPaper = papers.contains(second) || actions.words().contains(second);
        if (actions.words().contains(first) && PAPER_OPENINGS.contains(second)) return false;
        return !(firstDoneOrPaper && secondDoneOrPaper);
    }
}
