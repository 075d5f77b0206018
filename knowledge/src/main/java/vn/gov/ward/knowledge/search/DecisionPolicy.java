package vn.gov.ward.knowledge.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether to answer with the best procedure, offer a few to choose from, refer to another agency, or
 * decline. Not one score against one threshold, but questions a one-stop officer would ask:
 * <ol>
 *   <li>Does the question name another agency's service ({@link Referral}), other than as the purpose of
 *       something ("giấy xác nhận độc thân để đi xuất khẩu lao động" is about the ward's certificate), as a
 *       paper the best procedure asks for ("giấy chứng sinh" when registering a birth), or beside what the best
 *       procedure does and to what ("tích hợp bằng lái vào thẻ căn cước")? Then refer.</li>
 *   <li>Is the best procedure about what the question names: does the question say a word pair of its name
 *       or keywords that is more than an action ("khai sinh", "hộ kinh doanh"; "cấp lại" alone is not),
 *       or tell a life event that leads to it? If not, decline.</li>
 *   <li>Does it do what the question asks to be done ("gia hạn", "cấp lại", "tạm ngừng")? If the question
 *       asks an action and the best procedure does another, the ward has no procedure for it: decline.</li>
 *   <li>Does it account for enough of the question: is its {@link Candidate#evidence} (the rare words they
 *       share against the rarest one left unexplained) above a low floor? If not, decline.</li>
 *   <li>Do other procedures fit about as well? Then offer them as a choice; otherwise answer.</li>
 * </ol>
 */
final class DecisionPolicy {

    static final int MAX_CHOICES = 4;
    /** Below this {@link Candidate#evidence} a procedure that passes the other checks still says too little of the question. */
    static final double EVIDENCE_FLOOR = 15;
    /** A runner-up scoring at least this share of the winner's score makes the question ambiguous. */
    static final double CLARIFY_RATIO = 0.9;

    SearchResult decide(List<Candidate> ranked, List<SearchResult.Hit> hits, int limit, Optional<Referrals.Named> named,
                        Set<String> said) {
        List<SearchResult.Hit> shown = hits.subList(0, Math.min(limit, hits.size()));
        if (named.isPresent() && (ranked.isEmpty() || !answers(ranked.get(0))
                || !named.get().requiredBy(ranked.get(0).profile()) && !named.get().outweighedBy(ranked.get(0), said))) {
            return new SearchResult(Decision.REFER, shown, 0, Optional.of(named.get().referral()));
        }
        if (ranked.isEmpty() || !answers(ranked.get(0))) {
            return new SearchResult(Decision.DECLINE, shown, 0);
        }
        double best = ranked.get(0).rankScore();
        int close = 1;
        while (close < Math.min(MAX_CHOICES, ranked.size())
                && ranked.get(close).rankScore() >= CLARIFY_RATIO * best
                && answers(ranked.get(close))) {
            close++;
        }
        Decision decision = close > 1 ? Decision.CLARIFY : Decision.ANSWER;
        return new SearchResult(decision, shown, Math.min(close, shown.size()));
    }

    private static boolean answers(Candidate c) {
        boolean aboutIt = c.objectPair() > 0 || c.told();
        return aboutIt && !c.fit().otherAction() && c.evidence() >= EVIDENCE_FLOOR;
    }
}
