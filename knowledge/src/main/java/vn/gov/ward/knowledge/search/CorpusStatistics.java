package vn.gov.ward.knowledge.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How many procedures use each syllable and syllable pair, and so how much one says about which
 * procedure is meant: the rarer, the more.
 */
final class CorpusStatistics {

    private final int size;
    /** Procedures whose name, keywords or field use the syllable. */
    private final Map<String, Integer> titleDocFreq = new HashMap<>();
    /** Procedures whose title or body use it. */
    private final Map<String, Integer> docFreq = new HashMap<>();
    private final Map<String, Integer> pairDocFreq = new HashMap<>();
    private final Set<String> vocabulary = new HashSet<>();
    private final Set<String> tonedTitlePairs = new HashSet<>();

    CorpusStatistics(Collection<ProcedureWords> procedures) {
        this.size = procedures.size();
        for (ProcedureWords p : procedures) {
            p.title().forEach(t -> titleDocFreq.merge(t, 1, Integer::sum));
            p.titlePairs().forEach(t -> pairDocFreq.merge(t, 1, Integer::sum));
            tonedTitlePairs.addAll(p.tonedTitlePairs());
            Set<String> all = new HashSet<>(p.title());
            all.addAll(p.body());
            all.forEach(t -> docFreq.merge(t, 1, Integer::sum));
            vocabulary.addAll(all);
        }
    }

    int size() {
        return size;
    }

    /** Every folded syllable some procedure's title or body uses. */
    Set<String> vocabulary() {
        return vocabulary;
    }

    boolean isKnown(String syllable) {
        return vocabulary.contains(syllable);
    }

    int titleDocFreq(String syllable) {
        return titleDocFreq.getOrDefault(syllable, 0);
    }

    boolean isTitlePair(String pair) {
        return pairDocFreq.containsKey(pair);
    }

    /**
     * Whether some title says this pair with these marks ({@link vn.gov.ward.knowledge.analysis.VietnameseText#toned}):
     * "lập hồ sơ" typed with its marks says no "lập hộ" of "thành lập hộ kinh doanh".
     */
    boolean isTonedTitlePair(String tonedPair) {
        return tonedTitlePairs.contains(tonedPair);
    }

    /** How rare a syllable is among procedure titles. */
    double titleIdf(String syllable) {
        return idf(titleDocFreq(syllable));
    }

    double pairIdf(String pair) {
        return idf(pairDocFreq.getOrDefault(pair, 0));
    }

    /**
     * How much a question's syllable says about which procedure is meant: the rarer in the
     * catalogue's texts, the more; one it never uses (null), the most. Numbers (ages, years) are context.
     */
    double weight(String known) {
        if (known == null) return idf(0);
        return known.chars().allMatch(Character::isDigit) ? 0 : idf(docFreq.getOrDefault(known, 0));
    }

    private double idf(int docFreq) {
        return Math.log(1 + (size - docFreq + 0.5) / (docFreq + 0.5));
    }
}
