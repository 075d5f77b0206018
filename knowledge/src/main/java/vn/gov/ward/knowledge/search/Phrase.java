package vn.gov.ward.knowledge.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import vn.gov.ward.knowledge.analysis.VietnameseText;
import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/**
 * A phrase of the search's data files as lower-case syllables with marks, and the same folded
 * (once, not per question).
 */
record Phrase(List<String> syllables, List<String> folded) {

    Phrase(List<String> syllables) {
        this(syllables, syllables.stream().map(VietnameseText::foldSyllable).toList());
    }

    /** A phrase as written in a data file: any case and normalisation form, syllables split by spaces. */
    static Phrase of(String text) {
        return new Phrase(Arrays.stream(VietnameseText.nfc(text).toLowerCase(Locale.ROOT).split(" ")).toList());
    }

    int length() {
        return syllables.size();
    }

    /**
     * A typed syllable matches the k-th when it is the same word with the same marks, or when it
     * was typed without marks and folds to the same letters.
     */
    boolean matches(int k, Token typed) {
        return typed.exact().equals(syllables.get(k)) || typed.plain() && typed.folded().equals(folded.get(k));
    }

    /** Whether the phrase is written at {@code start} of the tokens. */
    boolean matchesAt(List<Token> tokens, int start) {
        return matchesPart(0, length(), tokens, start);
    }

    /** Whether its syllables {@code from} (inclusive) to {@code to} (exclusive) are written at {@code start} of the tokens. */
    boolean matchesPart(int from, int to, List<Token> tokens, int start) {
        if (start + to - from > tokens.size()) return false;
        for (int k = from; k < to; k++) {
            if (!matches(k, tokens.get(start + k - from))) return false;
        }
        return true;
    }
}
