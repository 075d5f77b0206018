package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.ward.knowledge.search.SmallCatalogue.procedure;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class QueryBuilderTest {

    static final SmallCatalogue CATALOGUE = new SmallCatalogue(
            procedure("KS", "Thủ tục đăng ký khai sinh", "Giấy chứng sinh"),
            procedure("KH", "Thủ tục đăng ký kết hôn"),
            procedure("TT", "Đăng ký thường trú"));
    static final ProcedureIndex INDEX = CATALOGUE.index();
    static final QueryBuilder QUERIES = new QueryBuilder(INDEX, CATALOGUE.statistics, CATALOGUE.typos);

    @Test
    void eachSyllableAndPairIsSearchedInEachFieldAtTheFieldsWeight() {
        Map<String, Float> clauses = clauses("dang ky khai sinh");
        assertThat(clauses).containsEntry("name_f:khai", 2f).containsEntry("name_fp:khai sinh", 3f)
                .containsEntry("body_f:sinh", 0.3f).containsEntry("name_fp:dang ki", 3f);
    }

    @Test
    void aQuestionTypedWithoutMarksSaysNothingAboutAccents() {
        assertThat(clauses("dang ky khai sinh").keySet()).noneMatch(field -> field.startsWith("name_x") || field.startsWith("kw_x"));
    }

    @Test
    void wordsTypedWithMarksAreAlsoSearchedExactly() {
        Map<String, Float> clauses = clauses("đăng ký khai sinh");
        assertThat(clauses).containsEntry("name_x:đăng", 1.5f).containsEntry("name_xp:khai sinh", 2f)
                .as("'khai' has no marks to say anything with").doesNotContainKey("name_x:khai");
    }

    @Test
    void aWordNoProcedureHasAddsNoClause() {
        assertThat(clauses("khai sinh karaoke").keySet()).noneMatch(clause -> clause.contains("karaoke"));
    }

    @Test
    void aTypoIsSearchedAsTheWordsItMayHaveMeantAndThePairsTheyMakeWeighingLess() {
        Map<String, Float> clauses = clauses("khai snih");
        assertThat(clauses).containsEntry("name_f:sinh", 2f * 0.8f).containsEntry("name_fp:khai sinh", 3f * 0.8f)
                .doesNotContainKey("name_f:snih");
    }

    @Test
    void aClauseTheQuestionGivesTwiceKeepsItsStrongestWeight() {
        assertThat(clauses("khai sinh, khai snih")).containsEntry("name_f:sinh", 2f);
    }

    @Test
    void aSynonymsPhraseIsSearchedInNamesAndKeywordsWeighingLess() {
        Map<String, Float> clauses = clauses("nhập hộ khẩu cho con");
        assertThat(clauses).containsEntry("name_fp:thuong tru", 3f * 0.6f).containsEntry("name_f:tru", 2f * 0.6f)
                .doesNotContainKey("body_fp:thuong tru");
    }

    @Test
    void onlyTheFirstFortyEightSyllablesAreSearched() {
        String question = String.join(" ", Collections.nCopies(48, "sinh")) + " kết hôn";
        assertThat(clauses(question)).containsKey("name_f:sinh").doesNotContainKey("name_f:ket");
    }

    @Test
    void theQueryFindsTheProcedureTheQuestionIsAbout() {
        assertThat(INDEX.top(QUERIES.build(CATALOGUE.parse("lam giay khai snih cho con")), 3))
                .first().satisfies(hit -> assertThat(hit.profile().procedure().code()).isEqualTo("KS"));
    }

    /** The query's clauses as "field:term" and their weights. */
    private static Map<String, Float> clauses(String question) {
        BooleanQuery query = (BooleanQuery) QUERIES.build(CATALOGUE.parse(question));
        Map<String, Float> clauses = new HashMap<>();
        for (BooleanClause clause : query.clauses()) {
            assertThat(clause.getOccur()).isEqualTo(BooleanClause.Occur.SHOULD);
            BoostQuery boosted = (BoostQuery) clause.getQuery();
            TermQuery term = (TermQuery) boosted.getQuery();
            clauses.put(term.getTerm().field() + ":" + term.getTerm().text(), boosted.getBoost());
        }
        return clauses;
    }
}
