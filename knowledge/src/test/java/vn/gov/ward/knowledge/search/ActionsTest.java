package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.ward.knowledge.search.Actions.Action.CLOSE;
import static vn.gov.ward.knowledge.search.SmallCatalogue.procedure;
import static vn.gov.ward.knowledge.search.Actions.Action.EXCHANGE;
import static vn.gov.ward.knowledge.search.Actions.Action.EXTEND;
import static vn.gov.ward.knowledge.search.Actions.Action.ISSUE;
import static vn.gov.ward.knowledge.search.Actions.Action.PAUSE;
import static vn.gov.ward.knowledge.search.Actions.Action.RECOGNISE;
import static vn.gov.ward.knowledge.search.Actions.Action.REISSUE;
import static vn.gov.ward.knowledge.search.Actions.Action.REPORT_LOSS;
import static vn.gov.ward.knowledge.search.Actions.Action.RESUME;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.gov.ward.knowledge.search.Actions.Action;

class ActionsTest {

    static final Actions ACTIONS = SmallCatalogue.ACTIONS;

    @Test
    void aNameDoesTheActionItOpensWithTheLongestNameFirst() {
        assertThat(ACTIONS.ofName("Cấp thẻ căn cước cho người dưới 14 tuổi")).containsExactly(ISSUE);
        assertThat(ACTIONS.ofName("Cấp lại thẻ căn cước")).containsExactly(REISSUE);
        assertThat(ACTIONS.ofName("Cấp đổi thẻ căn cước")).containsExactly(EXCHANGE);
        assertThat(ACTIONS.ofName("Thủ tục đăng ký lại khai sinh")).as("after 'Thủ tục'").containsExactly(REISSUE);
        assertThat(ACTIONS.ofName("Trình báo mất hộ chiếu phổ thông")).containsExactly(REPORT_LOSS);
    }

    @Test
    void aNameAlsoDoesWhatItsLaterWordsNameInTwoSyllablesOrMore() {
        assertThat(ACTIONS.ofName("Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh"))
                .containsExactlyInAnyOrder(PAUSE, RESUME);
        assertThat(ACTIONS.ofName("Giải quyết chế độ trợ cấp")).as("a later 'cấp' alone").isEmpty();
    }

    @Test
    void foundingABodyIsNotRegisteringAPersonForAService() {
        assertThat(ACTIONS.ofName("Đăng ký thành lập hộ kinh doanh")).containsExactly(Action.ESTABLISH);
        assertThat(ACTIONS.ofName("Đăng ký cai nghiện ma túy tự nguyện")).containsExactly(ISSUE);
        assertThat(asked("muốn thành lập cơ sở cai nghiện")).containsExactly(Action.ESTABLISH);
        assertThat(Actions.fit(Set.of(ISSUE), Set.of(Action.ESTABLISH))).isEqualTo(Actions.OTHER_ACTION);
        assertThat(Actions.fit(Set.of(Action.ESTABLISH), Set.of())).as("founding is done for the first time").isEqualTo(1);
    }

    @Test
    void closingForAWhileIsAPause() {
        assertThat(asked("muốn nghỉ bán khoảng 3 tháng rồi mở lại")).contains(PAUSE).doesNotContain(CLOSE);
        assertThat(asked("dẹp tiệm vài tuần")).containsExactly(PAUSE);
        assertThat(asked("nghỉ bán hẳn rồi")).containsExactly(CLOSE);
        assertThat(asked("tiệm đã đóng cửa 3 tháng trước")).as("how long ago").containsExactly(CLOSE);
        assertThat(asked("hợp tác xã muốn dừng hoạt động 6 tháng vì mất mùa")).containsExactly(PAUSE);
        assertThat(asked("hợp tác xã biểu quyết dừng hoạt động vĩnh viễn")).containsExactly(CLOSE);
    }

    @Test
    void aSalesPaperIsNoSale() {
        assertThat(asked("giấy bán xe có chứng thực rồi, giờ sang tên")).doesNotContain(Action.REVOKE);
        assertThat(asked("giấy mua bán xe")).isEmpty();
        assertThat(asked("tôi bán xe cho người ở tỉnh khác")).containsExactly(Action.REVOKE);
        assertThat(asked("cháu đủ 18 tuổi, làm giấy kết thúc giám hộ")).as("only a sale").containsExactly(CLOSE);
    }

    @Test
    void mergingOrSplittingABodyIsItsOwnAction() {
        assertThat(ACTIONS.ofName("Sáp nhập, chia, tách trường mầm non")).containsExactly(Action.MERGE);
        assertThat(asked("hai nhóm lớp muốn gộp lại làm một")).containsExactly(Action.MERGE);
        assertThat(Actions.fit(Set.of(Action.ESTABLISH), asked("gộp hai lớp"))).isEqualTo(Actions.OTHER_ACTION);
    }

    @Test
    void aFirstTimeAsksFoundingAsWellAsIssuing() {
        assertThat(Actions.fit(Set.of(Action.ESTABLISH), asked("đăng ký lần đầu"))).isEqualTo(1);
        assertThat(Actions.fit(Set.of(ISSUE), asked("đăng ký lần đầu"))).isEqualTo(1);
    }

    @Test
    void aWordTypedWithoutMarksThatIsAlsoAnotherWordAsksNothing() {
        assertThat(asked("bien so xe dep")).as("đẹp, not dẹp").isEmpty();
        assertThat(asked("xet tang huy chuong")).as("huy, not hủy").isEmpty();
        assertThat(asked("mo tiem moi hoan toan")).as("hoàn, not hoãn").isEmpty();
    }

    @Test
    void noActionIsSaidAcrossAClauseBreak() {
        assertThat(new SmallCatalogue(procedure("KS", "Thủ tục đăng ký khai sinh")).weigh("bình thường thôi, làm khai sinh cần gì").actions())
                .isEmpty();
        assertThat(asked("bình thường thôi làm khai sinh")).as("in one clause").containsExactlyInAnyOrder(Action.WITHDRAW, CLOSE);
    }

    @Test
    void whatTheCitizenSaysTheyHoldAsksForNothing() {
        assertThat(new SmallCatalogue(procedure("MN", "Cho phép thành lập trường mầm non")).weigh("trường đã có quyết định thành lập, giờ xin gia hạn").actions())
                .containsExactly(EXTEND);
    }

    @Test
    void aNameOpeningWithNoActionDoesNothingInParticular() {
        assertThat(ACTIONS.ofName("Xác nhận tình trạng hôn nhân")).isEmpty();
    }

    @Test
    void aQuestionAsksTheActionsItsWordsMean() {
        assertThat(asked("mất căn cước rồi")).containsExactly(REISSUE);
        assertThat(asked("lam lai can cuoc")).as("typed without marks").containsExactly(REISSUE);
        assertThat(asked("bị mất hộ chiếu")).containsExactly(REPORT_LOSS);
        assertThat(asked("dẹp tiệm")).containsExactly(CLOSE);
        assertThat(asked("căn cước hết hạn")).containsExactlyInAnyOrder(EXCHANGE, EXTEND);
        assertThat(asked("truong mam non muon chuyen sang dia diem moi")).as("a new place").containsExactly(Action.CHANGE);
        assertThat(asked("đăng ký khai sinh")).isEmpty();
        assertThat(asked("cải tạo nhà, làm lại mặt tiền")).as("done to the building, not to a paper").isEmpty();
        assertThat(asked("trích xuất thông tin trong cơ sở dữ liệu dân cư")).containsExactly(Action.ACCESS);
        assertThat(ACTIONS.ofName("Khai thác thông tin công dân trong Cơ sở dữ liệu quốc gia về dân cư")).containsExactly(Action.ACCESS);
    }

    @Test
    void aQuestionAskingNoActionFitsWhatIssuesForTheFirstTimeOrDoesNothingInParticular() {
        assertThat(Actions.fit(Set.of(ISSUE), Set.of())).isEqualTo(1);
        assertThat(Actions.fit(Set.of(RECOGNISE), Set.of())).isEqualTo(1);
        assertThat(Actions.fit(Set.of(), Set.of())).isEqualTo(1);
        assertThat(Actions.fit(Set.of(REISSUE), Set.of())).isEqualTo(Actions.ACTION_NOT_ASKED);
    }

    @Test
    void aQuestionAskingAnActionFitsTheProcedureDoingIt() {
        assertThat(Actions.fit(Set.of(PAUSE, RESUME), Set.of(RESUME))).isEqualTo(1);
        assertThat(Actions.fit(Set.of(), Set.of(REISSUE))).isEqualTo(Actions.NO_ACTION_NAMED);
    }

    @Test
    void issuingAnewStandsInForRenewingButForNothingElse() {
        for (Action renewal : Set.of(REISSUE, EXCHANGE, EXTEND, Action.COPY)) {
            assertThat(Actions.fit(Set.of(ISSUE), Set.of(renewal))).as("%s", renewal).isEqualTo(Actions.FIRST_TIME_INSTEAD);
        }
        assertThat(Actions.fit(Set.of(ISSUE), Set.of(CLOSE))).isEqualTo(Actions.OTHER_ACTION);
        assertThat(Actions.fit(Set.of(REPORT_LOSS), Set.of(EXTEND))).isEqualTo(Actions.OTHER_ACTION);
    }

    @Test
    void anActionsNameIsNoObject() {
        assertThat(ACTIONS.isActionPair("cap lai")).isTrue();
        assertThat(ACTIONS.isActionPair("dang ki")).isTrue();
        assertThat(ACTIONS.isActionPair("khai sinh")).isFalse();
        assertThat(ACTIONS.words()).contains("cap", "lai", "gia", "han", "mat").as("'khai' of 'khai thác thông tin' is the 'khai' of 'khai báo'")
                .doesNotContain("khai", "sinh");
    }

    private static Set<Action> asked(String question) {
        List<ParsedQuestion.Token> tokens = Syllables.tokens(question);
        return ACTIONS.ofQuestion(tokens, 0, tokens.size(), Set.of(), Set.of());
    }
}
