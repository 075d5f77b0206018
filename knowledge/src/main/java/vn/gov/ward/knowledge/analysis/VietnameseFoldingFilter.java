package vn.gov.ward.knowledge.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds each token the way citizens type without tone marks: "khẩu" → "khau", "đăng" → "dang",
 * "kí" and "ký" alike. Folds in the term buffer (one pass, no string per token) with the same table as
 * {@link VietnameseText#foldSyllable}, so the index and the question side can never disagree.
 */
public final class VietnameseFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public VietnameseFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        int length = VietnameseText.foldSyllable(term.buffer(), term.length());
        if (length >= 0) {
            term.setLength(length);
        } else {
            // A letter outside the table (a ligature, a letter of another script): the slow, general way.
            String folded = VietnameseText.foldSyllable(term.toString());
            term.setEmpty().append(folded);
        }
        return true;
    }
}
