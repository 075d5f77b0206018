package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;


/** A syllable typed one edit wrong, or spelt the other way, still finds what the usual spelling finds, on the real catalogue. */
class TypoToleranceTest {

    static ProcedureSearch search;
    static String expected;

    @BeforeAll
    static void build() {
        search = RealCatalogue.search();
        expected = topCode("dang ky khai sinh cho con");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "dang ky khai snih cho con",  // two letters swapped
            "dang ky khai sinj cho con",  // one letter wrong
            "dang ky khai sin cho con",   // one letter missing
            "dang ky khai sinhh cho con", // one letter too many
            "dang ki khai sinh cho con",  // i for y, a spelling rather than a typo
            "dang ky khia sinh cho con",  // two letters swapped into another word ("khía"), that no procedure name uses
            "dangw kys khai sinh cho con", // Telex keys left in: "đăng ký"
    })
    void oneEditFromTheRightSpellingFindsTheSameProcedure(String question) {
        assertThat(topCode(question)).isEqualTo(expected);
    }

    @Test
    void aShortUnknownSyllableIsNotGuessed() {
        // two letters have too many neighbours to be a typo of one of them
        assertThat(search.search("xq", 5).decision()).isEqualTo(Decision.DECLINE);
    }

    @Test
    void aChatWordBesideAMistypedSyllableOfANamesPairIsThatPairsWord() {
        // "can" alone is "cần", a chat word; "can cuco" is "căn cước" with two letters swapped.
        assertThat(topCode("lam can cuco cho be nha e 6 tuoi dc ko")).isEqualTo(topCode("lam can cuoc cho be nha e 6 tuoi dc ko"));
    }

    private static String topCode(String question) {
        SearchResult result = search.search(question, 5);
        assertThat(result.decision()).as(question).isNotEqualTo(Decision.DECLINE);
        return result.hits().get(0).procedure().code();
    }
}
