package vn.gov.ward.knowledge.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.gov.ward.knowledge.analysis.VietnameseText;

/**
 * A citizen's question reduced to what identifies a procedure.
 *
 * @param tokens     every syllable as typed, chat words included (phrases of actions and life events use them)
 * @param segments   runs of meaningful syllables (chat words and words denied outright removed, abbreviations spelled out)
 * @param expansions other phrases for the same things (synonyms), as folded syllables
 * @param concepts   one per meaningful syllable, with the phrases that may stand in for it: what a result
 *                   must cover to be an answer rather than a guess; denied ones included, marked
 * @param askedFrom  the first token of the last sentence with a meaningful syllable: what is asked, after what is told
 * @param askedClauseFrom the first token of the last clause with a meaningful syllable ("…, kiện ở tòa nào")
 * @param sentenceStarts the first token of each sentence, in order (the first is 0)
 * @param clauseStarts the first token of each clause (after a comma, a full stop, a line break)
 * @param unaskedTokens the positions of the tokens that ask for nothing: denied outright ("chứ không phải thay đổi gì":
 *                   no change is asked) or naming what the citizen holds ("đã có quyết định thành lập")
 * @param deniedTokens the positions of the tokens denied outright, among the unasked ones
 * @param heldPairs  folded pairs of meaningful syllables said only naming a paper the citizen already holds ("đã có
 *                   giấy khai sinh nhưng…": search/held-cues.txt)
 */
record ParsedQuestion(List<Token> tokens, List<List<Token>> segments, List<List<String>> expansions, List<Concept> concepts,
                      int askedFrom, int askedClauseFrom, List<Integer> sentenceStarts, Set<Integer> clauseStarts, Set<Integer> unaskedTokens,
                      Set<Integer> deniedTokens, Set<String> heldPairs) {

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

    /** Whether and how far a syllable is denied ("không phải có yếu tố nước ngoài"). */
    enum Denial {
        NONE,
        /** Denied as a variant's distinguishing words only ("không có yếu tố nước ngoài"). */
        QUALIFIER,
        /** Denied outright ("chứ không phải chứng thực bản sao"). */
        ALL
    }

    /**
     * @param denial a syllable denied outright is no part of what is asked; one denied as a qualifier is
     *               searched as usual, and only keeps a variant with that qualifier from being the answer
     */
    record Concept(String folded, List<List<String>> alternatives, Denial denial) {
        boolean denied() {
            return denial == Denial.ALL;
        }
    }

    boolean isEmpty() {
        return concepts.stream().noneMatch(c -> !c.denied());
    }

    /** Folded syllables of what the question says, its synonyms included, denied ones not. */
    Set<String> said() {
        Set<String> said = new HashSet<>();
        for (Concept c : concepts) {
            if (c.denied()) continue;
            said.add(c.folded());
            c.alternatives().forEach(said::addAll);
        }
        return said;
    }

    /** Folded syllable pairs of neighbouring denied syllables (and their synonyms), at least this strongly denied. */
    Set<String> deniedPairs(Denial atLeast) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < concepts.size(); i++) {
            Concept a = concepts.get(i);
            Concept b = concepts.get(i + 1);
            if (a.denial().compareTo(atLeast) < 0 || b.denial().compareTo(atLeast) < 0) continue;
            pairs.add(a.folded() + " " + b.folded());
        }
        for (Concept c : concepts) {
            if (c.denial().compareTo(atLeast) < 0) continue;
            for (List<String> alternative : c.alternatives()) {
                for (int i = 0; i + 1 < alternative.size(); i++) pairs.add(alternative.get(i) + " " + alternative.get(i + 1));
            }
        }
        return pairs;
    }

    /** Folded syllable pairs the question says: neighbours in a segment, and within each synonym's phrase. */
    Set<String> saidPairs() {
        Set<String> pairs = new HashSet<>();
        for (List<Token> segment : segments) {
            for (int i = 0; i + 1 < segment.size(); i++) pairs.add(segment.get(i).folded() + " " + segment.get(i + 1).folded());
        }
        for (List<String> expansion : expansions) {
            for (int i = 0; i + 1 < expansion.size(); i++) pairs.add(expansion.get(i) + " " + expansion.get(i + 1));
        }
        return pairs;
    }

    /** Folded syllables denied at least this strongly. */
    Set<String> denied(Denial atLeast) {
        Set<String> denied = new HashSet<>();
        for (Concept c : concepts) {
            if (c.denial().compareTo(atLeast) >= 0) denied.add(c.folded());
        }
        return denied;
    }

    /**
     * The folded syllables of what asks about something named at token {@code namedAt}: the last clause, when it is
     * named there ("cấp sổ đỏ lần đầu cho đất ông bà để lại nhưng đang tranh chấp, kiện ở tòa nào" asks about the
     * lawsuit, the land title is the story), else the last sentence with a meaningful syllable.
     */
    Set<String> asked(int namedAt) {
        Set<String> asked = new HashSet<>();
        for (int i = namedAt >= askedClauseFrom ? askedClauseFrom : askedFrom; i < tokens.size(); i++) {
            if (!asksWhetherNeeded(i)) asked.add(tokens.get(i).folded());
        }
        return asked;
    }

    /**
     * Whether the token is in a clause asking whether a paper is needed ("…, có cần khai sinh bản chính không"): it
     * names what to bring, not what is asked done.
     */
    private boolean asksWhetherNeeded(int at) {
        int start = 0;
        for (int s : clauseStarts) if (s <= at && s > start) start = s;
        return start + 1 < tokens.size() && tokens.get(start).folded().equals("co") && tokens.get(start + 1).folded().equals("can")
                && (tokens.get(start).exact().equals("có") || tokens.get(start).plain()) && (tokens.get(start + 1).exact().equals("cần") || tokens.get(start + 1).plain());
    }

    /**
     * What asks about something named at {@code namedAt} ({@link #asked}) says besides some words: its meaningful syllables
     * other than those, with their synonyms ("chứng thực" for "công chứng"; not "giấy chứng nhận quyền sử dụng đất" for a
     * "sổ đỏ" left out).
     */
    Set<String> askedBesides(Set<String> words, int namedAt) {
        Set<String> asked = asked(namedAt);
        Set<String> besides = new HashSet<>();
        for (Concept c : concepts) {
            if (c.denied() || words.contains(c.folded()) || !asked.contains(c.folded())) continue;
            besides.add(c.folded());
            c.alternatives().forEach(besides::addAll);
        }
        return besides;
    }

    /** Where each sentence that has tokens starts and ends (exclusive), in order. */
    List<int[]> sentenceSpans() {
        List<int[]> spans = new ArrayList<>(sentenceStarts.size());
        for (int i = 0; i < sentenceStarts.size(); i++) {
            int end = i + 1 < sentenceStarts.size() ? sentenceStarts.get(i + 1) : tokens.size();
            if (end > sentenceStarts.get(i)) spans.add(new int[] {sentenceStarts.get(i), end});
        }
        return spans;
    }

    /** Every folded syllable of the question's tokens, chat words included. */
    List<String> foldedTokens() {
        List<String> folded = new ArrayList<>(tokens.size());
        tokens.forEach(t -> folded.add(t.folded()));
        return folded;
    }
}
