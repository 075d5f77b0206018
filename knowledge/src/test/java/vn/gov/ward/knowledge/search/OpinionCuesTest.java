package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpinionCuesTest {

    static final OpinionCues CUES = OpinionCues.bundled();

    @ParameterizedTest
    @ValueSource(strings = {"Mua xe máy Vision hay Lead thì tốt hơn ạ", "mua dat nen du an nao sinh loi tot nhat",
            "Tiếng Anh lớp 3 học ở trung tâm nào tốt?", "co nen mua dat nen khu nay khong"})
    void aQuestionAskingWhichIsBetterOrWhetherToAsksAnOpinion(String question) {
        assertThat(CUES.askedIn(Syllables.tokens(question))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"đăng ký xe máy mới mua ở đâu", "lệ phí khai sinh bao nhiêu", "nên nộp online hay trực tiếp",
            "có cần mang bản gốc không"})
    void aQuestionAboutAProcedureAsksNone(String question) {
        assertThat(CUES.askedIn(Syllables.tokens(question))).isFalse();
    }
}
