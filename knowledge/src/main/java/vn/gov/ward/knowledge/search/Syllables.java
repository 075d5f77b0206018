package vn.gov.ward.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import vn.gov.ward.knowledge.analysis.VietnameseAnalyzer;
import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/** A text cut into syllables the way the index cuts it: questions and catalogue texts alike. */
final class Syllables {

    private static final Analyzer EXACT = new VietnameseAnalyzer(VietnameseAnalyzer.Form.EXACT, VietnameseAnalyzer.Grams.SYLLABLES);

    private Syllables() {
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = EXACT.tokenStream("q", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(Token.of(term.toString()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    static List<String> folded(String text) {
        return tokens(text).stream().map(Token::folded).toList();
    }
}
