package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.ward.knowledge.search.CandidateBuilder.about;
import static vn.gov.ward.knowledge.search.SmallCatalogue.procedure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DecisionPolicyTest {

    static final SmallCatalogue CATALOGUE = new SmallCatalogue(
            procedure("KS", "Thủ tục đăng ký khai sinh", "Giấy chứng sinh"),
            procedure("KS-LD", "Thủ tục đăng ký khai sinh lưu động"),
            procedure("KH", "Thủ tục đăng ký kết hôn"),
            procedure("KT", "Thủ tục đăng ký khai tử"),
            procedure("GH", "Thủ tục đăng ký giám hộ"),
            procedure("CM", "Thủ tục đăng ký nhận cha, mẹ, con"));
    static final Referral BIRTH_CERTIFICATE = new Referral("giay-chung-sinh", "Cấp giấy chứng sinh", List.of("giấy chứng sinh"),
            "Cơ sở y tế", "Cơ sở y tế", null, null, List.of(), List.of(), false, null);
    static final NamedReferral NAMES_BIRTH_CERTIFICATE = new NamedReferral(BIRTH_CERTIFICATE, 0, false, Set.of("giay", "chung", "sinh"),
            Set.of("giay chung", "chung sinh"), 6, Set.of("giay", "chung", "sinh", "dang", "ki", "ket", "hon"),
            Set.of("dang", "ki", "ket", "hon"), Set.of("giay", "chung", "sinh"), -1, Set.of());

    final DecisionPolicy policy = new DecisionPolicy();

    @Test
    void aProcedureTheQuestionNamesAndThatExplainsItIsTheAnswer() {
        DecisionPolicy.Verdict verdict = decide(candidate("KS").build(), candidate("KH").score(5).build());
        assertThat(verdict.decision()).isEqualTo(Decision.ANSWER);
        assertThat(codes(verdict.offered())).containsExactly("KS");
        assertThat(codes(verdict.ordered())).containsExactly("KS", "KH");
    }

    @Test
    void nothingFoundIsDeclined() {
        assertThat(decide().decision()).isEqualTo(Decision.DECLINE);
    }

    @Test
    void aProcedureTheQuestionNeitherNamesNorLeadsToByALifeEventIsDeclined() {
        assertThat(decide(candidate("KS").noObjectNamed().build()).decision()).isEqualTo(Decision.DECLINE);
        assertThat(decide(candidate("KS").noObjectNamed().told().build()).decision()).isEqualTo(Decision.ANSWER);
    }

    @Test
    void aProcedureConcerningPeopleTheQuestionDoesNotNameIsNoAnswer() {
        assertThat(decide(candidate("KN").forOthers(0.1).build()).decision()).isEqualTo(Decision.DECLINE);
        assertThat(decide(candidate("KN").build()).decision()).isEqualTo(Decision.ANSWER);
    }

    @Test
    void aProcedureDoingAnotherActionThanAskedIsDeclined() {
        assertThat(decide(candidate("KS").action(Actions.OTHER_ACTION).build()).decision()).isEqualTo(Decision.DECLINE);
        assertThat(decide(candidate("KS").action(Actions.FIRST_TIME_INSTEAD).build()).decision())
                .as("issuing anew may be how it is renewed").isEqualTo(Decision.ANSWER);
    }

    @Test
    void aProcedureSharingTooLittleOfTheQuestionIsDeclined() {
        assertThat(decide(candidate("KS").anchor(1).build()).decision()).as("only common words").isEqualTo(Decision.DECLINE);
        assertThat(decide(candidate("KS").unexplained(20).build()).decision()).as("a rare word left unexplained")
                .isEqualTo(Decision.DECLINE);
    }

    @Test
    void aLowerRankedProcedureThatPassesIsTheAnswerWhenTheFirstDoesNot() {
        DecisionPolicy.Verdict verdict = decide(candidate("KS").action(Actions.OTHER_ACTION).build(), candidate("KH").score(5).build());
        assertThat(verdict.decision()).isEqualTo(Decision.ANSWER);
        assertThat(codes(verdict.ordered())).containsExactly("KH", "KS");
    }

    @Test
    void onlyTheFirstFewProceduresAreLookedAtForAnAnswer() {
        Candidate[] ranked = {candidate("KS").noObjectNamed().build(), candidate("KS-LD").noObjectNamed().build(),
                candidate("KH").noObjectNamed().build(), candidate("KT").noObjectNamed().build(), candidate("GH").score(9).build()};
        assertThat(decide(ranked).decision()).isEqualTo(Decision.DECLINE);
    }

    @Test
    void aRunnerUpScoringNineTenthsOfTheBestIsOfferedAsAChoice() {
        DecisionPolicy.Verdict close = decide(candidate("KS").build(), candidate("KS-LD").score(9.5f).build(), candidate("KH").score(5).build());
        assertThat(close.decision()).isEqualTo(Decision.CLARIFY);
        assertThat(codes(close.offered())).containsExactly("KS", "KS-LD");
        assertThat(codes(close.ordered())).containsExactly("KS", "KS-LD", "KH");

        assertThat(decide(candidate("KS").build(), candidate("KS-LD").score(8.5f).build()).decision()).isEqualTo(Decision.ANSWER);
    }

    @Test
    void aRunnerUpThatDoesNotPassIsNotOffered() {
        DecisionPolicy.Verdict verdict = decide(candidate("KS").build(), candidate("KS-LD").score(9.5f).noObjectNamed().build());
        assertThat(verdict.decision()).isEqualTo(Decision.ANSWER);
    }

    @Test
    void aProcedureOfWhoseNameTheQuestionSaysAWordOrTwoIsNoAnswerUnlessTheEvidenceIsStrong() {
        Candidate weak = candidate("KS").unsaid(0.85, 0.95).build();
        assertThat(weak.evidence()).isLessThan(DecisionPolicy.SAYS_LITTLE_EVIDENCE);
        assertThat(decide(weak).decision()).isEqualTo(Decision.DECLINE);
        assertThat(decide(candidate("KS").unsaid(0.85, 0.5).build()).decision()).as("its opening said").isEqualTo(Decision.ANSWER);
        assertThat(decide(candidate("KS").unsaid(0.85, 0.95).score(100f).build()).decision()).as("strong evidence").isEqualTo(Decision.ANSWER);
    }

    @Test
    void atMostFourProceduresAreOffered() {
        DecisionPolicy.Verdict verdict = decide(candidate("KS").build(), candidate("KS-LD").score(9.9f).build(),
                candidate("KH").score(9.8f).build(), candidate("KT").score(9.7f).build(), candidate("GH").score(9.6f).build());
        assertThat(verdict.decision()).isEqualTo(Decision.CLARIFY);
        assertThat(codes(verdict.offered())).containsExactly("KS", "KS-LD", "KH", "KT");
        assertThat(verdict.ordered()).hasSize(5);
    }

    @Test
    void aServiceOfAnotherAgencyIsReferredWhenNoProcedureAnswers() {
        DecisionPolicy.Verdict verdict = policy.decide(List.of(candidate("KH").noObjectNamed().build()),
                Optional.of(NAMES_BIRTH_CERTIFICATE), Set.of("giay", "chung", "sinh"), Set.of());
        assertThat(verdict.decision()).isEqualTo(Decision.REFER);
        assertThat(verdict.referral()).contains(BIRTH_CERTIFICATE);
        assertThat(verdict.offered()).isEmpty();
    }

    @Test
    void aServiceOfAnotherAgencyIsReferredWhenTheQuestionSaysLittleElseOfTheBestProcedure() {
        DecisionPolicy.Verdict verdict = policy.decide(List.of(candidate("KH").build()), Optional.of(NAMES_BIRTH_CERTIFICATE),
                Set.of("giay", "chung", "sinh", "dang"), Set.of());
        assertThat(verdict.decision()).isEqualTo(Decision.REFER);
    }

    @Test
    void aServiceThatIsAPaperTheBestProcedureAsksForIsNotReferredWhenTheQuestionNamesTheProcedureToo() {
        DecisionPolicy.Verdict verdict = policy.decide(List.of(candidate("KS").explains(Map.of("khai sinh", 5.0)).namesObjectBy("khai sinh").build()),
                Optional.of(NAMES_BIRTH_CERTIFICATE), Set.of("giay", "chung", "sinh", "dang", "ki", "khai"), Set.of());
        assertThat(verdict.decision()).isEqualTo(Decision.ANSWER);
        assertThat(policy.decide(List.of(candidate("KS").namesObjectBy("chung sinh").build()), Optional.of(NAMES_BIRTH_CERTIFICATE), Set.of("giay", "chung", "sinh"),
                Set.of()).decision()).as("the paper alone: the hospital issues it").isEqualTo(Decision.REFER);
    }

    @Test
    void aServiceBesideWhichTheQuestionNamesTheBestProcedureIsNotReferred() {
        DecisionPolicy.Verdict verdict = policy.decide(List.of(candidate("KH").explains(Map.of("ket hon", 7.0)).build()),
                Optional.of(NAMES_BIRTH_CERTIFICATE), Set.of("giay", "chung", "sinh", "dang", "ki", "ket", "hon"), Set.of());
        assertThat(verdict.decision()).isEqualTo(Decision.ANSWER);
    }

    @Test
    void aServiceWeighingMoreThanWhatTheBestProcedureExplainsBesideItIsReferred() {
        DecisionPolicy.Verdict verdict = policy.decide(List.of(candidate("KH").explains(Map.of("ket hon", 5.0, "chung sinh", 4.0)).build()),
                Optional.of(NAMES_BIRTH_CERTIFICATE), Set.of("giay", "chung", "sinh", "dang", "ki", "ket", "hon"), Set.of());
        assertThat(verdict.decision()).as("'chung sinh' is the service's: 5 besides it, against its 6").isEqualTo(Decision.REFER);
    }

    @Test
    void aServiceNamedAsWhereTheCitizenMeansToGoIsReferredWhateverElseTheQuestionNames() {
        NamedReferral atTheService = new NamedReferral(BIRTH_CERTIFICATE, 5, true, NAMES_BIRTH_CERTIFICATE.words(),
                NAMES_BIRTH_CERTIFICATE.pairs(), 6, NAMES_BIRTH_CERTIFICATE.asked(), NAMES_BIRTH_CERTIFICATE.askedBesides(),
                NAMES_BIRTH_CERTIFICATE.about(), -1, Set.of());
        DecisionPolicy.Verdict verdict = policy.decide(List.of(candidate("KH").explains(Map.of("ket hon", 7.0)).build()),
                Optional.of(atTheService), Set.of("giay", "chung", "sinh", "dang", "ki", "ket", "hon"), Set.of());
        assertThat(verdict.decision()).as("the same question as above, the service named after 'ở'").isEqualTo(Decision.REFER);
    }

    private DecisionPolicy.Verdict decide(Candidate... ranked) {
        return policy.decide(List.of(ranked), Optional.empty(), Set.of(), Set.of());
    }

    private static CandidateBuilder candidate(String code) {
        return about(CATALOGUE.profile(code));
    }

    private static List<String> codes(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::code).toList();
    }
}
