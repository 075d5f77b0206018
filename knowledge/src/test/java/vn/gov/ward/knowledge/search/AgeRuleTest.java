package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

class AgeRuleTest {

    static final String UNDER_14 = "Cấp thẻ căn cước cho người dưới 14 tuổi";
    static final String FROM_14 = "Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên";

    @Test
    void aQuestionGivesAnAgeAsANumberBeforeTuoi() {
        assertThat(AgeRule.age(question("làm căn cước cho con 15 tuổi"))).isEqualTo(OptionalInt.of(15));
        assertThat(AgeRule.age(question("lam can cuoc cho con 9 tuoi"))).isEqualTo(OptionalInt.of(9));
    }

    @Test
    void aNumberThatIsNoAgeGivesNone() {
        assertThat(AgeRule.age(question("làm căn cước năm 2024"))).isEmpty();
        assertThat(AgeRule.age(question("con em bao nhiêu tuổi thì làm căn cước"))).isEmpty();
        assertThat(AgeRule.age(question("căn cước 1234 tuổi"))).as("more than three digits").isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"10,true,false", "13,true,false", "14,false,true", "15,false,true", "70,false,true"})
    void aProcedureForAnAgeGroupAppliesOnlyWithinIt(int age, boolean under14, boolean from14) {
        assertThat(AgeRule.applies(UNDER_14, age)).isEqualTo(under14);
        assertThat(AgeRule.applies(FROM_14, age)).isEqualTo(from14);
    }

    @Test
    void aProcedureThatBoundsNoAgeAppliesAtAnyAge() {
        assertThat(AgeRule.applies("Cấp lại thẻ căn cước", 9)).isTrue();
        assertThat(AgeRule.applies("Cấp lại thẻ căn cước", 90)).isTrue();
    }

    /** The question as one run of meaningful syllables: the age is read from the runs the parser leaves. */
    private static ParsedQuestion question(String text) {
        List<Token> tokens = Syllables.tokens(text);
        return new ParsedQuestion(tokens, List.of(tokens), List.of(), List.of());
    }
}
