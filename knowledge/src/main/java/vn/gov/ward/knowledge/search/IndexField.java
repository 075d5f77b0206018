package vn.gov.ward.knowledge.search;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;

import vn.gov.ward.knowledge.analysis.VietnameseAnalyzer.Form;
import vn.gov.ward.knowledge.analysis.VietnameseAnalyzer.Grams;

/**
 * The index's fields: each text of a procedure four ways (with and without tone marks, single
 * syllables and syllable pairs), so that "lam giay khai sinh" finds what "làm giấy khai sinh" finds
 * while an exact-accent match still scores higher; names and keywords weigh more than the body.
 */
enum IndexField {
    NAME_EXACT("name_x", Form.EXACT, Grams.SYLLABLES, 1.5f),
    NAME_EXACT_PAIRS("name_xp", Form.EXACT, Grams.PAIRS, 2f),
    NAME("name_f", Form.FOLDED, Grams.SYLLABLES, 2f),
    NAME_PAIRS("name_fp", Form.FOLDED, Grams.PAIRS, 3f),
    KEYWORDS_EXACT("kw_x", Form.EXACT, Grams.SYLLABLES, 1.5f, Types.KEYWORD_LIST),
    KEYWORDS_EXACT_PAIRS("kw_xp", Form.EXACT, Grams.PAIRS, 2f, Types.KEYWORD_LIST),
    KEYWORDS("kw_f", Form.FOLDED, Grams.SYLLABLES, 2f, Types.KEYWORD_LIST),
    KEYWORDS_PAIRS("kw_fp", Form.FOLDED, Grams.PAIRS, 3f, Types.KEYWORD_LIST),
    BODY("body_f", Form.FOLDED, Grams.SYLLABLES, 0.3f),
    BODY_PAIRS("body_fp", Form.FOLDED, Grams.PAIRS, 0.5f);

    final String name;
    final Form form;
    final Grams grams;
    final float boost;
    final FieldType type;

    IndexField(String name, Form form, Grams grams, float boost) {
        this(name, form, grams, boost, TextField.TYPE_NOT_STORED);
    }

    IndexField(String name, Form form, Grams grams, float boost, FieldType type) {
        this.name = name;
        this.form = form;
        this.grams = grams;
        this.boost = boost;
        this.type = type;
    }

    private static final class Types {
        /** Keywords are a list of alternatives, not a text: a procedure with more of them must not score lower. */
        static final FieldType KEYWORD_LIST = withoutNorms(TextField.TYPE_NOT_STORED);

        private static FieldType withoutNorms(FieldType base) {
            FieldType type = new FieldType(base);
            type.setOmitNorms(true);
            type.freeze();
            return type;
        }
    }
}
