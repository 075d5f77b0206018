package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;


/** A follow-up no aspect word names is answered from the procedure's own text, on the real catalogue. */
class PassagesTest {

    static ProcedureSearch search;
    static String marriage;
    static String birth;

    @BeforeAll
    static void build() {
        search = RealCatalogue.search();
        marriage = search.search("đăng ký kết hôn", 1).choices().get(0).procedure().code();
        birth = search.search("đăng ký khai sinh", 1).choices().get(0).procedure().code();
    }

    @Test
    void theSentenceThatSaysItIsFound() {
        assertThat(search.passage(marriage, "cả hai người có phải có mặt không")).get().asString().contains("phải có mặt");
        assertThat(search.passage(birth, "ông bà nội đi làm thay được không")).get().asString().contains("ông, bà");
    }

    @Test
    void nothingIsQuotedWhenTooLittleMatches() {
        assertThat(search.passage(birth, "có cần mang theo sổ hộ khẩu giấy không")).isEmpty();
        assertThat(search.passage(birth, "phí bao nhiêu")).isEmpty();
    }

    @Test
    void aNewTopicDoesNotRelateToTheProcedure() {
        assertThat(search.relatesTo(birth, "kết quả bóng đá tối qua")).isFalse();
        assertThat(search.relatesTo(birth, "ông bà nội đi làm thay được không")).isTrue();
        assertThat(search.relatesTo(marriage, "cả hai người có phải có mặt không")).isTrue();
    }

    @Test
    void chatAndAspectWordsAreNotMeaningful() {
        assertThat(search.meaningfulWords("phí bao nhiêu vậy ạ")).isEmpty();
        assertThat(search.meaningfulWords("mất mấy ngày ạ")).isEmpty();
        assertThat(search.meaningfulWords("cả hai người có phải có mặt không")).contains("mat");
    }
}
