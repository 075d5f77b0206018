package vn.gov.ward.knowledge.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vn.gov.ward.knowledge.catalogue.DocumentGroup;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.catalogue.RequiredDocument;
import vn.gov.ward.knowledge.catalogue.SubmissionMethod;

/**
 * Finds, in a procedure's own text (requirements, steps, ways of submitting, documents and notes), the
 * sentence that answers a follow-up no aspect word names ("cả hai người có phải có mặt không"): the one
 * sharing the most of the question's meaningful words, weighted by rarity. None when too little matches:
 * then the question is not answered there, and the assistant says so rather than guess.
 */
final class Passages {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;:!?])\\s+|\\n+|\\s+-\\s+|\\s+\\+\\s+");
    /** A passage must share at least this many of the question's meaningful words... */
    private static final int MIN_WORDS = 2;
    /** ...and this share of their weight. */
    private static final double MIN_SHARE = 0.5;
    private static final int MAX_LENGTH = 400;
    /** A word used by at most about a tenth of the procedures says something about which one is meant. */
    private static final double RARE = 2.0;

    private final CorpusStatistics statistics;
    private final Collection<Procedure> procedures;
    /** In how many procedures' own texts each pair of words follows each other: built on first use. */
    private Map<String, Integer> pairFrequency;

    Passages(CorpusStatistics statistics, Collection<Procedure> procedures) {
        this.statistics = statistics;
        this.procedures = procedures;
    }

    Optional<String> find(Procedure p, List<String> questionWords) {
        Set<String> words = new HashSet<>(questionWords);
        double total = words.stream().mapToDouble(statistics::weight).sum();
        if (words.size() < MIN_WORDS || total == 0) return Optional.empty();
        String best = null;
        double bestWeight = 0;
        for (String sentence : sentences(p)) {
            Set<String> said = new HashSet<>(Syllables.folded(sentence));
            int matched = 0;
            double weight = 0;
            for (String w : words) {
                if (said.contains(w)) {
                    matched++;
                    weight += statistics.weight(w);
                }
            }
            if (matched >= MIN_WORDS && weight / total >= MIN_SHARE && weight > bestWeight) {
                best = sentence;
                bestWeight = weight;
            }
        }
        return Optional.ofNullable(best).map(Passages::shortened);
    }

    private static List<String> sentences(Procedure p) {
        List<String> texts = new ArrayList<>();
        if (p.requirements() != null) texts.add(p.requirements());
        if (p.steps() != null) texts.add(p.steps());
        for (SubmissionMethod m : p.submissionMethods()) if (m.description() != null) texts.add(m.description());
        for (DocumentGroup g : p.documentGroups()) {
            g.documents().stream().map(RequiredDocument::name).forEach(texts::add);
            texts.addAll(g.notes());
        }
        List<String> sentences = new ArrayList<>();
        for (String text : texts) {
            for (String s : SENTENCE_END.split(text)) {
                String sentence = s.strip().replaceFirst("^[-+*•]\\s*", "");
                if (sentence.length() > 10) sentences.add(sentence);
            }
        }
        return sentences;
    }

    /**
     * Whether the question may be about the procedure: a passage answers it, a rare word of it is in the procedure's name, or two of its
     * words follow each other in the procedure's own text too, a pair few procedures' texts have. A single syllable
     * of the text is not enough: folded, "tối" (evening) is every form's "tôi".
     */
    boolean relates(Procedure p, List<String> questionWords) {
        if (find(p, questionWords).isPresent()) return true;
        Set<String> name = new HashSet<>(Syllables.folded(p.name()));
        if (questionWords.stream().anyMatch(w -> name.contains(w) && statistics.weight(w) >= RARE)) return true;
        Set<String> own = textPairs(p);
        Map<String, Integer> frequency = pairFrequency();
        int rare = Math.max(1, procedures.size() / 10);
        return pairs(questionWords).stream().anyMatch(pair -> own.contains(pair) && frequency.getOrDefault(pair, 0) <= rare);
    }

    private synchronized Map<String, Integer> pairFrequency() {
        if (pairFrequency == null) {
            Map<String, Integer> frequency = new HashMap<>();
            for (Procedure p : procedures) textPairs(p).forEach(pair -> frequency.merge(pair, 1, Integer::sum));
            pairFrequency = frequency;
        }
        return pairFrequency;
    }

    private static Set<String> textPairs(Procedure p) {
        Set<String> pairs = new HashSet<>();
        for (String sentence : sentences(p)) pairs.addAll(pairs(Syllables.folded(sentence)));
        return pairs;
    }

    private static List<String> pairs(List<String> words) {
        List<String> pairs = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) pairs.add(words.get(i - 1) + " " + words.get(i));
        return pairs;
    }

    /** Whole words only: cut at the last space before the limit. */
    private static String shortened(String sentence) {
        if (sentence.length() <= MAX_LENGTH) return sentence;
        int cut = sentence.lastIndexOf(' ', MAX_LENGTH);
        return sentence.substring(0, cut) + " …";
    }
}
