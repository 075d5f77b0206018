package vn.gov.ward.knowledge.search;

import java.util.Map;

/**
 * A {@link Candidate} with the features a test sets and the others those of a clear answer: it names the
 * procedure ("khai sinh"), explains the whole question and fits what is asked (evidence about 52, above
 * {@link DecisionPolicy#EVIDENCE_FLOOR}).
 */
final class CandidateBuilder {

    private final ProcedureProfile profile;
    private float score = 10;
    private double covered = 10;
    private double total = 10;
    private double anchor = 5;
    private double unexplained;
    private double objectPair = 5;
    private FitRules.Fit fit = new FitRules.Fit(1, 1, 1, 1);
    private boolean told;
    private Map<String, Double> explained = Map.of();
    private Map<String, Double> objectPairs = Map.of();
    private double unsaid;
    private double headUnsaid;

    private CandidateBuilder(ProcedureProfile profile) {
        this.profile = profile;
    }

    static CandidateBuilder about(ProcedureProfile profile) {
        return new CandidateBuilder(profile);
    }

    CandidateBuilder score(float score) {
        this.score = score;
        return this;
    }

    /** The share of the question's weight it explains. */
    CandidateBuilder coverage(double coverage) {
        this.covered = coverage * total;
        return this;
    }

    CandidateBuilder anchor(double anchor) {
        this.anchor = anchor;
        return this;
    }

    CandidateBuilder unexplained(double unexplained) {
        this.unexplained = unexplained;
        return this;
    }

    /** The question says no word pair of its name that is more than an action's. */
    CandidateBuilder noObjectNamed() {
        this.objectPair = 0;
        return this;
    }

    CandidateBuilder action(double action) {
        this.fit = new FitRules.Fit(fit.variant(), action, fit.event(), fit.audience());
        return this;
    }

    /** It concerns people the question does not name, and keeps this share ({@link Audiences}). */
    CandidateBuilder forOthers(double share) {
        this.fit = fit.forOthers(share);
        return this;
    }

    /** What of the question it accounts for, with the weight of each. */
    CandidateBuilder explains(Map<String, Double> explained) {
        this.explained = explained;
        return this;
    }

    /** The word pairs of its name the question says that name its object, each at the object pair's weight. */
    CandidateBuilder namesObjectBy(String... pairs) {
        this.objectPairs = java.util.Arrays.stream(pairs).collect(java.util.stream.Collectors.toMap(p -> p, p -> objectPair));
        return this;
    }

    /** The share of its name's weight, and of its opening's, the question does not say. */
    CandidateBuilder unsaid(double name, double head) {
        this.unsaid = name;
        this.headUnsaid = head;
        return this;
    }

    /** The question tells a life event that leads to it. */
    CandidateBuilder told() {
        this.told = true;
        return this;
    }

    Candidate build() {
        return new Candidate(profile, score, covered, total, anchor, unexplained, objectPair, objectPairs, explained, unsaid, headUnsaid, fit, told);
    }
}
