package vn.gov.ward.knowledge.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Re-ranks the index's best hits (and what {@link CandidatePool} adds to them) by what each
 * procedure's title shares with the question, weighted by rarity, and how well it fits what the
 * question asks ({@link FitRules}); a procedure whose name bounds a quantity the question gives otherwise (an
 * age, years of service: {@link DomainRules}) keeps only a share of the index's score; one concerning people the
 * question does not name ({@link Audiences}) fits it less; see {@link Candidate}.
 */
final class Reranker {

    /** How many of the index's best hits are re-ranked. */
    static final int RERANKED = 20;
    /**
     * How many meaningful syllables open a procedure's name with what it does and to what ("đăng ký
     * kết hôn"), before the qualifiers that many names share ("có yếu tố nước ngoài").
     */
    static final int HEAD_SYLLABLES = 5;
    /**
     * The share of its score a procedure keeps when the things it is named by are all said in the story told before
     * the question, none in the last sentence naming a thing ("Tụi em cưới năm ngoái. … Giờ làm khai sinh cho con…").
     */
    static final double TOLD_BEFORE_THE_QUESTION = 0.5;
    /**
     * The share of its score a procedure issuing a paper for the first time keeps when a thing it is named by is said
     * only as what the citizen already holds ("con đã có giấy khai sinh nhưng bỏ trống tên bố…": not the birth
     * registration, nor the birth registration joined with the father's recognition).
     */
    static final double ALREADY_HELD = 0.35;
    /** How far down a procedure doing the action asked is looked for ({@link #promoteTheActionAsked}). */
    static final int PROMOTION_REACH = 4;

    /** A folded syllable as Vietnamese spells them: onset, vowels, ending. "bhxh", "attp", "xd" are not: abbreviations. */
    private static final Pattern VIETNAMESE_SYLLABLE =
            Pattern.compile("(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]+(?:ng|nh|ch|[cmnpt])?");

    private final CandidatePool pool;
    private final FitRules fit;
    private final DomainRules rules;
    private final Audiences audiences;
    private final ObjectWords objects;
    private final Variants variants;
    private final CorpusStatistics statistics;

    Reranker(CandidatePool pool, FitRules fit, Variants variants, ObjectWords objects, DomainRules rules, Audiences audiences,
             CorpusStatistics statistics) {
        this.statistics = statistics;
        this.audiences = audiences;
        this.variants = variants;
        this.pool = pool;
        this.fit = fit;
        this.rules = rules;
        this.objects = objects;
    }

    List<Candidate> rank(ParsedQuestion parsed, WeighedQuestion question, List<ProcedureIndex.Hit> hits) {
        int[] given = rules.given(parsed.tokens());
        Audiences.Named named = audiences.named(parsed.tokens());
        List<ProcedureIndex.Hit> pooled = pool.expand(hits, question);
        Set<String> askedAbout = question.askedAbout(objects::namesObject);
        List<Candidate> candidates = new ArrayList<>(pooled.size());
        for (ProcedureIndex.Hit hit : pooled) {
            ProcedureProfile p = hit.profile();
            Candidate c = candidate(p, (float) (hit.score() * rules.keeps(p.procedure().code(), p.foldedName(), given)), question,
                    audiences.keeps(p.procedure().code(), named));
            // A story told before the question: what the question asks about is named in its last sentence naming a thing.
            boolean onlyInTheStory = !askedAbout.isEmpty() && !c.objectPairs().isEmpty() && Collections.disjoint(c.objectPairs().keySet(), askedAbout);
            if (onlyInTheStory) c = c.keeping(TOLD_BEFORE_THE_QUESTION);
            candidates.add(issuesWhatIsHeld(c, parsed.heldPairs()) ? c.keeping(ALREADY_HELD) : c);
        }
        candidates.sort(Comparator.comparingDouble(Candidate::rankScore).reversed());
        if (!question.actions().isEmpty()) promoteTheActionAsked(candidates);
        return candidates;
    }

    private static boolean issuesWhatIsHeld(Candidate c, Set<String> held) {
        Set<Actions.Action> actions = c.profile().actions();
        return !held.isEmpty() && c.objectPairs().keySet().stream().anyMatch(held::contains)
                && actions.stream().anyMatch(Actions.FIRST_TIME::contains);
    }

    /**
     * When the best procedure does not do what the question asks, and one further down does it to the same object
     * (an object pair of the question both say), that one is meant: "biển số bị mờ, xin đổi biển" asks the exchange,
     * not the first registration.
     */
    private static void promoteTheActionAsked(List<Candidate> candidates) {
        // Only against a best that does another action (or issues anew): one whose name says no action may do any.
        if (candidates.isEmpty() || candidates.get(0).fit().action() >= Actions.NO_ACTION_NAMED) return;
        Set<String> object = candidates.get(0).objectPairs().keySet();
        for (int i = 1; i < Math.min(PROMOTION_REACH, candidates.size()); i++) {
            Candidate c = candidates.get(i);
            if (c.fit().action() == 1 && !Collections.disjoint(object, c.objectPairs().keySet())) {
                candidates.add(0, candidates.remove(i));
                return;
            }
        }
    }

    /**
     * What this procedure's name and keywords share with the question: the question's syllables they
     * account for, weighted by how rare they are among procedure names (its documents count half; a
     * syllable the catalogue has never seen weighs the most; one said in a life event the procedure
     * follows counts fully); the rare syllable pairs they share ("khai sinh"); and the share of the
     * name's own weight the question does not mention.
     */
    private Candidate candidate(ProcedureProfile p, float score, WeighedQuestion q, double audience) {
        String code = p.procedure().code();
        double covered = 0;
        double anchor = 0;
        double unexplained = 0;
        Map<String, Double> explained = new HashMap<>();
        double objectPair = 0;
        Map<String, Double> objectPairs = new HashMap<>();
        for (int i = 0; i < q.weights().length; i++) {
            String k = q.known().get(i);
            double weight = q.weights()[i];
            List<String> standsFor = covering(p.title(), q.concepts().get(i).alternatives());
            if (k != null && p.title().contains(k) || standsFor != null || q.told().toldFor(code, q.concepts().get(i).folded())) {
                covered += weight;
                explained.merge(q.concepts().get(i).folded(), weight, Double::sum);
                anchor = Math.max(anchor, weight);
                // An abbreviation ("bhxh", "attp": no Vietnamese syllable) or a phrase of several syllables ("nhà cấp 4", "sửa
                // lại mái") standing for a phrase of the name names its object as the phrase would; a single word standing for
                // one ("cưới" for "kết hôn", typed "cuoi": also "cười") says less.
                boolean says = standsFor != null && (inPhrase(q.concepts(), i) || !VIETNAMESE_SYLLABLE.matcher(q.concepts().get(i).folded()).matches());
                String named = says ? objectPairIn(standsFor, p.objectPairs()) : null;
                if (named != null) {
                    objectPair = Math.max(objectPair, weight);
                    objectPairs.merge(named, weight, Math::max);
                }
            } else if (k != null && p.body().contains(k)) {
                covered += weight / 2;
                explained.merge(q.concepts().get(i).folded(), weight / 2, Double::sum);
                unexplained = Math.max(unexplained, weight / 2);
            } else {
                unexplained = Math.max(unexplained, weight);
            }
        }
        // What the question denies and the name denies too ("không phải họ hàng" for "… không phải là người thân thích"):
        // the question says what the procedure is for.
        Set<String> saidHere = q.said();
        List<String> deniedAlike = q.deniedPairs().stream().filter(p.deniedInName()::contains).toList();
        if (!deniedAlike.isEmpty()) {
            saidHere = new HashSet<>(q.said());
            for (String pair : deniedAlike) {
                double weight = statistics.pairIdf(pair);
                covered += weight;
                explained.merge(pair, weight, Double::sum);
                anchor = Math.max(anchor, weight);
                saidHere.addAll(List.of(pair.split(" ")));
            }
        }
        for (int i = 0; i < q.pairWeights().length; i++) {
            if (p.titlePairs().contains(q.pairs().get(i))) {
                covered += q.pairWeights()[i];
                explained.merge(q.pairs().get(i), q.pairWeights()[i], Double::sum);
                anchor = Math.max(anchor, q.pairWeights()[i]);
                if (p.objectPairs().contains(q.pairs().get(i)) && !variants.qualifies(code, q.pairs().get(i)) && !p.fieldPairs().contains(q.pairs().get(i))
                        && !q.qualifiedByTheUnknown().contains(q.pairs().get(i))) {
                    objectPair = Math.max(objectPair, q.pairWeights()[i]);
                    objectPairs.merge(q.pairs().get(i), q.pairWeights()[i], Math::max);
                }
            }
        }
        boolean wardPhrase = p.saysWardPhrase(q.syllables());
        boolean told = q.told().leadTo(code);
        // The ward's phrase for it, or a life event that leads to it, says what its name's opening does.
        return new Candidate(p, score, covered, q.total(), anchor, unexplained, objectPair, objectPairs, explained, p.name().unsaid(saidHere),
                wardPhrase || told ? 0 : p.head().unsaid(saidHere), audience < 1 ? fit.fit(p, q).forOthers(audience) : fit.fit(p, q),
                wardPhrase || told);
    }

    /** Whether the i-th concept was said in a phrase of several syllables that synonyms stand for (its neighbour shares them). */
    private static boolean inPhrase(List<ParsedQuestion.Concept> concepts, int i) {
        List<List<String>> alternatives = concepts.get(i).alternatives();
        return i > 0 && concepts.get(i - 1).alternatives().equals(alternatives)
                || i + 1 < concepts.size() && concepts.get(i + 1).alternatives().equals(alternatives);
    }

    /** The first of a concept's alternatives the title has all the syllables of, or null. */
    private static List<String> covering(Set<String> title, List<List<String>> alternatives) {
        for (List<String> alternative : alternatives) {
            if (title.containsAll(alternative)) return alternative;
        }
        return null;
    }

    /** A pair of the phrase that the title says as it is and that names a thing, or null. */
    private static String objectPairIn(List<String> phrase, Set<String> objectPairs) {
        for (int i = 0; i + 1 < phrase.size(); i++) {
            String pair = phrase.get(i) + " " + phrase.get(i + 1);
            if (objectPairs.contains(pair)) return pair;
        }
        return null;
    }
}
