package vn.gov.ward.knowledge.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import vn.gov.ward.knowledge.search.Lexicon.SynonymRule;
import vn.gov.ward.knowledge.search.ParsedQuestion.Concept;
import vn.gov.ward.knowledge.search.ParsedQuestion.Denial;
import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/** Reads a question: syllables, chat words out, denied words marked, abbreviations spelled out, synonyms found. */
final class QuestionParser {

    /** Punctuation that ends a clause: followed by a space or the end, so that "1.001193" and "30/4" stay whole. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,.;:!?…]+(?=\\s|$)|\\n");
    /** Punctuation that ends a sentence, the same way. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?…]+(?=\\s|$)|\\n");
    /** Chat words that only count or point at the thing after them ("một", "cái", "chiếc"), with their marks. */
    private static final Set<String> DETERMINERS = Set.of("một", "cái", "chiếc", "các", "những");
    /** How many meaningful syllables after a cue name the paper held ("đã có giấy phép xây dựng"). */
    private static final int HELD_SCOPE = 5;

    private final Lexicon lexicon;
    /** Folded syllable pairs of procedure names made of non-chat words: a chat word inside one is kept. */
    private final Predicate<String> knownPair;
    private final Denials denials;

    /** @param variantQualifiers variants' qualifiers of two syllables or more, folded ({@link Variants#qualifierRuns}) */
    QuestionParser(Lexicon lexicon, Predicate<String> knownPair, Set<List<String>> variantQualifiers, Actions actions) {
        this.lexicon = lexicon;
        this.knownPair = knownPair;
        this.denials = new Denials(lexicon, variantQualifiers, actions);
    }

    ParsedQuestion parse(String question) {
        List<Token> tokens = new ArrayList<>();
        Set<Integer> clauseStarts = new HashSet<>();
        List<Integer> sentenceStarts = new ArrayList<>();
        for (String sentence : SENTENCE_BREAK.split(question)) {
            sentenceStarts.add(tokens.size());
            for (String clause : CLAUSE_BREAK.split(sentence)) {
                clauseStarts.add(tokens.size());
                tokens.addAll(lexicon.respell(Syllables.tokens(clause)));
            }
        }
        boolean[] chat = chatWords(tokens);
        int askedFrom = 0;
        int askedClauseFrom = 0;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (chat[i]) continue;
            for (int start : sentenceStarts) if (start <= i) askedFrom = start;
            for (int start : clauseStarts) if (start <= i) askedClauseFrom = Math.max(askedClauseFrom, start);
            break;
        }
        Denial[] denied = denials.of(tokens, chat, clauseStarts);
        List<List<Token>> segments = new ArrayList<>();
        List<List<String>> expansions = new ArrayList<>();
        List<Concept> concepts = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        Denial runDenial = Denial.NONE;
        for (int i = 0; i <= tokens.size(); i++) {
            boolean meaningful = i < tokens.size() && !chat[i];
            if (!meaningful && !run.isEmpty() && insideAPhrase(tokens, chat, clauseStarts, denied, i)) continue;
            // A run ends with its clause: "chia nhà, mỗi người một phần" says no "nhà mới".
            if (meaningful && (run.isEmpty() || denied[i] == runDenial && !clauseStarts.contains(i))) {
                run.add(tokens.get(i));
                runDenial = denied[i];
                continue;
            }
            if (!run.isEmpty()) {
                boolean searched = runDenial != Denial.ALL;
                List<Token> segment = applySynonyms(run, runDenial, searched ? expansions : new ArrayList<>(), concepts);
                if (searched) segments.add(segment);
                run = new ArrayList<>();
            }
            if (meaningful) {
                run.add(tokens.get(i));
                runDenial = denied[i];
            }
        }
        boolean[] held = held(tokens, chat, clauseStarts);
        // What is denied outright or held already is not asked for: "đã có quyết định thành lập, giờ xin cấp phép" asks no founding.
        Set<Integer> unasked = new HashSet<>();
        Set<Integer> deniedOutright = new HashSet<>();
        for (int i = 0; i < denied.length; i++) {
            if (denied[i] == Denial.ALL) deniedOutright.add(i);
            if (denied[i] == Denial.ALL || held[i]) unasked.add(i);
        }
        return new ParsedQuestion(tokens, segments, expansions, concepts, askedFrom, askedClauseFrom, List.copyOf(sentenceStarts), Set.copyOf(clauseStarts),
                Set.copyOf(unasked), Set.copyOf(deniedOutright), heldPairs(tokens, chat, held));
    }

    private boolean[] chatWords(List<Token> tokens) {
        boolean[] chat = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); ) {
            int matched = 0;
            for (Phrase phrase : lexicon.stopPhrases().phrasesStartingWith(tokens.get(i).folded())) {
                if (phrase.matchesAt(tokens, i) && !(phrase.length() == 1 && insideKnownPair(tokens, i))) {
                    matched = phrase.length();
                    break;
                }
            }
            for (int k = 0; k < matched; k++) chat[i + k] = true;
            i += Math.max(matched, 1);
        }
        return chat;
    }

    /**
     * Whether a determiner stands inside a phrase, between two meaningful syllables of one clause denied alike ("thành lập
     * một hội", "xin cấp lại cái thẻ"): the phrase goes on over it, and its words make a pair.
     */
    private static boolean insideAPhrase(List<Token> tokens, boolean[] chat, Set<Integer> clauseStarts, Denial[] denied, int i) {
        return i > 0 && i + 1 < tokens.size() && DETERMINERS.contains(tokens.get(i).exact()) && !chat[i - 1] && !chat[i + 1]
                && !clauseStarts.contains(i) && !clauseStarts.contains(i + 1) && denied[i - 1] == denied[i + 1];
    }

    private boolean insideKnownPair(List<Token> tokens, int i) {
        String word = tokens.get(i).folded();
        return (i > 0 && knownPair.test(tokens.get(i - 1).folded() + " " + word))
                || (i + 1 < tokens.size() && knownPair.test(word + " " + tokens.get(i + 1).folded()));
    }

    /**
     * The pairs of meaningful syllables said only in what the citizen says they already hold: "con đã có giấy khai sinh
     * nhưng bỏ trống tên bố" holds "khai sinh"; "đã có giấy khai sinh, giờ làm lại giấy khai sinh" holds nothing.
     */
    private static Set<String> heldPairs(List<Token> tokens, boolean[] chat, boolean[] held) {
        Set<String> inside = new HashSet<>();
        Set<String> outside = new HashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (chat[i] || chat[i + 1]) continue;
            (held[i] && held[i + 1] ? inside : outside).add(tokens.get(i).folded() + " " + tokens.get(i + 1).folded());
        }
        inside.removeAll(outside);
        return Set.copyOf(inside);
    }

    /** The tokens naming what the citizen says they hold, after a cue of search/held-cues.txt. */
    private boolean[] held(List<Token> tokens, boolean[] chat, Set<Integer> clauseStarts) {
        boolean[] held = new boolean[tokens.size()];
        for (PhraseIndex.Match<Lexicon.HeldCue> cue : lexicon.heldCues().findAll(tokens)) {
            int end = cue.end();
            for (int scope = HELD_SCOPE; end < tokens.size() && scope > 0 && (end == cue.end() || !clauseStarts.contains(end))
                    && !lexicon.endsHeld(tokens, end); end++) {
                if (!chat[end]) scope--;
            }
            Phrase closer = cue.value().closer();
            if (closer != null && !closer.matchesAt(tokens, end)) continue;
            for (int i = cue.end(); i < end; i++) held[i] = true;
        }
        // The paper before a cue saying what is wrong in it: "nên giấy khai sinh của bé bỏ trống tên ba".
        for (PhraseIndex.Match<Phrase> cue : lexicon.heldAfter().findAll(tokens)) {
            int scope = HELD_SCOPE;
            for (int i = cue.start() - 1; i >= 0 && scope > 0 && !lexicon.endsHeld(tokens, i); i--) {
                held[i] = true;
                if (!chat[i]) scope--;
                if (clauseStarts.contains(i)) break;
            }
        }
        return held;
    }

    private List<Token> applySynonyms(List<Token> run, Denial denial, List<List<String>> expansions, List<Concept> concepts) {
        List<Token> segment = new ArrayList<>();
        for (int i = 0; i < run.size(); ) {
            PhraseIndex.Match<SynonymRule> match = lexicon.synonyms().longestAt(run, i);
            if (match == null) {
                segment.add(run.get(i));
                concepts.add(new Concept(run.get(i).folded(), List.of(), denial));
                i++;
            } else if (match.value().replaces()) {
                for (String syllable : match.value().targets().get(0).syllables()) {
                    Token token = Token.of(syllable);
                    segment.add(token);
                    concepts.add(new Concept(token.folded(), List.of(), denial));
                }
                i = match.end();
            } else {
                List<Token> span = run.subList(i, match.end());
                List<String> spanFolded = span.stream().map(Token::folded).toList();
                List<List<String>> others = match.value().targets().stream()
                        .map(Phrase::folded)
                        .filter(p -> !p.equals(spanFolded)).toList();
                expansions.addAll(others);
                for (Token token : span) {
                    segment.add(token);
                    concepts.add(new Concept(token.folded(), others, denial));
                }
                i = match.end();
            }
        }
        return segment;
    }
}
