package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.ward.knowledge.analysis.VietnameseText;

class ObjectWordsTest {

    static final ObjectWords OBJECTS = SmallCatalogue.OBJECTS;

    @ParameterizedTest
    @ValueSource(strings = {"khai sinh", "ket hon", "kinh doanh", "can cuoc", "the can", "mat ho", "nha moi"})
    void aPairWithAWordThatIsNeitherAnActionsNorGenericNamesAThing(String pair) {
        assertThat(OBJECTS.namesObject(pair)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cap lai", "gia han", "dang ki", "giay to", "giay chung", "bi mat", "mat the", "cap giay", "het han",
            "trong giay", "viec nguoi", "nhan du", "du dieu", "yeu cau", "rach nat", "bi chay", "ghi sai", "bi ghi", "sai sot",
            "cong an", "uy ban", "moi sinh", "vua mua", "duoc giao", "lai chung", "lai van"})
    void aPairOfActionsWordsAndGenericWordsNamesNothing(String pair) {
        // "giấy chứng" is half of "giấy chứng nhận"; "mất thẻ", "cấp giấy": what is done, to a paper; "trong giấy",
        // "việc người", "chứng nhận đủ điều kiện", "yêu cầu": words that join or qualify a name, not its object;
        // "bị cháy", "ghi sai": what citizens say when they want something done (search/actions.yml); "bị ghi", "sai
        // sót": what went wrong in any paper, not a thing ("hợp đồng bị ghi sai" is about the contract); "công an", "ủy ban":
        // where they go to ask; "mới sinh", "vừa mua", "được giao": what just happened; "lại chứng", "lại hồ": an action's
        // last word before a paper's first ("cấp lại chứng nhận", "cấp lại văn bản")
        assertThat(OBJECTS.namesObject(pair)).isFalse();
    }

    @Test
    void aTitlesPairNamesAThingAsItIsWritten() {
        // Folded, "hội" is the "hồi" of "thu hồi" and "trợ" the "trở" of "hoạt động trở lại": both actions' words.
        assertThat(OBJECTS.namesObject("lap hoi")).isFalse();
        assertThat(OBJECTS.namesObjectAsWritten(written("lập hội"))).as("Thành lập hội").isTrue();
        assertThat(OBJECTS.namesObjectAsWritten(written("trợ cấp"))).isTrue();
        assertThat(OBJECTS.namesObjectAsWritten(written("thu hồi"))).as("an action's name").isFalse();
        assertThat(OBJECTS.namesObjectAsWritten(written("của bộ"))).as("beside a generic word, read as typed plain").isFalse();
        assertThat(OBJECTS.namesObjectAsWritten(written("tạm thời"))).as("a span of time").isFalse();
        assertThat(OBJECTS.namesObjectAsWritten(written("nam đã"))).as("'Việt Nam đã được giải quyết': a tense, typed plain 'đá'").isFalse();
        assertThat(OBJECTS.namesObjectAsWritten(written("chưa đăng"))).as("'người lớn chưa đăng ký khai sinh': not yet").isFalse();
        assertThat(OBJECTS.namesObjectAsWritten(written("da cam"))).as("chất độc da cam").isTrue();
    }

    private static String written(String pair) {
        return Arrays.stream(pair.split(" ")).map(VietnameseText::toned).collect(Collectors.joining(" "));
    }
}
