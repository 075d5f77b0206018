package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TelexTest {

    @ParameterizedTest
    @CsvSource({"giaays,giay", "tow,to", "kys,ki", "ddaau,dau", "nuwowcs,nuoc", "hoonf,hon"})
    void telexKeysLeftInAreReadAsTheFoldedSyllableTheyMake(String typed, String meant) {
        assertThat(Telex.read(typed)).isEqualTo(meant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"khai", "sinh", "as", "s"})
    void aSyllableWithoutTelexKeysHasNoReading(String typed) {
        // a tone key ends a syllable of three letters or more: "as" is a word, not "á"
        assertThat(Telex.read(typed)).isNull();
    }
}
