package vn.gov.ward.knowledge.search;

import java.util.Map;

/**
 * A procedure the index found, with what its name and keywords share with the question.
 *
 * @param covered     weight of the question's syllables and pairs the procedure accounts for
 * @param total       weight of all of them
 * @param anchor      weight of the rarest one it accounts for ("khai sinh", not "đăng ký")
 * @param unexplained weight of the rarest one it does not ("visa", "karaoke")
 * @param objectPair  weight of the rarest syllable pair of its name or keywords the question says that is not
 *                    merely an action's name ("khai sinh", not "cấp lại"); 0 when the question says none
 * @param objectPairs those pairs, folded, with their weights
 * @param explained   the question's syllables (folded as typed) and syllable pairs it accounts for, with the weight
 *                    each adds to {@code covered}
 * @param unsaid      share of the weight of the procedure's name the question does not mention
 * @param headUnsaid  the same share of the opening of its name (see {@link Reranker#HEAD_SYLLABLES})
 * @param fit         how well what sets it apart from its neighbours fits the question ({@link FitRules})
 * @param told        the question tells a life event that leads to it, or says one of the ward's phrases for it whole
 */
record Candidate(ProcedureProfile profile, float score, double covered, double total, double anchor, double unexplained,
                 double objectPair, Map<String, Double> objectPairs, Map<String, Double> explained, double unsaid, double headUnsaid, FitRules.Fit fit, boolean told) {

    String code() {
        return profile.procedure().code();
    }

    /** The same with only this share of the index's score. */
    Candidate keeping(double share) {
        return new Candidate(profile, (float) (score * share), covered, total, anchor, unexplained, objectPair, objectPairs, explained, unsaid,
                headUnsaid, fit, told);
    }

    double coverage() {
        return total == 0 ? 0 : covered / total;
    }

    /**
     * The index's score, favouring procedures that explain more of the question and, among those,
     * the one whose name says least beyond it: the generic procedure unless the question gives the
     * specialising words.
     */
    double rankScore() {
        double explained = 0.1 + coverage();
        return score * explained * explained * (1 - unsaid / 2) * (1 - headUnsaid / 2) * fit.product();
    }

    /**
     * How sure it is that the question is about this procedure at all. Long questions full of
     * context explain little of themselves yet share a rare word or pair with their procedure;
     * off-topic ones share only common words, or leave their rarest word unexplained, or share only
     * the qualifiers of its name ("người nước ngoài") but not what it does and to what.
     */
    double evidence() {
        // As in rankScore, a tenth is kept: a question may name the act in words the name does not use.
        double headSaid = 0.1 + (1 - headUnsaid);
        return anchor * Math.sqrt(covered * score * headSaid / (1 + unexplained));
    }
}
