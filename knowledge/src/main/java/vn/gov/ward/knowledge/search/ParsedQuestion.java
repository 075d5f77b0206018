package vn.gov.ward.knowledge.search;

import java.util.List;

/**
 * A citizen's question reduced to what identifies a procedure.
 *
 * @param segments   runs of meaningful syllables (chat words removed, abbreviations spelled out)
 * @param expansions other phrases for the same things (synonyms), as folded syllables
 * @param concepts   one per meaningful syllable, with the phrases that may stand in for it: what
 *                   a result must cover to be an answer rather than a guess
 */
record ParsedQuestion(List<List<Token>> segments, List<List<String>> expansions, List<Concept> concepts) {

    record Token(String exact, String folded) {
    }

    record Concept(String folded, List<List<String>> alternatives) {
    }

    boolean isEmpty() {
        return concepts.isEmpty();
    }
}
