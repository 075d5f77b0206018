package vn.gov.ward.knowledge.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import vn.gov.ward.knowledge.search.ParsedQuestion.Concept;
import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/**
 * Re-ranks the index's best hits by what each procedure's title shares with the question,
 * weighted by rarity (see {@link Candidate}).
 */
final class Reranker {

    /** How many of the index's best hits are re-ranked. */
    static final int RERANKED = 20;
    /**
     * How many meaningful syllables open a procedure's name with what it does and to what ("đăng ký
     * kết hôn"), before the qualifiers that many names share ("có yếu tố nước ngoài").
     */
    static final int HEAD_SYLLABLES = 5;

    private final CorpusStatistics statistics;
    private final TypoCorrector typos;

    Reranker(CorpusStatistics statistics, TypoCorrector typos) {
        this.statistics = statistics;
        this.typos = typos;
    }

    List<Candidate> rank(ParsedQuestion parsed, List<ProcedureIndex.Hit> hits) {
        WeighedQuestion question = weigh(parsed);
        OptionalInt age = AgeRule.age(parsed);
        List<Candidate> candidates = new ArrayList<>(hits.size());
        for (ProcedureIndex.Hit hit : hits) {
            ProcedureProfile p = hit.profile();
            boolean wrongAge = age.isPresent() && !AgeRule.applies(p.procedure().name(), age.getAsInt());
            candidates.add(candidate(p, wrongAge ? hit.score() * AgeRule.WRONG_AGE : hit.score(), question));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::rankScore).reversed());
        return candidates;
    }

    /**
     * The question as re-ranking weighs it, once per search rather than per hit.
     *
     * @param known   per concept, the syllable the catalogue uses for it (see {@link TypoCorrector#known}), or null
     * @param weights per concept, its {@link CorpusStatistics#weight}
     * @param pairs   the question's syllable pairs some procedure's title has, with their weights
     * @param total   the sum of all those weights
     * @param said    what the question mentions, its synonyms included
     */
    private record WeighedQuestion(List<Concept> concepts, List<String> known, double[] weights, List<String> pairs,
                                   double[] pairWeights, double total, Set<String> said) {
    }

    private WeighedQuestion weigh(ParsedQuestion parsed) {
        List<Concept> concepts = parsed.concepts();
        List<String> known = concepts.stream().map(c -> typos.known(c.folded())).toList();
        Set<String> said = new HashSet<>(known);
        concepts.forEach(c -> c.alternatives().forEach(said::addAll));
        List<String> pairs = titlePairs(parsed).stream().distinct().toList();
        double total = 0;
        double[] weights = new double[concepts.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = statistics.weight(known.get(i));
            total += weights[i];
        }
        double[] pairWeights = new double[pairs.size()];
        for (int i = 0; i < pairWeights.length; i++) {
            pairWeights[i] = statistics.pairIdf(pairs.get(i));
            total += pairWeights[i];
        }
        return new WeighedQuestion(concepts, known, weights, pairs, pairWeights, total, said);
    }

    private List<String> titlePairs(ParsedQuestion parsed) {
        List<String> pairs = new ArrayList<>();
        for (List<Token> segment : parsed.segments()) {
            for (int i = 0; i + 1 < segment.size(); i++) {
                String a = typos.known(segment.get(i).folded());
                String b = typos.known(segment.get(i + 1).folded());
                if (a != null && b != null && statistics.isTitlePair(a + " " + b)) pairs.add(a + " " + b);
            }
        }
        return pairs;
    }

    /**
     * What this procedure's name and keywords share with the question: the question's syllables they
     * account for, weighted by how rare they are among procedure names (its documents count half; a
     * syllable the catalogue has never seen weighs the most); the rare syllable pairs they share
     * ("khai sinh"); and the share of the name's own weight the question does not mention.
     */
    private static Candidate candidate(ProcedureProfile p, float score, WeighedQuestion q) {
        double covered = 0;
        double anchor = 0;
        double unexplained = 0;
        for (int i = 0; i < q.weights().length; i++) {
            String k = q.known().get(i);
            double weight = q.weights()[i];
            if (k != null && p.title().contains(k) || coversAny(p.title(), q.concepts().get(i).alternatives())) {
                covered += weight;
                anchor = Math.max(anchor, weight);
            } else if (k != null && p.body().contains(k)) {
                covered += weight / 2;
                unexplained = Math.max(unexplained, weight / 2);
            } else {
                unexplained = Math.max(unexplained, weight);
            }
        }
        for (int i = 0; i < q.pairWeights().length; i++) {
            if (p.titlePairs().contains(q.pairs().get(i))) {
                covered += q.pairWeights()[i];
                anchor = Math.max(anchor, q.pairWeights()[i]);
            }
        }
        return new Candidate(p, score, covered, q.total(), anchor, unexplained, p.name().unsaid(q.said()), p.head().unsaid(q.said()));
    }

    private static boolean coversAny(Set<String> title, List<List<String>> alternatives) {
        for (List<String> alternative : alternatives) {
            if (title.containsAll(alternative)) return true;
        }
        return false;
    }
}
