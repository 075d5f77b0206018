package vn.gov.ward.knowledge.analysis;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Syllable analysis for Vietnamese: NFKC with case folding, one token per syllable, optionally
 * folded (no tone marks) and optionally as syllable pairs, since most Vietnamese words are two
 * syllables ("khai sinh", "hộ khẩu").
 */
public final class VietnameseAnalyzer extends Analyzer {

    /** What a token keeps of the written word. */
    public enum Form { EXACT, FOLDED }

    /** Single syllables or pairs of neighbouring syllables. */
    public enum Grams { SYLLABLES, PAIRS }

    private final Form form;
    private final Grams grams;

    public VietnameseAnalyzer(Form form, Grams grams) {
        this.form = form;
        this.grams = grams;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ICUNormalizer2CharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = source;
        if (form == Form.FOLDED) stream = new VietnameseFoldingFilter(stream);
        if (grams == Grams.PAIRS) {
            ShingleFilter pairs = new ShingleFilter(stream, 2, 2);
            pairs.setOutputUnigrams(false);
            stream = pairs;
        }
        return new TokenStreamComponents(source, stream);
    }
}
