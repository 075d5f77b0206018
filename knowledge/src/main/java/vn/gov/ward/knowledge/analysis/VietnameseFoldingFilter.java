package vn.gov.ward.knowledge.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds each token the way citizens type without tone marks: "khẩu" → "khau", "đăng" → "dang".
 * Uses {@link VietnameseText#foldSyllable} so the index and the query side can never disagree.
 */
public final class VietnameseFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public VietnameseFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        String folded = VietnameseText.foldSyllable(term.toString());
        term.setEmpty().append(folded);
        return true;
    }
}
