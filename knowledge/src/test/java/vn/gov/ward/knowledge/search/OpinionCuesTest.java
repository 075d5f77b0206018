package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpinionCuesTest {

    static final OpinionCues CUES = OpinionCues.bundled();

    @ParameterizedTest
    @ValueSource(strings = {"Mua xe máy Vision hay Lead thì tốt hơn ạ", "mua dat nen du an nao sinh loi tot nhat",
            "Tiếng Anh lớp 3 học ở trung tâm nào tốt?", "co nen mua dat nen khu nay khong",
            "Việt Nam đá với Thái Lan tối qua tỷ số bao nhiêu"})
    void aQuestionAskingWhichIsBetterOrWhetherToAsksAnOpinion(String question) {
        assertThat(CUES.askedIn(Syllables.tokens(question))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"đăng ký xe máy mới mua ở đâu", "lệ phí khai sinh bao nhiêu", "nên nộp online hay trực tiếp",
            "có cần mang bản gốc không",
            "đội bóng đá khu phố muốn thành lập câu lạc bộ thể thao cơ sở"})
    void aQuestionAboutAProcedureAsksNone(String question) {
        assertThat(CUES.askedIn(Syllables.tokens(question))).isFalse();
    }
}
