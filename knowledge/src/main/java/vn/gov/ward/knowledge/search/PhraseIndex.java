package vn.gov.ward.knowledge.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.ToIntFunction;

import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/**
 * Phrases of a data file, each with what it stands for, found in a question's syllables. Indexed by
 * their first syllable without marks, the only ones that can match there: a question tries a few
 * phrases per syllable, not all of them.
 *
 * @param <T> what a phrase stands for (a synonym rule, an action, a life event…)
 */
final class PhraseIndex<T> {

    /** A phrase found in a question: where it starts, how long it is and what it stands for. */
    record Match<T>(int start, int length, Phrase phrase, T value) {
        int end() {
            return start + length;
        }
    }

    private record Entry<T>(Phrase phrase, T value) {
    }

    private final Map<String, List<Entry<T>>> byStart = new HashMap<>();

    void add(Phrase phrase, T value) {
        byStart.computeIfAbsent(phrase.folded().get(0), k -> new ArrayList<>()).add(new Entry<>(phrase, value));
    }

    /** Longest first at each start, so the first match found is the longest. */
    PhraseIndex<T> longestFirst() {
        byStart.values().forEach(list -> list.sort(Comparator.comparingInt((Entry<T> e) -> e.phrase().length()).reversed()));
        return this;
    }

    /** The longest phrase written at {@code start}, if any. */
    Match<T> longestAt(List<Token> tokens, int start) {
        Match<T> best = null;
        for (Entry<T> e : byStart.getOrDefault(tokens.get(start).folded(), List.of())) {
            if ((best == null || e.phrase().length() > best.length()) && e.phrase().matchesAt(tokens, start)) {
                best = new Match<>(start, e.phrase().length(), e.phrase(), e.value());
            }
        }
        return best;
    }

    /** Every phrase written in the tokens, the longest at each place, left to right, not overlapping. */
    List<Match<T>> findAll(List<Token> tokens) {
        List<Match<T>> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Match<T> m = longestAt(tokens, i);
            if (m == null) {
                i++;
            } else {
                found.add(m);
                i = m.end();
            }
        }
        return found;
    }

    /**
     * The first phrase written at {@code start} with one to {@code maxGap} other syllables inside it where
     * {@code split} says (the index of the syllable they may stand before; 0 for nowhere): "hưởng [trợ cấp] thất
     * nghiệp" for "hưởng thất nghiệp". The first syllable between (by its index) must be allowed to open the gap; null for none. The
     * match spans the syllables between.
     */
    Match<T> gappedAt(List<Token> tokens, int start, int maxGap, ToIntFunction<Phrase> split, IntPredicate opensGap) {
        for (Entry<T> e : byStart.getOrDefault(tokens.get(start).folded(), List.of())) {
            Phrase p = e.phrase();
            int at = split.applyAsInt(p);
            if (at <= 0 || at >= p.length() || !p.matchesPart(0, at, tokens, start)) continue;
            if (start + at >= tokens.size() || !opensGap.test(start + at)) continue;
            for (int gap = 1; gap <= maxGap; gap++) {
                if (p.matchesPart(at, p.length(), tokens, start + at + gap)) return new Match<>(start, p.length() + gap, p, e.value());
            }
        }
        return null;
    }

    /** The entries starting with this folded syllable, in the order added (or longest first). */
    List<T> startingWith(String folded) {
        return byStart.getOrDefault(folded, List.of()).stream().map(Entry::value).toList();
    }

    List<Phrase> phrasesStartingWith(String folded) {
        return byStart.getOrDefault(folded, List.of()).stream().map(Entry::phrase).toList();
    }
}
