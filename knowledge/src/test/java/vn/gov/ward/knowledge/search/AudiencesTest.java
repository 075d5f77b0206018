package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.ward.knowledge.search.SmallCatalogue.procedure;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.gov.ward.knowledge.catalogue.CatalogueException;
import vn.gov.ward.knowledge.catalogue.Procedure;

class AudiencesTest {

    static final List<Procedure> PROCEDURES = List.of(
            procedure("KN", "Giải quyết khiếu nại về quyết định hành chính của công dân đối với lực lượng Công an nhân dân thực hiện tại cấp xã"),
            procedure("BT", "Giải quyết yêu cầu bồi thường tại cơ quan trực tiếp quản lý người thi hành công vụ gây thiệt hại (cấp xã)"),
            procedure("KS", "Thủ tục đăng ký khai sinh"),
            procedure("HKD", "Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh"));
    static final Audiences AUDIENCES = Audiences.bundled(PROCEDURES);

    @Test
    void aProcedureForPeopleTheQuestionDoesNotNameKeepsAShare() {
        Audiences.Named named = named(("muốn khiếu nại chỉ số công tơ điện"));
        assertThat(AUDIENCES.keeps("KN", named)).isLessThan(1);
        assertThat(AUDIENCES.keeps("BT", named)).isLessThan(1);
        assertThat(AUDIENCES.keeps("KS", named)).as("its name sets no audience").isEqualTo(1);
    }

    @Test
    void aQuestionNamingThePeopleKeepsItWholeTypedWithOrWithoutMarks() {
        assertThat(AUDIENCES.keeps("KN", named(("khiếu nại quyết định xử phạt của công an phường")))).isEqualTo(1);
        assertThat(AUDIENCES.keeps("KN", named(("khieu nai canh sat khu vuc lap bien ban sai")))).isEqualTo(1);
        assertThat(AUDIENCES.keeps("BT", named(("can bo phuong lam sai gay thiet hai")))).isEqualTo(1);
    }

    @Test
    void aProcedureForABodyOfOneKindKeepsAShareOnlyWhenTheQuestionNamesAnotherKind() {
        assertThat(AUDIENCES.keeps("HKD", named(("cty tnhh tạm ngừng kinh doanh 1 năm")))).isLessThan(1);
        assertThat(AUDIENCES.keeps("HKD", named(("tạm ngừng kinh doanh 1 năm")))).as("no kind named").isEqualTo(1);
        assertThat(AUDIENCES.keeps("HKD", named(("nghỉ làm công ty, tiệm tạp hóa tạm nghỉ 2 tháng"))))
                .as("its own kind named too").isEqualTo(1);
    }

    @Test
    void anAudienceWithoutWhatCitizensCallThemIsRefused() {
        assertThatThrownBy(() -> new Audiences(List.of(new Audiences.Audience("ai đó", List.of("công an"), List.of(), 0.3)), PROCEDURES))
                .isInstanceOf(CatalogueException.class);
    }

    @Test
    void theOfficerAPoliteLetterIsAddressedToIsNoPersonItIsAbout() {
        assertThat(AUDIENCES.keeps("BT", named("Kính gửi cán bộ phường, nhà tôi bị xe công trình làm nứt tường, xin bồi thường thiệt hại")))
                .isLessThan(1);
        assertThat(AUDIENCES.keeps("KN", named("tôi muốn gửi công an phường đơn khiếu nại quyết định xử phạt"))).as("sent to, not addressed")
                .isEqualTo(1);
    }

    private static Audiences.Named named(String question) {
        return AUDIENCES.named(Syllables.tokens(question));
    }
}
