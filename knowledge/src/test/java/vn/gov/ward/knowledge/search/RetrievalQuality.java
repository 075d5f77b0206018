package vn.gov.ward.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** Retrieval figures of one search over the evaluation set. */
record RetrievalQuality(String name, List<Row> rows) {

    /**
     * What a search returned for a question.
     *
     * @param decision null for a search that makes no decision (the baseline)
     */
    record Outcome(List<String> ranked, Decision decision) {
    }

    /** One question and what the search did with it. */
    record Row(EvaluationSet.Question question, List<String> ranked, Decision decision) {
        boolean top(int k) {
            return ranked.stream().limit(k).anyMatch(question.expected()::contains);
        }
    }

    static RetrievalQuality measure(String name, EvaluationSet set, Function<String, Outcome> search) {
        List<Row> rows = new ArrayList<>();
        for (EvaluationSet.Question q : set.questions()) {
            Outcome outcome = search.apply(q.text());
            rows.add(new Row(q, outcome.ranked(), outcome.decision()));
        }
        return new RetrievalQuality(name, rows);
    }

    double share(Predicate<Row> among, Predicate<Row> hit) {
        return share(among, hit, false);
    }

    private double share(Predicate<Row> among, Predicate<Row> hit, boolean needsDecision) {
        if (needsDecision && rows.stream().anyMatch(r -> r.decision() == null)) return Double.NaN;
        long n = rows.stream().filter(among).count();
        return n == 0 ? Double.NaN : 100.0 * rows.stream().filter(among).filter(hit).count() / n;
    }

    double top1() { return share(r -> !r.question().outOfScope(), r -> r.top(1)); }
    double top3() { return share(r -> !r.question().outOfScope(), r -> r.top(3)); }
    double top1Accented() { return share(r -> !r.question().outOfScope() && !r.question().plain(), r -> r.top(1)); }
    double top1Plain() { return share(r -> !r.question().outOfScope() && r.question().plain(), r -> r.top(1)); }
    double top1Typo() { return share(r -> !r.question().outOfScope() && r.question().tags().contains("typo"), r -> r.top(1)); }
    double declineOutOfScope() { return share(r -> r.question().outOfScope(), r -> r.decision() == Decision.DECLINE, true); }
    double declineInScope() { return share(r -> !r.question().outOfScope(), r -> r.decision() == Decision.DECLINE, true); }
    double clarifyInScope() { return share(r -> !r.question().outOfScope(), r -> r.decision() == Decision.CLARIFY, true); }

    static String table(RetrievalQuality... runs) {
        StringBuilder out = new StringBuilder(String.format("%-34s", "figure (%)"));
        for (RetrievalQuality r : runs) out.append(String.format("%22s", r.name()));
        out.append('\n');
        line(out, "top-1 (in scope)", runs, RetrievalQuality::top1);
        line(out, "top-3 (in scope)", runs, RetrievalQuality::top3);
        line(out, "top-1, accented", runs, RetrievalQuality::top1Accented);
        line(out, "top-1, without tone marks", runs, RetrievalQuality::top1Plain);
        line(out, "top-1, typos/abbreviations", runs, RetrievalQuality::top1Typo);
        line(out, "decline on out-of-scope", runs, RetrievalQuality::declineOutOfScope);
        line(out, "decline on in-scope", runs, RetrievalQuality::declineInScope);
        line(out, "clarify on in-scope", runs, RetrievalQuality::clarifyInScope);
        return out.toString();
    }

    private static void line(StringBuilder out, String label, RetrievalQuality[] runs, Function<RetrievalQuality, Double> f) {
        out.append(String.format("%-34s", label));
        for (RetrievalQuality r : runs) {
            double v = f.apply(r);
            out.append(String.format("%22s", Double.isNaN(v) ? "n/a" : String.format("%.1f", v)));
        }
        out.append('\n');
    }
}
