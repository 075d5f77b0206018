package vn.gov.ward.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.gov.ward.assistant.procedure.ProcedureReplies;
import vn.gov.ward.assistant.procedure.Procedures;
import vn.gov.ward.knowledge.search.Referral;

/** What a citizen reads when the ward refers them to another agency. */
class GuidanceTest {

    final Guidance guidance = new Guidance(new ProcedureReplies(ProcedureAnswersTest.WARD), mock(Procedures.class), new WelcomeProperties(List.of()));

    @Test
    void aReferralNamesTheAgencyAndTheWardsOwnProcedureInAFewWordsAPhoneShows() {
        Referral tower = new Referral("gpxd-tinh", "Giấy phép xây dựng công trình cấp I, cấp II", List.of("xây khách sạn"), "Sở Xây dựng",
                "Cấp tỉnh", null, "Luật Xây dựng", List.of(), List.of("1.013225", "1.013229"), false, null);
        Reply reply = guidance.referral(tower, List.of(ProcedureAnswersTest.procedure("1.013225"), ProcedureAnswersTest.procedure("1.013229")));

        assertThat(reply.text()).startsWith("Việc giấy phép xây dựng công trình cấp I, cấp II không thuộc thẩm quyền giải quyết")
                .contains("🏛 Nơi giải quyết: Sở Xây dựng (Cấp tỉnh)")
                .contains("Phường có tiếp nhận: thủ tục cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV và nhà ở riêng lẻ; "
                        + "thủ tục cấp giấy phép xây dựng sửa chữa, cải tạo đối với công trình cấp III, cấp IV và nhà ở riêng lẻ.")
                .doesNotContain("Theo tuyến trong đô thị");
        assertThat(reply.text().length()).isLessThanOrEqualTo(ProcedureReplies.PHONE_SCREEN);
        assertThat(reply.buttons()).extracting(Reply.Button::payload).containsExactly("PROC:1.013225", "PROC:1.013229", "HANDOFF");
    }
}
