package vn.gov.ward.knowledge.search;

import java.util.List;
import java.util.Optional;

import vn.gov.ward.knowledge.catalogue.Procedure;

/**
 * Ranked procedures for a question and what to do with them.
 *
 * @param hits        best first
 * @param choiceCount how many of the first hits to offer: one for an answer, two to four when
 *                    clarifying, none when declining or referring
 * @param referral    who handles the service asked, when the decision is {@link Decision#REFER}
 */
public record SearchResult(Decision decision, List<Hit> hits, int choiceCount, Optional<Referral> referral) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    public SearchResult(Decision decision, List<Hit> hits, int choiceCount) {
        this(decision, hits, choiceCount, Optional.empty());
    }

    /**
     * @param score    the ranking score: BM25 over several fields, re-weighted by how much of the
     *                 question the procedure explains (comparable within one search only)
     * @param coverage share of the question's meaningful words (weighted by rarity) that this
     *                 procedure's name and keywords account for, 0 to 1
     */
    public record Hit(Procedure procedure, float score, double coverage) {
    }

    /** The hits offered as choices when clarifying, or the single answer. */
    public List<Hit> choices() {
        return hits.subList(0, choiceCount);
    }
}
