package vn.gov.ward.knowledge.search;

import java.util.List;

import vn.gov.ward.knowledge.analysis.VietnameseText;

/**
 * A citizen's question reduced to what identifies a procedure.
 *
 * @param segments   runs of meaningful syllables (chat words removed, abbreviations spelled out)
 * @param expansions other phrases for the same things (synonyms), as folded syllables
 * @param concepts   one per meaningful syllable, with the phrases that may stand in for it: what
 *                   a result must cover to be an answer rather than a guess
 */
record ParsedQuestion(List<List<Token>> segments, List<List<String>> expansions, List<Concept> concepts) {

    /**
     * @param exact  the syllable as typed, lower case
     * @param folded the same without marks, i/y spellings made one ({@link VietnameseText#foldSyllable})
     * @param plain  typed without any mark: it says nothing about which accented word was meant
     */
    record Token(String exact, String folded, boolean plain) {

        /** Folded once, when read: matching asks for both forms many times. */
        static Token of(String exact) {
            return new Token(exact, VietnameseText.foldSyllable(exact), exact.equals(VietnameseText.fold(exact)));
        }
    }

    record Concept(String folded, List<List<String>> alternatives) {
    }

    boolean isEmpty() {
        return concepts.isEmpty();
    }
}
