package vn.gov.ward.knowledge.search;

import java.util.List;

/** Whether to answer with the best procedure, offer a few to choose from, or decline. */
final class DecisionPolicy {

    static final int MAX_CHOICES = 4;
    /** Below this {@link Candidate#evidence} the best hit is a guess: decline. */
    static final double EVIDENCE_BELOW = 30;
    /** A runner-up scoring at least this share of the winner's score makes the question ambiguous. */
    static final double CLARIFY_RATIO = 0.9;

    SearchResult decide(List<Candidate> ranked, List<SearchResult.Hit> hits, int limit) {
        List<SearchResult.Hit> shown = hits.subList(0, Math.min(limit, hits.size()));
        if (ranked.isEmpty() || declines(ranked.get(0))) {
            return new SearchResult(Decision.DECLINE, shown, 0);
        }
        double best = ranked.get(0).rankScore();
        int close = 1;
        while (close < Math.min(MAX_CHOICES, ranked.size())
                && ranked.get(close).rankScore() >= CLARIFY_RATIO * best
                && !declines(ranked.get(close))) {
            close++;
        }
        Decision decision = close > 1 ? Decision.CLARIFY : Decision.ANSWER;
        return new SearchResult(decision, shown, Math.min(close, shown.size()));
    }

    private static boolean declines(Candidate c) {
        return c.evidence() < EVIDENCE_BELOW;
    }
}
