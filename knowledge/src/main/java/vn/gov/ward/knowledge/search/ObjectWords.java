package vn.gov.ward.knowledge.search;

import java.util.HashSet;
import java.util.Set;

/**
 * Tells the word pairs that say what a procedure is about ("khai sinh", "hộ kinh doanh") from those that
 * only say what is done or name a kind of paper: an action's words ("cấp lại", "mất thẻ"), a paper's name
 * (search/generic-words.txt: "giấy tờ", "giấy phép"), or an action's word beside a paper's ("cấp giấy",
 * "lại thẻ"). A question sharing only such pairs with a procedure is not about it.
 */
final class ObjectWords {

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
     * Whether a folded syllable pair names a thing: not an action's name ("cap lai"), not a paper's name
     * ("giay to"), not a paper beside an action's or a paper's word ("mat the", "cap giay").
     */
    boolean namesObject(String pair) {
        if (actions.isActionPair(pair) || paperPairs.contains(pair)) return false;
        int space = pair.indexOf(' ');
        String first = pair.substring(0, space);
        String second = pair.substring(space + 1);
        boolean firstPaper = papers.contains(first);
        boolean secondPaper = papers.contains(second);
        return !(firstPaper && (secondPaper || actions.words().contains(second)) || secondPaper && actions.words().contains(first));
    }
}
