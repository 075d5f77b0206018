package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** What a procedure's own name denies ("… không phải là người thân thích") is what a question denying it asks, on the real catalogue. */
class NameDenialsTest {

    /** "Đăng ký nhận chăm sóc thay thế cho trẻ em … không phải là người thân thích của trẻ em". */
    static final String CARING_OUTSIDE_THE_FAMILY = "1.004941";

    @Test
    void whatTheQuestionDeniesAndTheNameDeniesTooCountsForIt() {
        assertThat(explained("Vợ chồng tôi không có quan hệ họ hàng gì với cháu nhưng muốn nhận chăm sóc cháu")).containsKey("than thich");
        assertThat(explained("Vợ chồng tôi là họ hàng của cháu, muốn nhận chăm sóc cháu")).doesNotContainKey("than thich");
    }

    private static Map<String, Double> explained(String question) {
        return RealCatalogue.search().explain(question).stream().filter(c -> c.code().equals(CARING_OUTSIDE_THE_FAMILY)).findFirst()
                .orElseThrow().explained();
    }
}
