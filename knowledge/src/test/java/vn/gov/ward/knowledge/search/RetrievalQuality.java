package vn.gov.ward.knowledge.search;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** Retrieval figures of one search over one split of the evaluation set. */
record RetrievalQuality(String name, List<Row> rows) {

    /**
     * What a search returned for a question.
     *
     * @param choices how many of the ranked codes were offered (the answer, the choices of a clarification)
     * @param decision null for a search that makes no decision (the baseline)
     */
    record Outcome(List<String> ranked, int choices, Decision decision) {
    }

    /** One question and what the search did with it. */
    record Row(EvaluationSet.Question question, List<String> ranked, int choices, Decision decision) {
        boolean top(int k) {
            return ranked.stream().limit(k).anyMatch(question.expected()::contains);
        }

        /** Declined or referred elsewhere: not answered with a ward procedure. */
        boolean notAnswered() {
            return decision == Decision.DECLINE || decision == Decision.REFER;
        }

        /** Offered as a choice with at least two of the procedures asked. */
        boolean offeredAsChoice() {
            return decision == Decision.CLARIFY && ranked.stream().limit(choices).filter(question.expected()::contains).count() >= 2;
        }
    }

    /** Every question searched, on all cores (the searches are thread-safe): the module's tests wait for the last of these. */
    static RetrievalQuality measure(String name, EvaluationSet set, Function<String, Outcome> search) {
        List<Row> rows = set.questions().parallelStream().map(q -> {
            Outcome outcome = search.apply(q.text());
            return new Row(q, outcome.ranked(), outcome.choices(), outcome.decision());
        }).toList();
        return new RetrievalQuality(name, rows);
    }

    private double share(Predicate<Row> among, Predicate<Row> hit, boolean needsDecision) {
        if (needsDecision && rows.stream().anyMatch(r -> r.decision() == null)) return Double.NaN;
        long n = rows.stream().filter(among).count();
        return n == 0 ? Double.NaN : 100.0 * rows.stream().filter(among).filter(hit).count() / n;
    }

    private double top(int k, Predicate<EvaluationSet.Question> among) {
        return share(r -> r.question().single() && among.test(r.question()), r -> r.top(k), false);
    }

    double top1() { return top(1, q -> true); }
    double top3() { return top(3, q -> true); }
    double top1Accented() { return top(1, q -> !q.plain()); }
    double top1Plain() { return top(1, EvaluationSet.Question::plain); }
    double top1Tagged(String tag) { return top(1, q -> q.tags().contains(tag)); }
    double notAnsweredOutOfScope() { return share(r -> r.question().outOfScope(), Row::notAnswered, true); }
    double notAnsweredNearMiss() { return share(r -> r.question().tags().contains("near-miss"), Row::notAnswered, true); }
    double referredOutOfScope() { return share(r -> r.question().outOfScope(), r -> r.decision() == Decision.REFER, true); }
    double notAnsweredInScope() { return share(r -> r.question().single(), Row::notAnswered, true); }
    double clarifyInScope() { return share(r -> r.question().single(), r -> r.decision() == Decision.CLARIFY, true); }
    double multiOfferedAsChoice() { return share(r -> r.question().multi(), Row::offeredAsChoice, true); }

    long count(Predicate<EvaluationSet.Question> among) {
        return rows.stream().filter(r -> among.test(r.question())).count();
    }

    /** The figures of several runs side by side, one column each. */
    static String table(RetrievalQuality... runs) {
        StringBuilder out = new StringBuilder(String.format("%-40s", "figure (%)"));
        for (RetrievalQuality r : runs) out.append(String.format("%24s", r.name()));
        out.append('\n');
        line(out, "top-1 (in scope)", runs, RetrievalQuality::top1);
        line(out, "top-3 (in scope)", runs, RetrievalQuality::top3);
        line(out, "top-1, accented", runs, RetrievalQuality::top1Accented);
        line(out, "top-1, without tone marks", runs, RetrievalQuality::top1Plain);
        for (String tag : List.of("typo", "teen", "story", "event", "base", "variant", "negated", "action")) {
            line(out, "top-1, " + tag, runs, r -> r.top1Tagged(tag));
        }
        line(out, "out of scope declined or referred", runs, RetrievalQuality::notAnsweredOutOfScope);
        line(out, "  near misses declined or referred", runs, RetrievalQuality::notAnsweredNearMiss);
        line(out, "  out of scope referred", runs, RetrievalQuality::referredOutOfScope);
        line(out, "in scope declined or referred", runs, RetrievalQuality::notAnsweredInScope);
        line(out, "in scope clarified", runs, RetrievalQuality::clarifyInScope);
        line(out, "several asked, offered as a choice", runs, RetrievalQuality::multiOfferedAsChoice);
        return out.toString();
    }

    private static void line(StringBuilder out, String label, RetrievalQuality[] runs, Function<RetrievalQuality, Double> f) {
        out.append(String.format("%-40s", label));
        for (RetrievalQuality r : runs) {
            double v = f.apply(r);
            out.append(String.format("%24s", Double.isNaN(v) ? "n/a" : String.format("%.1f", v)));
        }
        out.append('\n');
    }
}
