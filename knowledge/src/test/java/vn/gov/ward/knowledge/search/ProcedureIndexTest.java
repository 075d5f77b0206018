package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.ward.knowledge.search.SmallCatalogue.procedure;

import java.util.List;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.junit.jupiter.api.Test;

class ProcedureIndexTest {

    static final SmallCatalogue CATALOGUE = new SmallCatalogue(
            procedure("KS", "Thủ tục đăng ký khai sinh", "Giấy chứng sinh"),
            procedure("KH", "Thủ tục đăng ký kết hôn"),
            procedure("CC", "Cấp thẻ căn cước", List.of("làm căn cước")));
    static final ProcedureIndex INDEX = CATALOGUE.index();

    @Test
    void aNameIsIndexedWithAndWithoutMarksBySyllableAndByPair() {
        assertThat(INDEX.termQuery(IndexField.NAME_EXACT, "đăng")).isNotNull();
        assertThat(INDEX.termQuery(IndexField.NAME_EXACT_PAIRS, "khai sinh")).isNotNull();
        assertThat(INDEX.termQuery(IndexField.NAME, "dang")).isNotNull();
        assertThat(INDEX.termQuery(IndexField.NAME_PAIRS, "dang ki")).as("ký folded with i and y as one").isNotNull();
        assertThat(INDEX.termQuery(IndexField.NAME, "đăng")).as("the folded field has no marks").isNull();
    }

    @Test
    void theWardsKeywordsAreIndexedApartFromTheName() {
        assertThat(INDEX.termQuery(IndexField.KEYWORDS, "lam")).isNotNull();
        assertThat(INDEX.termQuery(IndexField.KEYWORDS_EXACT_PAIRS, "làm căn")).isNotNull();
        assertThat(INDEX.termQuery(IndexField.NAME, "lam")).isNull();
    }

    @Test
    void documentsAreOnlyInTheBody() {
        assertThat(INDEX.termQuery(IndexField.BODY, "chung")).isNotNull();
        assertThat(INDEX.termQuery(IndexField.BODY_PAIRS, "chung sinh")).isNotNull();
        assertThat(INDEX.termQuery(IndexField.NAME, "chung")).isNull();
        assertThat(INDEX.termQuery(IndexField.KEYWORDS, "chung")).isNull();
    }

    @Test
    void aTermNoProcedureHasHasNoQuery() {
        assertThat(INDEX.termQuery(IndexField.NAME, "karaoke")).isNull();
        assertThat(INDEX.termQuery(IndexField.BODY_PAIRS, "khai sinh")).isNull();
    }

    @Test
    void theBestHitsComeWithTheirProceduresProfilesAtMostAsManyAsAsked() {
        assertThat(INDEX.top(INDEX.termQuery(IndexField.NAME_PAIRS, "khai sinh"), 5))
                .singleElement().satisfies(hit -> assertThat(hit.profile()).isSameAs(CATALOGUE.profile("KS")));

        BooleanQuery bothRegistrations = new BooleanQuery.Builder()
                .add(INDEX.termQuery(IndexField.NAME, "dang"), BooleanClause.Occur.SHOULD)
                .add(INDEX.termQuery(IndexField.NAME, "ket"), BooleanClause.Occur.SHOULD).build();
        List<ProcedureIndex.Hit> hits = INDEX.top(bothRegistrations, 5);
        assertThat(hits).extracting(hit -> hit.profile().procedure().code()).containsExactly("KH", "KS");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        assertThat(INDEX.top(bothRegistrations, 1)).hasSize(1);
    }
}
