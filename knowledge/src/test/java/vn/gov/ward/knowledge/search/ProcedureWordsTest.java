package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.ward.knowledge.search.SmallCatalogue.procedure;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProcedureWordsTest {

    @Test
    void aVariantIsSearchedWithItsBasesKeywordsBesideItsOwn() {
        ProcedureWords foreign = ProcedureWords.of(procedure("NCMC-NN", "Thủ tục đăng ký nhận cha, mẹ, con có yếu tố nước ngoài",
                List.of("nhận cha con với người nước ngoài")), List.of("nhận con", "bố nhận con", "nhận cha con với người nước ngoài"));
        assertThat(foreign.keywords()).containsExactly("nhận cha con với người nước ngoài", "nhận con", "bố nhận con");
        assertThat(foreign.titlePairs()).contains("nhan con", "bo nhan", "nuoc ngoai");
        assertThat(foreign.fieldPairs()).isEmpty();
    }

    @Test
    void aProcedureOfNoBaseHasItsOwnKeywordsOnly() {
        ProcedureWords birth = ProcedureWords.of(procedure("KS", "Thủ tục đăng ký khai sinh", List.of("làm giấy khai sinh")));
        assertThat(birth.keywords()).containsExactly("làm giấy khai sinh");
    }
}
