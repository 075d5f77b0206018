package vn.gov.ward.knowledge.search;

import java.util.List;

import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/** The words of search/opinion-cues.txt: a question asking which is better, or whether to, is about no procedure. */
final class OpinionCues {

    private final PhraseIndex<Phrase> cues = new PhraseIndex<>();

    OpinionCues(List<String> phrases) {
        phrases.stream().map(Phrase::of).forEach(p -> cues.add(p, p));
        cues.longestFirst();
    }

    static OpinionCues bundled() {
        return new OpinionCues(Lexicon.read("/search/opinion-cues.txt"));
    }

    /** Whether the question's syllables say one of the cues. */
    boolean askedIn(List<Token> tokens) {
        return !cues.findAll(tokens).isEmpty();
    }
}
