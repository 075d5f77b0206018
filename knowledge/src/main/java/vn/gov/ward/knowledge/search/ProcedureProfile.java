package vn.gov.ward.knowledge.search;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.search.ParsedQuestion.Concept;
import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/**
 * What re-ranking needs of a procedure, worked out once at build time.
 *
 * @param title      folded syllables of its name, keywords and field
 * @param body       folded syllables of its documents and result
 * @param bodyPairs  folded syllable pairs of the same
 * @param titlePairs folded syllable pairs of its name, keywords and field
 * @param namePairs  folded syllable pairs of its name
 * @param name       folded syllables of its name, weighted
 * @param head       the opening of its name: what it does and to what (see {@link Reranker#HEAD_SYLLABLES})
 * @param actions    what its name says it does to its object (issue, reissue, close…)
 */
record ProcedureProfile(Procedure procedure, Set<String> title, Set<String> body, Set<String> bodyPairs, Set<String> titlePairs,
                        Set<String> namePairs, WeightedSyllables name, WeightedSyllables head, Set<Actions.Action> actions) {

    static ProcedureProfile of(ProcedureWords w, QuestionParser parser, CorpusStatistics statistics, Actions actions) {
        // The name read as a question is, so that chat words drop out the same way.
        Set<String> head = new LinkedHashSet<>(parser.parse(w.procedure().name()).concepts().stream()
                .limit(Reranker.HEAD_SYLLABLES).map(Concept::folded).toList());
        List<String> folded = w.name().stream().map(Token::folded).toList();
        Set<String> name = new HashSet<>(folded);
        Set<String> namePairs = new HashSet<>();
        for (int i = 0; i + 1 < folded.size(); i++) namePairs.add(folded.get(i) + " " + folded.get(i + 1));
        return new ProcedureProfile(w.procedure(), w.title(), w.body(), w.bodyPairs(), w.titlePairs(), Set.copyOf(namePairs),
                WeightedSyllables.of(name, statistics), WeightedSyllables.of(head, statistics), actions.ofName(w.procedure().name()));
    }

    /** Syllables weighted by how rare they are among procedure titles, and the sum of the weights. */
    record WeightedSyllables(String[] folded, double[] weights, double total) {

        static WeightedSyllables of(Collection<String> folded, CorpusStatistics statistics) {
            String[] all = folded.toArray(String[]::new);
            double[] weights = new double[all.length];
            double total = 0;
            for (int i = 0; i < all.length; i++) {
                weights[i] = statistics.titleIdf(all[i]);
                total += weights[i];
            }
            return new WeightedSyllables(all, weights, total);
        }

        /** The share of the weight the question does not mention; none for no syllables. */
        double unsaid(Set<String> said) {
            double unsaid = 0;
            for (int i = 0; i < folded.length; i++) {
                if (!said.contains(folded[i])) unsaid += weights[i];
            }
            return total == 0 ? 0 : unsaid / total;
        }
    }
}
