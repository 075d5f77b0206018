package vn.gov.ward.knowledge.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;


/**
 * Prints what the search saw in each question given (one per line of a file, or as arguments): the
 * parsed question and the ranked candidates with their features. For tuning on the dev split:
 * {@code mvn -q -pl knowledge test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.gov.ward.knowledge.search.SearchExplainer -Dexec.args="questions.txt"}.
 */
public final class SearchExplainer {

    public static void main(String[] args) throws Exception {
        ProcedureSearch search = RealCatalogue.search();
        List<String> questions = args.length == 1 && Files.exists(Path.of(args[0])) ? Files.readAllLines(Path.of(args[0])) : List.of(args);
        for (String q : questions) {
            if (q.isBlank()) continue;
            SearchResult result = search.search(q, 5);
            System.out.printf("%n== %s%n   %s %s %s%n", q, result.decision(), result.hits().stream().map(h -> h.procedure().code()).toList(),
                    search.parse(q).concepts().stream().map(c -> c.folded() + (c.denial() == ParsedQuestion.Denial.NONE ? "" : "/" + c.denial())).toList());
            List<Candidate> ranked = search.explain(q);
            search.referralNamed(q).ifPresent(n -> System.out.printf("   names referral %s %s weight %.2f%s%n", n.referral().id(), n.words(), n.weight(),
                    ranked.isEmpty() ? "" : " outweighed by the first: " + n.outweighedBy(ranked.get(0), search.parse(q).said())));
            for (Candidate c : ranked.stream().limit(6).toList()) {
                System.out.printf("   %-9s rank %7.2f lucene %6.2f cov %.2f anchor %.2f obj %.2f unexpl %.2f unsaid %.2f head %.2f fit %.2f ev %6.1f  %s%n",
                        c.code(), c.rankScore(), c.score(), c.coverage(), c.anchor(), c.objectPair(), c.unexplained(), c.unsaid(), c.headUnsaid(), c.fit().product(),
                        c.evidence(), c.profile().procedure().name().substring(0, Math.min(90, c.profile().procedure().name().length())));
                if (Boolean.getBoolean("explain.words")) System.out.printf("             pairs %s explained %s %s%n", c.objectPairs(), c.explained(), c.fit());
            }
        }
    }
}
