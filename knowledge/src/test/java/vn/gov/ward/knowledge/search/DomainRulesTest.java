package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.gov.ward.knowledge.catalogue.CatalogueException;
import vn.gov.ward.knowledge.catalogue.Procedure;

class DomainRulesTest {

    static final DomainRules RULES = DomainRules.bundled();
    /** A procedure no rule names by its code: only its name can bound anything. */
    static final String NO_CODE = "-";
    static final String STAY_NOTIFIED = "2.001159";
    static final String TEMPORARY_RESIDENCE = "1.004194";
    static final String UNDER_14 = "Cấp thẻ căn cước cho người dưới 14 tuổi";
    static final String FROM_14 = "Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên";
    static final String SERVED_15_TO_20 = "Thủ tục giải quyết chế độ trợ cấp hàng tháng đối với quân nhân … có từ đủ 15 năm đến "
            + "dưới 20 năm công tác thực tế trong quân đội đã phục viên, xuất ngũ, thôi việc.";

    @ParameterizedTest
    @CsvSource({"10,true,false", "13,true,false", "14,false,true", "15,false,true", "70,false,true"})
    void aProcedureForAnAgeGroupKeepsItsScoreOnlyWithinIt(int age, boolean under14, boolean from14) {
        int[] given = RULES.given(Syllables.tokens("làm căn cước cho con " + age + " tuổi"));
        assertThat(RULES.keeps(NO_CODE, Syllables.folded(UNDER_14), given)).isEqualTo(under14 ? 1 : 0.3);
        assertThat(RULES.keeps(NO_CODE, Syllables.folded(FROM_14), given)).isEqualTo(from14 ? 1 : 0.3);
    }

    @Test
    void anAgeTypedWithoutMarksCountsToo() {
        assertThat(RULES.keeps(NO_CODE, Syllables.folded(FROM_14), RULES.given(Syllables.tokens("lam can cuoc cho con 9 tuoi")))).isEqualTo(0.3);
    }

    @ParameterizedTest
    @CsvSource({"5,false", "15,true", "17,true", "20,false", "25,false"})
    void aNameWithTwoBoundsNeedsBothToHold(int years, boolean within) {
        int[] given = RULES.given(Syllables.tokens("bố tôi đi bộ đội " + years + " năm rồi xuất ngũ"));
        assertThat(RULES.keeps(NO_CODE, Syllables.folded(SERVED_15_TO_20), given)).isEqualTo(within ? 1 : 0.3);
    }

    @Test
    void aNumberThatIsNoValueOfAQuantityGivesNone() {
        for (String q : List.of("làm căn cước năm 2024", "con em bao nhiêu tuổi thì làm căn cước", "căn cước 1234 tuổi",
                "đăng ký kết hôn năm 2019")) {
            assertThat(RULES.keeps(NO_CODE, Syllables.folded(UNDER_14), RULES.given(Syllables.tokens(q)))).as(q).isEqualTo(1);
            assertThat(RULES.keeps(NO_CODE, Syllables.folded(SERVED_15_TO_20), RULES.given(Syllables.tokens(q)))).as(q).isEqualTo(1);
        }
    }

    @Test
    void aProcedureWhoseNameBoundsNothingKeepsItsScoreWhateverTheValue() {
        assertThat(RULES.keeps(NO_CODE, Syllables.folded("Cấp lại thẻ căn cước"), RULES.given(Syllables.tokens("con 9 tuổi mất căn cước")))).isEqualTo(1);
        assertThat(RULES.keeps(NO_CODE, Syllables.folded("Thủ tục đăng ký kết hôn"), RULES.given(Syllables.tokens("cưới được 2 năm")))).isEqualTo(1);
    }

    @Test
    void aYearInANameIsNoBound() {
        String name = "Xác định lại diện tích đất ở … đã được cấp Giấy chứng nhận trước ngày 01 tháng 7 năm 2004";
        assertThat(RULES.keeps(NO_CODE, Syllables.folded(name), RULES.given(Syllables.tokens("được cấp sổ 10 năm rồi")))).isEqualTo(1);
    }

    @Test
    void everyBoundOfTheBundledRulesIsSaidBySomeNameOfTheCatalogue() {
        List<String> names = RealCatalogue.catalogue().procedures().stream().map(Procedure::name).toList();
        int[] tiny = RULES.given(Syllables.tokens("1 tuổi 1 năm"));
        int[] huge = RULES.given(Syllables.tokens("999 tuổi 999 năm"));
        assertThat(names).filteredOn(n -> RULES.keeps(NO_CODE, Syllables.folded(n), tiny) < 1).as("names a value of 1 breaks").isNotEmpty();
        assertThat(names).filteredOn(n -> RULES.keeps(NO_CODE, Syllables.folded(n), huge) < 1).as("names a value of 999 breaks").isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "bố mẹ ở quê lên chơi một tuần|true", "em họ lên chơi 5 ngày thôi|true", "chi ho o que len o 3 hom|true",
            "ở chơi vài hôm|true", "bạn ngủ lại 2 đêm|true", "em lên thuê trọ ở 6 tháng|false", "o nho nha chi 2 thang|false",
            "con lên ở với tôi vài tháng|false", "ở 30 ngày|false"})
    void aStayShorterThanTheLawsThirtyDaysIsNotifiedALongerOneRegistered(String question, boolean shortStay) {
        int[] given = RULES.given(Syllables.tokens(question));
        assertThat(RULES.keeps(STAY_NOTIFIED, Syllables.folded("Thông báo lưu trú"), given)).as(question).isEqualTo(shortStay ? 1 : 0.3);
        assertThat(RULES.keeps(TEMPORARY_RESIDENCE, Syllables.folded("Đăng ký tạm trú"), given)).as(question).isEqualTo(shortStay ? 0.3 : 1);
    }

    @Test
    void aWordThatIsNoNumberGivesNoStay() {
        for (String q : List.of("sau thang 6 moi len o", "sau tháng 6 mới lên ở", "đăng ký tạm trú năm 2025",
                "làm tạm trú mất 3 ngày", "tam tru con 7 ngay la het han", "ở mấy ngày thì phải đăng ký tạm trú")) {
            int[] given = RULES.given(Syllables.tokens(q));
            assertThat(RULES.keeps(STAY_NOTIFIED, Syllables.folded("Thông báo lưu trú"), given)).as(q).isEqualTo(1);
            assertThat(RULES.keeps(TEMPORARY_RESIDENCE, Syllables.folded("Đăng ký tạm trú"), given)).as(q).isEqualTo(1);
        }
    }

    @Test
    void theProceduresTheStayRuleNamesByCodeAreInTheCatalogue() {
        List<Procedure> procedures = RealCatalogue.catalogue().procedures();
        int[] oneDay = RULES.given(Syllables.tokens("ở 1 ngày"));
        int[] aYear = RULES.given(Syllables.tokens("ở 12 tháng"));
        assertThat(procedures).filteredOn(p -> RULES.keeps(p.code(), Syllables.folded(p.name()), oneDay) < 1).extracting(Procedure::code)
                .as("a day's stay breaks registering temporary residence").containsExactly(TEMPORARY_RESIDENCE);
        assertThat(procedures).filteredOn(p -> RULES.keeps(p.code(), Syllables.folded(p.name()), aYear) < 1).extracting(Procedure::code)
                .as("a year's stay breaks notifying it").containsExactly(STAY_NOTIFIED);
    }

    @Test
    void aBrokenRuleStopsTheBuildNamingIt() {
        DomainRules.Bound noNumber = new DomainRules.Bound("dưới tuổi", "below");
        assertThatThrownBy(() -> new DomainRules(List.of(new DomainRules.Rule("tuổi", "tuổi", null, null, List.of(noNumber), null, 0.3))))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("{n}");
        DomainRules.Bound unknown = new DomainRules.Bound("dưới {n} tuổi", "younger");
        assertThatThrownBy(() -> new DomainRules(List.of(new DomainRules.Rule("tuổi", "tuổi", null, null, List.of(unknown), null, 0.3))))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("younger");
        DomainRules.Bound fine = new DomainRules.Bound("dưới {n} tuổi", "below");
        assertThatThrownBy(() -> new DomainRules(List.of(new DomainRules.Rule("tuổi", "tuổi", null, null, List.of(fine), null, 1.5))))
                .isInstanceOf(CatalogueException.class);
    }
}
