package vn.gov.ward.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import vn.gov.ward.knowledge.search.Lexicon.Phrase;
import vn.gov.ward.knowledge.search.Lexicon.SynonymRule;
import vn.gov.ward.knowledge.search.ParsedQuestion.Concept;
import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/** Reads a question: syllables, chat words out, abbreviations spelled out, synonyms found. */
final class QuestionParser {

    private final Lexicon lexicon;
    /** Folded syllable pairs of procedure names made of non-chat words: a chat word inside one is kept. */
    private final Predicate<String> knownPair;

    QuestionParser(Lexicon lexicon, Predicate<String> knownPair) {
        this.lexicon = lexicon;
        this.knownPair = knownPair;
    }

    ParsedQuestion parse(String question) {
        List<Token> tokens = Syllables.tokens(question);
        boolean[] chat = chatWords(tokens);
        List<List<Token>> segments = new ArrayList<>();
        List<List<String>> expansions = new ArrayList<>();
        List<Concept> concepts = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        for (int i = 0; i <= tokens.size(); i++) {
            if (i < tokens.size() && !chat[i]) {
                run.add(tokens.get(i));
            } else if (!run.isEmpty()) {
                segments.add(applySynonyms(run, expansions, concepts));
                run = new ArrayList<>();
            }
        }
        return new ParsedQuestion(segments, expansions, concepts);
    }

    private boolean[] chatWords(List<Token> tokens) {
        boolean[] chat = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); ) {
            int matched = 0;
            for (Phrase phrase : lexicon.stopPhrasesStartingWith(tokens.get(i).folded())) {
                if (matchesAt(tokens, i, phrase) && !(phrase.length() == 1 && insideKnownPair(tokens, i))) {
                    matched = phrase.length();
                    break;
                }
            }
            for (int k = 0; k < matched; k++) chat[i + k] = true;
            i += Math.max(matched, 1);
        }
        return chat;
    }

    private boolean insideKnownPair(List<Token> tokens, int i) {
        String word = tokens.get(i).folded();
        return (i > 0 && knownPair.test(tokens.get(i - 1).folded() + " " + word))
                || (i + 1 < tokens.size() && knownPair.test(word + " " + tokens.get(i + 1).folded()));
    }

    private List<Token> applySynonyms(List<Token> run, List<List<String>> expansions, List<Concept> concepts) {
        List<Token> segment = new ArrayList<>();
        for (int i = 0; i < run.size(); ) {
            SynonymRule rule = null;
            int length = 0;
            for (Lexicon.Synonym synonym : lexicon.synonymsStartingWith(run.get(i).folded())) {
                if (synonym.phrase().length() > length && matchesAt(run, i, synonym.phrase())) {
                    rule = synonym.rule();
                    length = synonym.phrase().length();
                }
            }
            if (rule == null) {
                segment.add(run.get(i));
                concepts.add(new Concept(run.get(i).folded(), List.of()));
                i++;
            } else if (rule.replaces()) {
                for (String syllable : rule.targets().get(0).syllables()) {
                    Token token = Token.of(syllable);
                    segment.add(token);
                    concepts.add(new Concept(token.folded(), List.of()));
                }
                i += length;
            } else {
                List<Token> span = run.subList(i, i + length);
                List<String> spanFolded = span.stream().map(Token::folded).toList();
                List<List<String>> others = rule.targets().stream()
                        .map(Phrase::folded)
                        .filter(p -> !p.equals(spanFolded)).toList();
                expansions.addAll(others);
                for (Token token : span) {
                    segment.add(token);
                    concepts.add(new Concept(token.folded(), others));
                }
                i += length;
            }
        }
        return segment;
    }

    private static boolean matchesAt(List<Token> tokens, int start, Phrase phrase) {
        if (start + phrase.length() > tokens.size()) return false;
        for (int k = 0; k < phrase.length(); k++) {
            if (!phrase.matches(k, tokens.get(start + k))) return false;
        }
        return true;
    }

}
