package vn.gov.ward.knowledge.search;

import java.util.List;


/** Dumps every re-ranked candidate's features for the in-scope questions of one split, as TSV, to study the ranking. */
public final class RankingFeatures {

    public static void main(String[] args) throws Exception {
        ProcedureSearch search = RealCatalogue.search();
        System.out.println("line\tpos\tlabel\tlucene\tcov\tanchor\tobject\tunexpl\tunsaid\thead\tvariant\taction\tevent\ttold\tcovered\ttotal");
        for (EvaluationSet.Question q : EvaluationSet.load(args.length > 0 ? args[0] : "dev").questions()) {
            if (q.multi() || q.outOfScope()) continue;
            List<Candidate> ranked = search.explain(q.text());
            for (int i = 0; i < ranked.size(); i++) {
                Candidate c = ranked.get(i);
                System.out.printf("%d\t%d\t%d\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%d\t%.4f\t%.4f%n", q.line(), i,
                        q.expected().contains(c.code()) ? 1 : 0, c.score(), c.coverage(), c.anchor(), c.objectPair(), c.unexplained(),
                        c.unsaid(), c.headUnsaid(), c.fit().variant(), c.fit().action(), c.fit().event(), c.told() ? 1 : 0, c.covered(), c.total());
            }
        }
    }
}
