package vn.gov.ward.knowledge.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a syllable the catalogue never uses was probably meant to be: the catalogue's syllables one
 * edit away (a letter wrong, missing, extra, or two neighbours swapped). Looked up through each
 * known syllable's one-letter deletions, made once; a Levenshtein automaton per typo and field
 * (FuzzyQuery) cost the longest questions a fifth of their time.
 */
final class TypoCorrector {

    /**
     * Two letters have too many neighbours to be a typo of one of them; three are read only as a syllable with a
     * letter more ("sin" for "sinh"): with a letter wrong, extra or swapped they are more often another word than a
     * typo ("com" is "cơm", not "con"; "cao" is "cao").
     */
    private static final int SHORTEST = 3;

    private final CorpusStatistics statistics;
    private final Map<String, List<String>> byDeletion = new HashMap<>();

    TypoCorrector(CorpusStatistics statistics) {
        this.statistics = statistics;
        for (String term : statistics.vocabulary()) {
            for (String key : deletions(term)) byDeletion.computeIfAbsent(key, k -> new ArrayList<>()).add(term);
        }
    }

    /**
     * The syllable if the catalogue uses it, else what it was typed for: its Telex reading, or the neighbour
     * the catalogue uses most in titles (a typo), else null.
     */
    String known(String syllable) {
        if (statistics.isKnown(syllable)) return syllable;
        String best = null;
        for (String term : neighbours(syllable)) {
            if (best == null || statistics.titleDocFreq(term) > statistics.titleDocFreq(best)) best = term;
        }
        String telex = Telex.read(syllable);
        return telex != null && statistics.isKnown(telex) ? telex : best;
    }

    /**
     * The catalogue's syllables a syllable it does not know may stand for: its Telex reading ("kys" for "ký",
     * "giaays" for "giấy": the keyboard's marks left in as letters) and those one edit away, for syllables of
     * three letters or more (of three, only those with a letter more).
     */
    Set<String> neighbours(String syllable) {
        Set<String> found = new LinkedHashSet<>();
        String telex = Telex.read(syllable);
        if (telex != null && statistics.isKnown(telex)) found.add(telex);
        if (syllable.length() < SHORTEST) return found;
        for (String variant : deletions(syllable)) {
            for (String term : byDeletion.getOrDefault(variant, List.of())) {
                if (!term.equals(syllable) && withinOneEdit(term, syllable) && (syllable.length() > SHORTEST || term.length() > syllable.length())) {
                    found.add(term);
                }
            }
        }
        return found;
    }

    /** The word itself and the word with one letter left out, each way. */
    static List<String> deletions(String word) {
        List<String> out = new ArrayList<>(word.length() + 1);
        out.add(word);
        for (int i = 0; i < word.length(); i++) out.add(word.substring(0, i) + word.substring(i + 1));
        return out;
    }

    static boolean withinOneEdit(String a, String b) {
        if (a.length() > b.length()) return withinOneEdit(b, a);
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) i++;
        if (a.length() == b.length()) {
            if (i == a.length()) return true;
            boolean swapped = i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
            return swapped || a.substring(i + 1).equals(b.substring(i + 1));
        }
        return b.length() - a.length() == 1 && a.substring(i).equals(b.substring(i + 1));
    }
}
