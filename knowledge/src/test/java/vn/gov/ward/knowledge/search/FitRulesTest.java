package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.ward.knowledge.search.SmallCatalogue.procedure;

import java.util.List;

import org.junit.jupiter.api.Test;

class FitRulesTest {

    /** The birth registration and the joint procedure under their catalogue codes: the bundled life events lead to them. */
    static final String BIRTH = "1.001193";
    static final String BIRTH_RESIDENCE_INSURANCE = "2.000986";

    static final SmallCatalogue CATALOGUE = new SmallCatalogue(
            procedure(BIRTH, "Thủ tục đăng ký khai sinh", List.of("khai sinh cho con")),
            procedure("KS-LD", "Thủ tục đăng ký khai sinh lưu động"),
            procedure("KS-NN", "Thủ tục đăng ký khai sinh có yếu tố nước ngoài", List.of("khai sinh con lai")),
            procedure("KS-LAI-NN", "Thủ tục đăng ký lại khai sinh có yếu tố nước ngoài"),
            procedure("KS-CM", "Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con", List.of("con ngoài giá thú", "khai sinh cho con chưa đăng ký kết hôn")),
            procedure(BIRTH_RESIDENCE_INSURANCE, "Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế"),
            procedure("CC", "Cấp thẻ căn cước"),
            procedure("CC-LAI", "Cấp lại thẻ căn cước"),
            procedure("HKD-DONG", "Chấm dứt hoạt động hộ kinh doanh"),
            procedure("1.001570", "Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh"));
    static final FitRules FIT = new FitRules(CATALOGUE.variants, CATALOGUE.profiles, SmallCatalogue.OBJECTS);

    @Test
    void aProcedureNothingSetsApartFitsFully() {
        assertThat(fit(BIRTH, "đăng ký khai sinh")).isEqualTo(new FitRules.Fit(1, 1, 1, 1));
    }

    @Test
    void anActionSaidInTheWordsOfALifeEventLeadingToTheProcedureIsWhatTheEventMeans() {
        assertThat(fit("1.001570", "tiệm của em đóng cửa 2 tháng vì đi đẻ").action()).as("the pause event").isEqualTo(1);
        assertThat(fit("1.001570", "tiệm của em muốn đóng cửa").action()).as("no event told").isEqualTo(Actions.OTHER_ACTION);
    }

    @Test
    void aVariantFitsFullyOnlyWhenItsQualifiersAreSaid() {
        assertThat(fit("KS-LD", "đăng ký khai sinh").variant()).isEqualTo(FitRules.VARIANT_NOT_ASKED);
        assertThat(fit("KS-LD", "đăng ký khai sinh lưu động").variant()).isEqualTo(1);
        assertThat(fit("KS-LAI-NN", "đăng ký lại khai sinh").variant()).isEqualTo(FitRules.VARIANT_PARTLY_ASKED);
    }

    @Test
    void aProcedureForPeopleWhoHaveNotYetDoneWhatTheQuestionSaysIsDoneFitsLess() {
        assertThat(fit("KS-CM", "vợ chồng em đã đăng ký kết hôn rồi, làm khai sinh cho con").variant()).isEqualTo(FitRules.ALREADY_DONE);
        assertThat(fit("KS-CM", "vo chong em da dang ky ket hon roi, lam khai sinh cho con").variant()).as("typed plain")
                .isEqualTo(FitRules.ALREADY_DONE);
        assertThat(fit("KS-CM", "chưa đăng ký kết hôn, làm khai sinh cho con").variant()).isEqualTo(1);
    }

    @Test
    void aVariantWhoseQualifierIsDeniedFitsLeast() {
        assertThat(fit("KS-NN", "khai sinh cho con không có yếu tố nước ngoài").variant()).isEqualTo(FitRules.VARIANT_DENIED);
    }

    @Test
    void aWordPairOfAVariantsKeywordsItsBaseLacksAsksForTheVariant() {
        assertThat(fit("KS-CM", "khai sinh cho con ngoài giá thú").variant()).isEqualTo(1);
        assertThat(fit("KS-CM", "khai sinh cho con").variant()).isEqualTo(FitRules.VARIANT_NOT_ASKED);
        assertThat(fit("KS-NN", "sinh con xong thì làm khai sinh thế nào").variant()).as("'sinh con' of 'khai sinh con lai': both words the base's")
                .isEqualTo(FitRules.VARIANT_NOT_ASKED);
    }

    @Test
    void aBaseOneOfWhoseVariantsIsAskedFitsLess() {
        assertThat(fit(BIRTH, "chồng em người Hàn, làm khai sinh cho con thế nào").variant()).as("implied by the country")
                .isEqualTo(FitRules.BASE_OF_VARIANT_ASKED);
        assertThat(fit(BIRTH, "khai sinh lưu động cho con").variant()).isEqualTo(FitRules.BASE_OF_VARIANT_ASKED);
        assertThat(fit(BIRTH, "đăng ký lại khai sinh").variant()).as("'lại' alone is too common a word to ask a variant").isEqualTo(1);
        assertThat(fit(BIRTH, "khai sinh cho con, không có yếu tố nước ngoài").variant()).as("denied").isEqualTo(1);
    }

    @Test
    void whatAProcedureDoesFitsWhatTheQuestionAsksDone() {
        assertThat(fit("CC-LAI", "mất căn cước").action()).isEqualTo(1);
        assertThat(fit("CC", "mất căn cước").action()).isEqualTo(Actions.FIRST_TIME_INSTEAD);
        assertThat(fit("CC-LAI", "làm thẻ căn cước").action()).isEqualTo(Actions.ACTION_NOT_ASKED);
        assertThat(fit("HKD-DONG", "mất căn cước").otherAction()).isTrue();
        assertThat(fit("CC", "mất căn cước").otherAction()).as("issuing anew").isFalse();
    }

    @Test
    void whatASentenceAboutSomethingElseAsksDoneIsNotAskedOfTheProcedure() {
        assertThat(fit("CC", "Em mới nghỉ làm công ty. Có cần làm thẻ căn cước không?").action()).as("the withdrawal is the job's").isEqualTo(1);
        assertThat(fit("CC", "Em nghỉ làm công ty, có cần làm thẻ căn cước không?").action())
                .as("one sentence: what it asks done is asked of everything in it").isEqualTo(Actions.OTHER_ACTION);
        assertThat(fit("CC-LAI", "Thẻ căn cước của tôi bị ướt hết. Giờ làm lại thì làm sao?").action())
                .as("a sentence naming nothing asks of what the others name").isEqualTo(1);
    }

    @Test
    void aProcedureALifeEventLeadsToAfterTheFirstFitsLess() {
        assertThat(fit(BIRTH, "vợ em mới đẻ").event()).isEqualTo(1);
        assertThat(fit(BIRTH_RESIDENCE_INSURANCE, "vợ em mới đẻ").event()).isEqualTo(FitRules.LATER_IN_EVENT);
    }

    @Test
    void aLifeEventToldInDeniedWordsDidNotHappen() {
        assertThat(fit(BIRTH_RESIDENCE_INSURANCE, "vợ em mới đẻ, làm giấy tờ gì").event()).isEqualTo(FitRules.LATER_IN_EVENT);
        assertThat(fit(BIRTH_RESIDENCE_INSURANCE, "chứ không phải vợ em mới đẻ, làm giấy tờ gì").event()).as("no event told").isEqualTo(1);
    }

    @Test
    void aLifeEventLeadingToAVariantSaysWhatSetsItApart() {
        SmallCatalogue catalogue = new SmallCatalogue(procedure(BIRTH, "Thủ tục đăng ký khai sinh"),
                procedure("1.000689", "Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con"));
        FitRules fit = new FitRules(catalogue.variants, catalogue.profiles, SmallCatalogue.OBJECTS);
        assertThat(fit.fit(catalogue.profile("1.000689"), catalogue.weigh("sinh con ngoài giá thú, làm khai sinh có tên cha")).variant())
                .as("the bundled event 'con ngoài giá thú' leads to it").isEqualTo(1);
        assertThat(fit.fit(catalogue.profile("1.000689"), catalogue.weigh("làm khai sinh cho con")).variant()).isEqualTo(FitRules.VARIANT_NOT_ASKED);
    }

    @Test
    void aProcedureALifeEventToldRulesOutFitsLess() {
        SmallCatalogue catalogue = new SmallCatalogue(procedure("2.000635", "Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh"),
                procedure("1.004884", "Thủ tục đăng ký lại khai sinh"));
        FitRules fit = new FitRules(catalogue.variants, catalogue.profiles, SmallCatalogue.OBJECTS);
        assertThat(fit.fit(catalogue.profile("2.000635"), catalogue.weigh("mất giấy khai sinh, sổ hộ tịch ở xã cũng bị cháy hết")).event())
                .as("the bundled event: the register is gone too, no copy can be made from it").isEqualTo(FitRules.RULED_OUT);
        assertThat(fit.fit(catalogue.profile("2.000635"), catalogue.weigh("mất giấy khai sinh, sổ gốc ở xã vẫn còn")).event()).isEqualTo(1);
        assertThat(fit.fit(catalogue.profile("1.004884"), catalogue.weigh("mất giấy khai sinh, sổ gốc ở xã vẫn còn")).event())
                .as("the register kept: nothing to register again").isEqualTo(FitRules.RULED_OUT);
    }

    @Test
    void anEventToldBesideAPaperTheCitizenHoldsIsTold() {
        SmallCatalogue catalogue = new SmallCatalogue(procedure("1.000689", "Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con"),
                procedure("1.001022", "Thủ tục đăng ký nhận cha, mẹ, con"));
        FitRules fit = new FitRules(catalogue.variants, catalogue.profiles, SmallCatalogue.OBJECTS);
        WeighedQuestion blank = catalogue.weigh("cháu đã có giấy khai sinh nhưng phần tên cha để trống, giờ bố muốn nhận con");
        assertThat(fit.fit(catalogue.profile("1.000689"), blank).event()).as("'tên cha để trống' holds the name, and tells the event")
                .isEqualTo(FitRules.RULED_OUT);
    }

    @Test
    void anEventToldInsideTheWordsOfAnotherIsPartOfIt() {
        SmallCatalogue catalogue = new SmallCatalogue(procedure("1.000656", "Thủ tục đăng ký khai tử"),
                procedure("2.002307", "Giải quyết chế độ mai táng phí đối với cựu chiến binh"));
        WeighedQuestion veteran = catalogue.weigh("bố tôi là cựu chiến binh, không hưởng trợ cấp gì, vừa qua đời tuần trước");
        assertThat(veteran.told().rank("2.002307")).as("a veteran's death").isZero();
        assertThat(veteran.told().rank("1.000656")).as("'vừa qua đời' inside it tells no other death").isEqualTo(Integer.MAX_VALUE);
        assertThat(catalogue.weigh("bố tôi vừa qua đời tuần trước").told().rank("1.000656")).isZero();
    }

    @Test
    void anEventLeadingOnlyToSomeOfAnotherToldWithItSaysWhichComesFirst() {
        SmallCatalogue catalogue = new SmallCatalogue(procedure("1.000656", "Thủ tục đăng ký khai tử"),
                procedure("1.116910", "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội"));
        WeighedQuestion beneficiary = catalogue.weigh("bố đang nhận trợ cấp xã hội hằng tháng, hôm qua mất, gia đình lo hậu sự có được hỗ trợ không");
        assertThat(beneficiary.told().rank("1.116910")).as("a beneficiary's death").isZero();
        assertThat(beneficiary.told().rank("1.000656")).as("'lo hậu sự' tells a death, the beneficiary's says more").isEqualTo(1);
        assertThat(catalogue.weigh("gia đình đang lo hậu sự cho bố").told().rank("1.000656")).isZero();
    }

    @Test
    void anEventRulingOutTheProcedureDoingWhatTheWordsAskSaysTheyMeantItsOwn() {
        SmallCatalogue catalogue = new SmallCatalogue(procedure("1.014063", "Cấp đổi thẻ căn cước"), procedure("1.014064", "Cấp lại thẻ căn cước"));
        FitRules fit = new FitRules(catalogue.variants, catalogue.profiles, SmallCatalogue.OBJECTS);
        WeighedQuestion turning25 = catalogue.weigh("tháng sau tôi tròn 25 tuổi, thẻ căn cước có phải làm lại không");
        assertThat(fit.fit(catalogue.profile("1.014063"), turning25).action()).as("the bundled event: the exchange due at 25").isEqualTo(1);
        assertThat(fit.fit(catalogue.profile("1.014064"), turning25).event()).isEqualTo(FitRules.RULED_OUT);
        assertThat(fit.fit(catalogue.profile("1.014063"), catalogue.weigh("thẻ căn cước bị mất, có phải làm lại không")).action())
                .as("no event told: 'làm lại' asks the reissue").isEqualTo(Actions.OTHER_ACTION);
    }

    @Test
    void theFitIsTheProductOfItsParts() {
        assertThat(new FitRules.Fit(0.5, 0.4, 0.8, 0.9).product()).isEqualTo(0.5 * 0.4 * 0.8 * 0.9);
    }

    private static FitRules.Fit fit(String code, String question) {
        return FIT.fit(CATALOGUE.profile(code), CATALOGUE.weigh(question));
    }
}
