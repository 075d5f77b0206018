package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.ward.knowledge.search.SmallCatalogue.procedure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypoCorrectorTest {

    static final TypoCorrector TYPOS = new SmallCatalogue(
            procedure("1", "Thủ tục đăng ký khai sinh", "Bản cam kết"),
            procedure("2", "Thủ tục đăng ký kết hôn"),
            procedure("3", "Cấp thẻ căn cước"),
            procedure("4", "Cấp lại thẻ căn cước"),
            procedure("5", "Cấp giấy phép kinh doanh")).typos;

    @Test
    void aSyllableTheCatalogueUsesIsTakenAsTyped() {
        assertThat(TYPOS.known("sinh")).isEqualTo("sinh");
        assertThat(TYPOS.known("cam")).as("known from a document").isEqualTo("cam");
    }

    @ParameterizedTest
    @ValueSource(strings = {"snih", "sinj", "sin", "sinhh"})
    void aLetterWrongMissingExtraOrTwoSwappedIsReadAsTheCatalogueSyllable(String typed) {
        assertThat(TYPOS.known(typed)).isEqualTo("sinh");
    }

    @Test
    void ofSeveralNeighboursTheOneMoreNamesUseIsMeant() {
        assertThat(TYPOS.neighbours("camp")).containsExactlyInAnyOrder("cap", "cam");
        assertThat(TYPOS.known("camp")).as("cấp: three names; cam: a document").isEqualTo("cap");
    }

    @Test
    void threeLettersAreReadOnlyAsASyllableWithALetterMore() {
        assertThat(TYPOS.known("sin")).isEqualTo("sinh");
        assertThat(TYPOS.neighbours("cao")).as("'cao' is a word: not 'cấp', 'căn' or 'cam'").isEmpty();
        assertThat(TYPOS.neighbours("com")).as("'cơm', not 'cam'").isEmpty();
    }

    @Test
    void telexKeysLeftInAreReadAsTheSyllableTheyMake() {
        assertThat(TYPOS.known("kys")).isEqualTo("ki");
        assertThat(TYPOS.known("caaps")).as("two edits from cấp").isEqualTo("cap");
        assertThat(TYPOS.neighbours("kys")).containsExactly("ki");
    }

    @Test
    void aSyllableOfTwoLettersIsNotGuessed() {
        assertThat(TYPOS.neighbours("ka")).isEmpty();
        assertThat(TYPOS.known("ka")).isNull();
    }

    @Test
    void aSyllableNothingInTheCatalogueIsNearIsNotGuessed() {
        assertThat(TYPOS.known("karaoke")).isNull();
        assertThat(TYPOS.neighbours("karaoke")).isEmpty();
    }

    @Test
    void aSyllableIsLookedUpUnderItselfAndEachWayOfLeavingOneLetterOut() {
        assertThat(TypoCorrector.deletions("hon")).containsExactly("hon", "on", "hn", "ho");
    }

    @ParameterizedTest
    @CsvSource({"hon,hno,true", "hon,hom,true", "hon,hn,true", "hon,honn,true", "hon,hon,true",
            "hon,nho,false", "hon,hmo,false", "hon,h,false", "ket,kte,true", "ket,etk,false"})
    void oneEditIsALetterWrongMissingExtraOrTwoSwapped(String a, String b, boolean oneEdit) {
        assertThat(TypoCorrector.withinOneEdit(a, b)).isEqualTo(oneEdit);
        assertThat(TypoCorrector.withinOneEdit(b, a)).isEqualTo(oneEdit);
    }
}
