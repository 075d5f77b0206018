package vn.gov.ward.knowledge.search;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/**
 * Turns a parsed question into one Lucene query: a SHOULD clause per syllable and syllable pair
 * and field, at the strongest weight the question gives it; exact-accent clauses only for what was
 * typed with marks; the words a typo may have meant; the synonyms' phrases, weighing less.
 */
final class QueryBuilder {

    private static final int MAX_QUESTION_SYLLABLES = 48;
    private static final float SYNONYM_WEIGHT = 0.6f;
    private static final float TYPO_WEIGHT = 0.8f;

    private final ProcedureIndex index;
    private final CorpusStatistics statistics;
    private final TypoCorrector typos;

    QueryBuilder(ProcedureIndex index, CorpusStatistics statistics, TypoCorrector typos) {
        this.index = index;
        this.statistics = statistics;
        this.typos = typos;
    }

    Query build(ParsedQuestion parsed) {
        Map<Query, Float> clauses = new LinkedHashMap<>();
        int budget = MAX_QUESTION_SYLLABLES;
        for (List<Token> segment : parsed.segments()) {
            if (budget <= 0) break;
            List<Token> tokens = segment.subList(0, Math.min(segment.size(), budget));
            budget -= tokens.size();
            List<String> exact = tokens.stream().map(Token::exact).toList();
            List<String> folded = tokens.stream().map(Token::folded).toList();
            // A plain word says nothing about accents.
            if (!tokens.stream().allMatch(Token::plain)) {
                addTerms(clauses, tokens.stream().filter(t -> !t.plain()).map(Token::exact).toList(), 1f,
                        IndexField.NAME_EXACT, IndexField.KEYWORDS_EXACT);
                addPairs(clauses, exact, 1f, IndexField.NAME_EXACT_PAIRS, IndexField.KEYWORDS_EXACT_PAIRS);
            }
            addTerms(clauses, folded, 1f, IndexField.NAME, IndexField.KEYWORDS, IndexField.BODY);
            addPairs(clauses, folded, 1f, IndexField.NAME_PAIRS, IndexField.KEYWORDS_PAIRS, IndexField.BODY_PAIRS);
            // A typo: the words it may have meant, and the pairs they make with its neighbours ("khai snih").
            for (int i = 0; i < folded.size(); i++) {
                if (statistics.isKnown(folded.get(i))) continue;
                for (String meant : typos.neighbours(folded.get(i))) {
                    for (IndexField f : List.of(IndexField.NAME, IndexField.KEYWORDS)) addTerm(clauses, f, meant, TYPO_WEIGHT);
                    for (IndexField f : List.of(IndexField.NAME_PAIRS, IndexField.KEYWORDS_PAIRS, IndexField.BODY_PAIRS)) {
                        if (i > 0) addTerm(clauses, f, folded.get(i - 1) + " " + meant, TYPO_WEIGHT);
                        if (i + 1 < folded.size()) addTerm(clauses, f, meant + " " + folded.get(i + 1), TYPO_WEIGHT);
                    }
                }
            }
        }
        for (List<String> expansion : parsed.expansions()) {
            addTerms(clauses, expansion, SYNONYM_WEIGHT, IndexField.NAME, IndexField.KEYWORDS);
            addPairs(clauses, expansion, SYNONYM_WEIGHT, IndexField.NAME_PAIRS, IndexField.KEYWORDS_PAIRS);
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        clauses.entrySet().stream().limit(IndexSearcher.getMaxClauseCount())
                .forEach(c -> builder.add(new BoostQuery(c.getKey(), c.getValue()), BooleanClause.Occur.SHOULD));
        return builder.build();
    }

    private void addTerms(Map<Query, Float> clauses, Collection<String> syllables, float weight, IndexField... fields) {
        for (String s : syllables) {
            for (IndexField f : fields) addTerm(clauses, f, s, weight);
        }
    }

    private void addPairs(Map<Query, Float> clauses, List<String> syllables, float weight, IndexField... fields) {
        for (int i = 0; i + 1 < syllables.size(); i++) {
            String pair = syllables.get(i) + " " + syllables.get(i + 1);
            for (IndexField f : fields) addTerm(clauses, f, pair, weight);
        }
    }

    private void addTerm(Map<Query, Float> clauses, IndexField f, String term, float weight) {
        TermQuery query = index.termQuery(f, term);
        if (query != null) clauses.merge(query, f.boost * weight, Math::max);
    }
}
