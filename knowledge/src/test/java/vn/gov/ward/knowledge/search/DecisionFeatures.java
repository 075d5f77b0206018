package vn.gov.ward.knowledge.search;

import java.util.List;


/**
 * Dumps, for every dev question, the decision and the features of the candidate it answers with (the best when it does
 * not answer), as TSV, to study the decision on the dev split only.
 */
public final class DecisionFeatures {

    public static void main(String[] args) throws Exception {
        ProcedureSearch search = RealCatalogue.search();
        System.out.println("line\tdecision\tkind\ttags\trank\tlucene\tcov\tanchor\tobject\tunexpl\taction\tunsaid\thead\tfit\tev\tratio2\tquestion");
        for (EvaluationSet.Question q : EvaluationSet.load("dev").questions()) {
            if (q.multi()) continue;
            List<Candidate> ranked = search.explain(q.text());
            if (ranked.isEmpty()) {
                System.out.printf("%d\tDECLINE\t%s\t%s\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t%s%n", q.line(), q.outOfScope() ? "oos" : "empty", q.tags(), q.text());
                continue;
            }
            SearchResult result = search.search(q.text(), 1);
            String answered = result.decision() == Decision.ANSWER && !result.hits().isEmpty() ? result.hits().get(0).procedure().code() : null;
            Candidate c = ranked.stream().filter(r -> r.code().equals(answered)).findFirst().orElse(ranked.get(0));
            String kind = q.outOfScope() ? (q.tags().contains("near-miss") ? "near" : "oos") : q.expected().contains(c.code()) ? "right" : "wrong";
            double ratio = ranked.size() > 1 ? ranked.get(1).rankScore() / c.rankScore() : 0;
            System.out.printf("%d\t%s\t%s\t%s\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.1f\t%.2f\t%s%n", q.line(), result.decision(), kind, String.join(",", q.tags()),
                    c.rankScore(), c.score(), c.coverage(), c.anchor(), c.objectPair(), c.unexplained(), c.fit().action(), c.unsaid(), c.headUnsaid(), c.fit().product(), c.evidence(), ratio, q.text());
        }
    }
}
