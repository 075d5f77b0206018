package vn.gov.ward.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.gov.ward.assistant.procedure.ProcedureReplies;
import vn.gov.ward.knowledge.catalogue.Catalogue;
import vn.gov.ward.knowledge.catalogue.CatalogueImporter;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.ward.WardProfile;
import vn.gov.ward.knowledge.ward.WardProfileLoader;

/** Answers about real procedures as the steps hand them to every channel: messages within the limits, in order, with their buttons. */
class ProcedureAnswersTest {

    static final WardProfile WARD = WardProfileLoader.load(Path.of("../config/ward.yml"));
    static final Catalogue CATALOGUE = CatalogueImporter.importBundled(WARD).catalogue();
    final ProcedureAnswers answers = new ProcedureAnswers(new ProcedureReplies(WARD), mock(ConversationStore.class));

    static Procedure procedure(String code) {
        return CATALOGUE.find(code).orElseThrow();
    }

    static List<Reply> replies(Outcome outcome) {
        return ((Outcome.Answer) outcome).replies();
    }

    @Test
    void theFirstAnswerFitsAPhoneAndOffersTheDocumentsTheOnlineWayTheResultAndTheBasis() {
        Reply answer = replies(answers.answer("web:s1", procedure("1.001193"))).get(0);
        assertThat(answer.text().length()).isLessThanOrEqualTo(ProcedureReplies.PHONE_SCREEN);
        assertThat(answer.buttons()).extracting(Reply.Button::title).containsExactly("Xem đủ giấy tờ", "Nộp trực tuyến?", "Kết quả nhận được", "Căn cứ", "Chưa hữu ích");
        assertThat(answer.buttons()).extracting(Reply.Button::payload).contains("DOCS:1.001193", "ASK:BASIS:1.001193");
    }

    @Test
    void xemDuGiayToIsSeveralMessagesInOrderWhenOneWouldBeTooLong() {
        List<Reply> documents = replies(answers.documents(procedure("1.013978")));
        assertThat(documents).hasSizeGreaterThan(1).allSatisfy(r -> assertThat(r.text().length()).isLessThanOrEqualTo(ProcedureReplies.MESSAGE_LIMIT));
        assertThat(documents.get(0).text()).startsWith("📄 Giấy tờ cần chuẩn bị — thủ tục đăng ký đất đai");
        assertThat(documents.get(1).text()).startsWith("Đối với trường hợp thực hiện thủ tục đăng ký, cấp Giấy chứng nhận cho hộ gia đình");
        assertThat(replies(answers.aspect(procedure("1.013978"), Aspect.DOCUMENTS))).isEqualTo(documents);
    }

    @Test
    void theFeeIsOneLineWithItsBasisOnRequest() {
        Reply fee = replies(answers.aspect(procedure("1.000894"), Aspect.FEE)).get(0);
        assertThat(fee.text()).isEqualTo("Về thủ tục đăng ký kết hôn:\nLệ phí: Không mất phí; bản sao Trích lục kết hôn, nếu có yêu cầu, tính phí riêng.");
        assertThat(fee.buttons()).extracting(Reply.Button::payload).containsExactly("ASK:BASIS:1.000894", "UNHELPFUL:1.000894");

        List<Reply> basis = replies(answers.aspect(procedure("1.000894"), Aspect.BASIS));
        assertThat(basis.get(0).text()).startsWith("📜 Căn cứ — thủ tục đăng ký kết hôn:");
        assertThat(basis.stream().map(Reply::text).reduce("", String::concat)).contains("Lệ phí, theo ghi chú của Cổng Dịch vụ công:\nMiễn lệ phí. Phí cấp bản sao Trích lục kết hôn", "Luật 52/2014/QH13");
        assertThat(basis).allSatisfy(r -> assertThat(r.text().length()).isLessThanOrEqualTo(ProcedureReplies.MESSAGE_LIMIT));
    }

    @Test
    void anIndexOnlyProcedureOffersNoButtonForWhatThePortalDoesNotList() {
        Reply answer = replies(answers.answer("web:s1", procedure("1.116909"))).get(0);
        assertThat(answer.buttons()).extracting(Reply.Button::title).containsExactly("Chưa hữu ích");
        assertThat(answer.text()).contains("Tiếp nhận và giải quyết: UBND phường Hòa Bình", "024 3826 0000", "https://dichvucong.gov.vn/");
    }

    @Test
    void askingForTheLegalBasisIsAFollowUp() {
        assertThat(Aspect.in("căn cứ pháp lý là gì")).contains(Aspect.BASIS);
        assertThat(Aspect.in("can cu vao dau ma thu phi")).contains(Aspect.BASIS);
        assertThat(Aspect.in("làm căn cước mất bao lâu")).contains(Aspect.TIME);
    }
}
