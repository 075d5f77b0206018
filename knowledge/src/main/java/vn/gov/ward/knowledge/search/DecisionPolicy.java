package vn.gov.ward.knowledge.search;

import java.util.ArrayList;
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
 *   <li>Does the question name the people it concerns, when its name sets them ("… đối với lực lượng Công an nhân
 *       dân": a complaint about the electricity meter is not one against the police; {@link Audiences})? If not, decline.</li>
 *   <li>Does it account for enough of the question: is its {@link Candidate#evidence} (the rare words they
 *       share against the rarest one left unexplained) above a low floor, and, where it is low, does the question
 *       say more of its name and of its opening than a word or two? If not, decline.</li>
 *   <li>Do other procedures fit about as well? Then offer them as a choice; otherwise answer.</li>
 * </ol>
 */
final class DecisionPolicy {

    static final int MAX_CHOICES = 4;
    /** Below this {@link Candidate#evidence} a procedure that passes the other checks still says too little of the question. */
    static final double EVIDENCE_FLOOR = 15;
    /**
     * A procedure whose name's opening the question leaves this share unsaid, and this share of its whole name, with
     * evidence below {@link #SAYS_LITTLE_EVIDENCE}, shares a word or two with the question and no more ("Nhà hàng xóm
     * nuôi chó thả rông cắn người…" is no procedure of the ward's). Read off the dev split's features.
     */
    static final double SAYS_LITTLE_HEAD = 0.9;
    static final double SAYS_LITTLE_NAME = 0.8;
    static final double SAYS_LITTLE_EVIDENCE = 30;
    /** A runner-up scoring at least this share of the winner's score makes the question ambiguous. */
    static final double CLARIFY_RATIO = 0.9;

    /**
     * What was decided, on the candidates behind it.
     *
     * @param ordered the candidates, the choices first
     * @param choices how many of them to offer (one for an answer)
     * @param saidPairs the syllable pairs the question says
     */
    record Verdict(Decision decision, List<Candidate> ordered, int choices, Optional<Referral> referral, Set<String> saidPairs) {
        List<Candidate> offered() {
            return ordered.subList(0, choices);
        }
    }

    Verdict decide(List<Candidate> ranked, Optional<NamedReferral> named, Set<String> said, Set<String> saidPairs) {
        if (named.isPresent() && (ranked.isEmpty() || !answers(ranked.get(0))
                || !named.get().requiredBy(ranked.get(0), said) && !named.get().outweighedBy(ranked.get(0), said))) {
            return new Verdict(Decision.REFER, ranked, 0, Optional.of(named.get().referral()), saidPairs);
        }
        int first = firstAnswering(ranked);
        if (first < 0) return new Verdict(Decision.DECLINE, ranked, 0, Optional.empty(), saidPairs);
        // The choices first (the best that passes, then those about as good that pass too), then the rest.
        List<Integer> order = new ArrayList<>(List.of(first));
        double best = ranked.get(first).rankScore();
        for (int i = first + 1; i < ranked.size() && order.size() < MAX_CHOICES; i++) {
            if (ranked.get(i).rankScore() < CLARIFY_RATIO * best) break;
            if (answers(ranked.get(i))) order.add(i);
        }
        int choices = order.size();
        for (int i = 0; i < ranked.size(); i++) if (!order.contains(i)) order.add(i);
        return new Verdict(choices > 1 ? Decision.CLARIFY : Decision.ANSWER, order.stream().map(ranked::get).toList(), choices,
                Optional.empty(), saidPairs);
    }

    /**
     * The best of the first few procedures that passes the checks: a procedure ranked second that does what
     * the question asks is a better answer than the first that does not. -1 for none.
     */
    private static int firstAnswering(List<Candidate> ranked) {
        for (int i = 0; i < Math.min(MAX_CHOICES, ranked.size()); i++) {
            if (answers(ranked.get(i))) return i;
        }
        return -1;
    }

    /** The question says hardly any of its name, almost nothing of its opening, and little else. */
    private static boolean saysLittleOfIt(Candidate c) {
        return c.headUnsaid() >= SAYS_LITTLE_HEAD && c.unsaid() >= SAYS_LITTLE_NAME && c.evidence() < SAYS_LITTLE_EVIDENCE;
    }

    private static boolean answers(Candidate c) {
        boolean aboutIt = c.objectPair() > 0 || c.told();
        return aboutIt && !c.fit().otherAction() && !c.fit().forOthers() && c.evidence() >= EVIDENCE_FLOOR && !saysLittleOfIt(c);
    }
}
