package vn.gov.ward.knowledge.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * The folding filter and the analyzers built on it, held to Lucene's own token-stream contract:
 * terms, offsets and positions as expected, reset/end/close handled, and random text (any script,
 * broken surrogates, huge tokens) through it without a failure.
 */
public class VietnameseFoldingFilterTest extends BaseTokenStreamTestCase {

    private static Analyzer folding() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new VietnameseFoldingFilter(source));
            }
        };
    }

    public void testFoldsToneMarksHatsHornsAndDInPlace() throws IOException {
        try (Analyzer a = folding()) {
            assertAnalyzesTo(a, "Đăng ký khai sinh cho con",
                    new String[] {"dang", "ki", "khai", "sinh", "cho", "con"},
                    new int[] {0, 5, 8, 13, 18, 22}, new int[] {4, 7, 12, 17, 21, 25});
            assertAnalyzesTo(a, "thường trú ở phường", new String[] {"thuong", "tru", "o", "phuong"});
        }
    }

    public void testSpellingsWithIOrYAreOneWordOnlyWhereTheyAre() throws IOException {
        try (Analyzer a = folding()) {
            assertAnalyzesTo(a, "kí ký lý lí mỹ quý huy tay y", new String[] {"ki", "ki", "li", "li", "mi", "qui", "huy", "tay", "y"});
        }
    }

    public void testDecomposedInputAndLettersOutsideTheTableFoldLikeComposedText() throws IOException {
        try (Analyzer a = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, new VietnameseFoldingFilter(source));
            }
        }) {
            assertAnalyzesTo(a, "Kha\u0302\u0309u", new String[] {"khau"});
            // a ligature folds to two letters: the general path
            assertAnalyzesTo(a, "ﬁle", new String[] {VietnameseText.foldSyllable("ﬁle")});
        }
    }

    public void testAnalyzersOfTheIndexSurviveRandomText() throws IOException {
        for (VietnameseAnalyzer.Form form : VietnameseAnalyzer.Form.values()) {
            for (VietnameseAnalyzer.Grams grams : VietnameseAnalyzer.Grams.values()) {
                try (Analyzer a = new VietnameseAnalyzer(form, grams)) {
                    checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
                    checkRandomData(random(), a, 20 * RANDOM_MULTIPLIER, 2048);
                }
            }
        }
    }

    public void testTheFilterAloneSurvivesRandomText() throws IOException {
        try (Analyzer a = folding()) {
            checkRandomData(random(), a, 500 * RANDOM_MULTIPLIER);
        }
    }
}
