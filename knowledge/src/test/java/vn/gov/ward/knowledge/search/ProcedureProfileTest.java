package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.ward.knowledge.search.SmallCatalogue.procedure;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ProcedureProfileTest {

    static final SmallCatalogue CATALOGUE = new SmallCatalogue(
            procedure("HTX", "Đăng ký thay đổi nội dung đăng ký hợp tác xã, liên hiệp hợp tác xã; Đăng ký thay đổi nội dung đối với "
                    + "trường hợp hợp tác xã, liên hiệp hợp tác xã bị tách, nhận sáp nhập"),
            procedure("THL", "Cấp gia hạn giấy phép trong phạm vi công trình thủy lợi: Nuôi trồng thủy sản; Nổ mìn"),
            procedure("GHI", "Ghi vào Sổ hộ tịch việc hộ tịch khác đã giải quyết ở nước ngoài (khai sinh; giám hộ; nuôi con nuôi)"),
            procedure("THT", "Đăng ký thay đổi nội dung đăng ký tổ hợp tác"));

    @Test
    void aNameListingTwoProceduresIsSaidAsMuchAsTheOneAsked() {
        Set<String> said = CATALOGUE.parse("hợp tác xã đăng ký thay đổi nội dung").said();
        assertThat(CATALOGUE.profile("HTX").name().parts()).hasSize(2);
        ProcedureProfile.NameWeights name = CATALOGUE.profile("HTX").name();
        assertThat(name.unsaid(said)).as("the first procedure, all but 'liên hiệp'").isEqualTo(name.parts().get(0).unsaid(said))
                .isLessThan(name.parts().get(1).unsaid(said));
    }

    @Test
    void aListInsideOneProcedureIsNoOtherProcedure() {
        assertThat(CATALOGUE.profile("THL").name().parts()).as("what follows ';' opens with no action").hasSize(1);
        assertThat(CATALOGUE.profile("GHI").name().parts()).as("inside brackets").hasSize(1);
        assertThat(CATALOGUE.profile("THT").name().parts()).hasSize(1);
    }
}
