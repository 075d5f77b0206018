package vn.gov.ward.knowledge.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import vn.gov.ward.knowledge.analysis.VietnameseText;
import vn.gov.ward.knowledge.search.ParsedQuestion.Concept;
import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/**
 * A question as re-ranking weighs it, once per search rather than per candidate.
 *
 * @param concepts    its meaningful syllables, those denied outright left out
 * @param known       per concept, the syllable the catalogue uses for it (see {@link TypoCorrector#known}), or null
 * @param weights     per concept, its {@link CorpusStatistics#weight}
 * @param pairs       its syllable pairs some procedure's title has, with their weights
 * @param total       the sum of all those weights
 * @param said        what it mentions, its synonyms included
 * @param saidPairs   the syllable pairs it says
 * @param denied      what it denies, qualifier denials included ({@link ParsedQuestion.Denial})
 * @param actions     what it asks to be done to an object
 * @param told        the life events it tells ({@link ToldEvents})
 * @param syllables   its folded syllables in order
 * @param sentences   per sentence, what it asks done and the syllable pairs it says
 * @param qualifiedByTheUnknown its pairs (of {@code pairs}) it says only followed by a word the catalogue does not
 *                    know, not even as a typo ("tài khoản Facebook"): a thing of the same kind, but not the one any
 *                    procedure is about
 * @param done        the folded syllables after each "đã" it says, within its clause ("đã đăng ký kết hôn rồi")
 */
record WeighedQuestion(List<Concept> concepts, List<String> known, double[] weights, List<String> pairs, double[] pairWeights,
                       double total, Set<String> said, Set<String> saidPairs, Set<String> denied, Set<String> deniedPairs,
                       Set<Actions.Action> actions, ToldEvents told, List<String> syllables, List<Sentence> sentences,
                       Set<String> qualifiedByTheUnknown, List<List<String>> done) {

    /**
     * One sentence: the actions it asks, the folded syllable pairs it says, and those of them made of two
     * meaningful syllables (no chat words).
     */
    record Sentence(Set<Actions.Action> actions, Set<String> pairs, Set<String> meaningfulPairs) {
        boolean says(Predicate<String> pair) {
            return pairs.stream().anyMatch(pair);
        }
    }

    /**
     * What the question asks done to the thing a procedure is about: what the sentences saying that thing ask, and
     * those saying no thing at all ("…sổ lưu bị hư hết. Giờ muốn làm lại thì làm sao?"), but not what a sentence
     * about something else asks ("Em mới nghỉ làm công ty. Có cần đăng ký hộ kinh doanh không?" asks no withdrawal).
     * All of them when no sentence says the procedure's thing.
     *
     * @param itsObject whether a pair names the procedure's thing
     * @param anObject  whether a pair of meaningful syllables names a thing (not an action, not a paper)
     */
    Set<Actions.Action> actionsOn(Predicate<String> itsObject, Predicate<String> anObject) {
        if (actions.isEmpty() || sentences.size() < 2 || sentences.stream().noneMatch(s -> s.says(itsObject))) return actions;
        Set<Actions.Action> on = EnumSet.noneOf(Actions.Action.class);
        for (Sentence s : sentences) {
            if (s.says(itsObject) || s.meaningfulPairs().stream().noneMatch(anObject)) on.addAll(s.actions());
        }
        if (!on.isEmpty()) return on;
        // Its sentences ask nothing done: the story goes on about it after them ("Tôi làm hòa giải viên… Năm nay tuổi cao,
        // tôi muốn xin nghỉ…"); what sentences before them ask is about something else.
        boolean after = false;
        for (Sentence s : sentences) {
            if (after) on.addAll(s.actions());
            after |= s.says(itsObject);
        }
        return on;
    }

    /**
     * The pairs naming a thing said in the sentence that asks about one: the last sentence saying such a pair, of a
     * question of several sentences; empty for one sentence, or when none says one.
     */
    Set<String> askedAbout(Predicate<String> anObject) {
        if (sentences.size() < 2) return Set.of();
        for (int i = sentences.size() - 1; i >= 0; i--) {
            Set<String> things = new HashSet<>();
            for (String pair : sentences.get(i).meaningfulPairs()) if (anObject.test(pair)) things.add(pair);
            if (!things.isEmpty()) return things;
        }
        return Set.of();
    }

    static WeighedQuestion of(ParsedQuestion parsed, CorpusStatistics statistics, TypoCorrector typos, Actions actions,
                              LifeEvents events) {
        List<Concept> concepts = parsed.concepts().stream().filter(c -> !c.denied()).toList();
        Map<String, String> readInPairs = new HashMap<>();
        List<String> pairs = titlePairs(parsed, statistics, typos, readInPairs).stream().distinct().toList();
        List<String> known = concepts.stream().map(c -> readInPairs.getOrDefault(c.folded(), typos.known(c.folded()))).toList();
        Set<String> said = parsed.said();
        known.stream().filter(k -> k != null).forEach(said::add);
        double total = 0;
        double[] weights = new double[concepts.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = statistics.weight(known.get(i));
            total += weights[i];
        }
        double[] pairWeights = new double[pairs.size()];
        for (int i = 0; i < pairWeights.length; i++) {
            pairWeights[i] = statistics.pairIdf(pairs.get(i));
            total += pairWeights[i];
        }
        // Words no procedure uses, nor a typo of one; numbers are context, not words.
        Set<String> unknown = new HashSet<>();
        for (int i = 0; i < concepts.size(); i++) {
            String folded = concepts.get(i).folded();
            if (known.get(i) == null && folded.chars().noneMatch(Character::isDigit)) unknown.add(folded);
        }
        List<String> syllables = parsed.tokens().stream().map(Token::folded).toList();
        return new WeighedQuestion(concepts, known, weights, pairs, pairWeights, total, said, parsed.saidPairs(),
                parsed.denied(ParsedQuestion.Denial.QUALIFIER), parsed.deniedPairs(ParsedQuestion.Denial.QUALIFIER),
                actions.ofQuestion(parsed.tokens(), 0, parsed.tokens().size(), parsed.unaskedTokens(), parsed.clauseStarts()), ToldEvents.of(parsed, events, actions), syllables,
                sentences(parsed, actions),
                qualifiedByTheUnknown(pairs, syllables, unknown), done(parsed));
    }

    /** How many syllables after "đã" say what was done. */
    private static final int DONE_SCOPE = 5;

    private static List<List<String>> done(ParsedQuestion parsed) {
        List<List<String>> done = new ArrayList<>();
        List<Token> tokens = parsed.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.exact().equals("đã") && !(t.plain() && t.folded().equals("da"))) continue;
            List<String> after = new ArrayList<>();
            for (int k = i + 1; k < tokens.size() && after.size() < DONE_SCOPE && !parsed.clauseStarts().contains(k); k++) {
                after.add(tokens.get(k).folded());
            }
            if (!after.isEmpty()) done.add(after);
        }
        return done;
    }

    /** Whether it says done what this phrase says is not yet done ("đã đăng ký kết hôn" for "chưa đăng ký kết hôn"). */
    boolean saysDone(List<String> notYet) {
        return done.stream().anyMatch(d -> d.size() >= notYet.size() && d.subList(0, notYet.size()).equals(notYet));
    }

    /** The pairs said only followed by an unknown word ("tài khoản Facebook"), once per question rather than per candidate. */
    private static Set<String> qualifiedByTheUnknown(List<String> pairs, List<String> syllables, Set<String> unknown) {
        Set<String> qualified = new HashSet<>();
        for (String pair : pairs) {
            boolean said = false;
            boolean always = true;
            for (int i = 0; i + 1 < syllables.size() && always; i++) {
                if (!pair.equals(syllables.get(i) + " " + syllables.get(i + 1))) continue;
                said = true;
                always = i + 2 < syllables.size() && unknown.contains(syllables.get(i + 2));
            }
            if (said && always) qualified.add(pair);
        }
        return qualified;
    }

    private static List<Sentence> sentences(ParsedQuestion parsed, Actions actions) {
        Set<String> meaningful = new HashSet<>();
        parsed.concepts().forEach(c -> meaningful.add(c.folded()));
        List<Sentence> sentences = new ArrayList<>();
        for (int[] span : parsed.sentenceSpans()) {
            List<Token> tokens = parsed.tokens().subList(span[0], span[1]);
            Set<String> pairs = new HashSet<>();
            Set<String> meaningfulPairs = new HashSet<>();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                String pair = tokens.get(i).folded() + " " + tokens.get(i + 1).folded();
                pairs.add(pair);
                if (meaningful.contains(tokens.get(i).folded()) && meaningful.contains(tokens.get(i + 1).folded())) meaningfulPairs.add(pair);
            }
            Set<Actions.Action> asked = actions.ofQuestion(parsed.tokens(), span[0], span[1], parsed.unaskedTokens(), parsed.clauseStarts());
            sentences.add(new Sentence(asked.isEmpty() ? Set.of() : EnumSet.copyOf(asked), pairs, meaningfulPairs));
        }
        return sentences;
    }

    /**
     * The syllable pairs of the question some procedure's title has. A syllable no title uses is read as the
     * neighbour that makes such a pair with the syllable beside it ("khia sinh" is "khai sinh": "khía" is a
     * word, but of no title); the readings so made are kept for the concepts.
     */
    private static List<String> titlePairs(ParsedQuestion parsed, CorpusStatistics statistics, TypoCorrector typos,
                                           Map<String, String> readInPairs) {
        List<String> pairs = new ArrayList<>();
        for (List<Token> segment : parsed.segments()) {
            for (int i = 0; i + 1 < segment.size(); i++) {
                String a = segment.get(i).folded();
                String b = segment.get(i + 1).folded();
                String pair = titlePair(readings(a, statistics, typos), readings(b, statistics, typos), statistics);
                if (pair == null || saysOtherMarks(segment.get(i), segment.get(i + 1), pair, statistics)) continue;
                pairs.add(pair);
                String[] read = pair.split(" ");
                if (!read[0].equals(a)) readInPairs.putIfAbsent(a, read[0]);
                if (!read[1].equals(b)) readInPairs.putIfAbsent(b, read[1]);
            }
        }
        return pairs;
    }

    /**
     * Whether two syllables typed with their marks are, as typed, no title's pair, though folded they are one: the
     * marks a citizen types are meant ("lập hồ sơ" is not "thành lập hộ kinh doanh").
     */
    private static boolean saysOtherMarks(Token a, Token b, String pair, CorpusStatistics statistics) {
        return !a.plain() && !b.plain() && pair.equals(a.folded() + " " + b.folded())
                && !statistics.isTonedTitlePair(VietnameseText.toned(a.exact()) + " " + VietnameseText.toned(b.exact()));
    }

    /** The syllable itself, then, when no title uses it, what it may have been typed for. */
    private static Collection<String> readings(String folded, CorpusStatistics statistics, TypoCorrector typos) {
        if (statistics.titleDocFreq(folded) > 0) return List.of(folded);
        List<String> readings = new ArrayList<>();
        if (statistics.isKnown(folded)) readings.add(folded);
        readings.addAll(typos.neighbours(folded));
        return readings;
    }

    private static String titlePair(Collection<String> first, Collection<String> second, CorpusStatistics statistics) {
        for (String a : first) {
            for (String b : second) {
                if (statistics.isTitlePair(a + " " + b)) return a + " " + b;
            }
        }
        return null;
    }
}
