package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.ward.knowledge.search.SmallCatalogue.procedure;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.gov.ward.knowledge.search.ParsedQuestion.Denial;
import vn.gov.ward.knowledge.search.Variants.Asked;
import vn.gov.ward.knowledge.search.Variants.Variant;

class VariantsTest {

    static final SmallCatalogue CATALOGUE = new SmallCatalogue(
            procedure("KS", "Thủ tục đăng ký khai sinh"),
            procedure("KS-LD", "Thủ tục đăng ký khai sinh lưu động"),
            procedure("KS-NN", "Thủ tục đăng ký khai sinh có yếu tố nước ngoài"),
            procedure("KS-LAI", "Thủ tục đăng ký lại khai sinh"),
            procedure("KS-LAI-NN", "Thủ tục đăng ký lại khai sinh có yếu tố nước ngoài"),
            procedure("LT", "Liên thông thủ tục hành chính về đăng ký khai sinh, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi"),
            procedure("KH", "Thủ tục đăng ký kết hôn"),
            procedure("HC-XA", "Trình báo mất hộ chiếu phổ thông (thực hiện tại cấp xã)"),
            procedure("HC-HUYEN", "Trình báo mất hộ chiếu phổ thông (thực hiện tại cấp huyện)"));
    static final Variants VARIANTS = CATALOGUE.variants;

    @Test
    void aVariantVariesTheProcedureWhoseNameSaysLeastOfWhatItsNameSays() {
        assertThat(VARIANTS.of("KS-LD")).contains(new Variant("KS", List.of(List.of("luu", "dong"))));
        assertThat(VARIANTS.of("KS-LAI")).contains(new Variant("KS", List.of(List.of("lai")), Map.of(List.of("lai"), "ki")));
        assertThat(VARIANTS.of("KS-LAI-NN")).as("not the re-registration: its name says more").get()
                .extracting(Variant::base).isEqualTo("KS");
    }

    @Test
    void theWordsAVariantAddsAreItsQualifiersInRunsWithoutChatWords() {
        assertThat(VARIANTS.of("KS-NN")).get().extracting(Variant::qualifiers)
                .isEqualTo(List.of(List.of("yeu", "to", "nuoc", "ngoai")));
        assertThat(VARIANTS.of("KS-LAI-NN")).get().extracting(Variant::qualifiers)
                .isEqualTo(List.of(List.of("lai"), List.of("yeu", "to", "nuoc", "ngoai")));
    }

    @Test
    void aPairInsideAQualifierQualifiesTheVariantButNotItsBase() {
        assertThat(VARIANTS.qualifies("KS-NN", "nuoc ngoai")).isTrue();
        assertThat(VARIANTS.qualifies("KS-NN", "khai sinh")).as("what the variant is about").isFalse();
        assertThat(VARIANTS.qualifies("KS-NN", "ngoai khai")).as("not a pair of the qualifier").isFalse();
        assertThat(VARIANTS.qualifies("KS", "nuoc ngoai")).as("no variant").isFalse();
    }

    @Test
    void aProcedureIsNoVariantOfANameItDoesNotOpenWith() {
        assertThat(VARIANTS.of("LT")).as("says đăng ký khai sinh, but opens with liên thông").isEmpty();
    }

    @Test
    void aProcedureNoOtherNameIsPartOfIsNoVariant() {
        assertThat(VARIANTS.of("KS")).isEmpty();
        assertThat(VARIANTS.of("KH")).isEmpty();
    }

    @Test
    void theDistrictLevelCopyOfAProcedureVariesTheCommuneLevelOne() {
        assertThat(VARIANTS.of("HC-HUYEN")).contains(new Variant("HC-XA", List.of(List.of("cap", "huyen"))));
        assertThat(VARIANTS.of("HC-XA")).isEmpty();
    }

    @Test
    void aVariantIsAskedWhenTheQuestionSaysItsQualifiers() {
        assertThat(asked("KS-LD", "đăng ký khai sinh lưu động")).isEqualTo(Asked.ALL);
        assertThat(asked("KS-LD", "dang ky khai sinh luu dong")).isEqualTo(Asked.ALL);
        assertThat(asked("KS-LD", "đăng ký khai sinh")).isEqualTo(Asked.NONE);
        assertThat(asked("KS-LAI", "làm lại khai sinh")).as("a qualifier of one syllable after 'làm'").isEqualTo(Asked.ALL);
        assertThat(asked("KS-LAI", "dang ky lai khai sinh")).as("after the word it follows in the name").isEqualTo(Asked.ALL);
        assertThat(asked("KS-LAI", "khai sinh cho con, sửa lại tên")).as("'lại' after another word asks nothing").isEqualTo(Asked.NONE);
    }

    @Test
    void aQualifierOfSeveralSyllablesIsSaidByOneOfItsPairsNotByOneSyllable() {
        assertThat(asked("KS-NN", "khai sinh cho con, bố là người nước ngoài")).isEqualTo(Asked.ALL);
        assertThat(asked("KS-LD", "khai sinh, cán bộ có đến nhà lưu giấy không")).isEqualTo(Asked.NONE);
    }

    @Test
    void aVariantWithSomeOfItsQualifiersSaidIsAskedInPart() {
        assertThat(asked("KS-LAI-NN", "đăng ký lại khai sinh")).isEqualTo(Asked.SOME);
        assertThat(asked("KS-LAI-NN", "đăng ký lại khai sinh có yếu tố nước ngoài")).isEqualTo(Asked.ALL);
    }

    @Test
    void aDeniedQualifierDeniesTheVariantEvenIfAnotherIsSaid() {
        assertThat(asked("KS-NN", "khai sinh không có yếu tố nước ngoài")).isEqualTo(Asked.DENIED);
        assertThat(asked("KS-LAI-NN", "đăng ký lại khai sinh, không phải nước ngoài")).isEqualTo(Asked.DENIED);
    }

    private static Asked asked(String code, String question) {
        ParsedQuestion parsed = CATALOGUE.parse(question);
        return Variants.asked(VARIANTS.of(code).orElseThrow(), parsed.saidPairs(), parsed.said(),
                parsed.deniedPairs(Denial.QUALIFIER), parsed.denied(Denial.QUALIFIER), parsed.foldedTokens());
    }
}
