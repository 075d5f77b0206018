package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static vn.gov.ward.knowledge.search.SmallCatalogue.procedure;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.gov.ward.knowledge.catalogue.Procedure;

class RerankerTest {

    /** The birth registration under its catalogue code: the bundled life events lead to it. */
    static final String BIRTH = "1.001193";

    static final SmallCatalogue CATALOGUE = new SmallCatalogue(
            procedure(BIRTH, "Thủ tục đăng ký khai sinh", "Giấy chứng sinh"),
            procedure("KS-LD", "Thủ tục đăng ký khai sinh lưu động"),
            procedure("KH", "Thủ tục đăng ký kết hôn"),
            procedure("CC-DUOI", "Cấp thẻ căn cước cho người dưới 14 tuổi"),
            procedure("CC-TU", "Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên"),
            procedure("BHXH", "Giải quyết hưởng bảo hiểm xã hội một lần"),
            procedure("HKD", "Đăng ký thành lập hộ kinh doanh"));
    static final Reranker RERANKER = CATALOGUE.reranker();

    @Test
    void aPairTypedWithMarksNoTitleHasIsNoTitlesPairThoughFoldedItIs() {
        assertThat(CATALOGUE.candidate("các cụ muốn lập hồ sơ xếp hạng di tích", "HKD").explained()).doesNotContainKey("lap ho");
        assertThat(CATALOGUE.candidate("cac cu muon lap ho so xep hang di tich", "HKD").explained())
                .as("typed without marks, it may be meant").containsKey("lap ho");
        assertThat(CATALOGUE.candidate("muốn lập hộ kinh doanh", "HKD").explained()).containsKey("lap ho");
    }

    @Test
    void atTheSameIndexScoreTheProcedureExplainingMoreOfTheQuestionRanksFirst() {
        List<Candidate> ranked = rank("đăng ký kết hôn", hit(BIRTH, 10), hit("KH", 10));
        assertThat(codes(ranked)).containsExactly("KH", BIRTH);
        assertThat(ranked.get(0).coverage()).isEqualTo(1).isGreaterThan(ranked.get(1).coverage());
    }

    @Test
    void theProcedureWhoseNameSaysLeastBeyondTheQuestionRanksFirst() {
        List<Candidate> ranked = rank("đăng ký khai sinh", hit("KS-LD", 10), hit(BIRTH, 10));
        assertThat(codes(ranked)).containsExactly(BIRTH, "KS-LD");
        assertThat(ranked.get(0).unsaid()).isLessThan(ranked.get(1).unsaid());
    }

    @Test
    void aProcedureNamedOnlyInTheStoryToldBeforeTheQuestionKeepsLess() {
        String question = "Tụi em đăng ký kết hôn năm ngoái. Tháng trước em sinh bé. Giờ làm khai sinh cho con thế nào?";
        List<Candidate> ranked = rank(question, hit("KH", 20), hit(BIRTH, 10));
        assertThat(codes(ranked)).first().isEqualTo(BIRTH);
        assertThat(ranked.get(1).score()).isEqualTo((float) (20 * Reranker.TOLD_BEFORE_THE_QUESTION));
        assertThat(rank("đăng ký kết hôn năm ngoái, giờ làm khai sinh cho con", hit("KH", 20), hit(BIRTH, 10)).get(0).score())
                .as("one sentence: no story told before it").isEqualTo(20);
    }

    @Test
    void aProcedureIssuingOnlyWhatTheCitizenAlreadyHoldsKeepsLess() {
        List<Candidate> held = rank("con đã có giấy khai sinh nhưng muốn đăng ký kết hôn cho bố mẹ", hit(BIRTH, 20), hit("KH", 10));
        assertThat(codes(held)).first().isEqualTo("KH");
        assertThat(held.get(1).score()).isEqualTo((float) (20 * Reranker.ALREADY_HELD));
        assertThat(rank("con chưa có giấy khai sinh, muốn đăng ký kết hôn cho bố mẹ", hit(BIRTH, 20), hit("KH", 10)).get(0).score())
                .as("what the citizen lacks is no paper held").isEqualTo(20);
    }

    @Test
    void aPairFollowedByAWordTheCatalogueDoesNotKnowNamesAnotherThing() {
        assertThat(CATALOGUE.candidate("thẻ căn cước cho con dưới 14 tuổi", "CC-DUOI").objectPairs()).containsKey("can cuoc");
        assertThat(CATALOGUE.candidate("thẻ căn cước Facebook là gì", "CC-DUOI").objectPairs())
                .as("'Facebook' is in no procedure, nor a typo of a word of one").doesNotContainKey("can cuoc");
        assertThat(CATALOGUE.candidate("thẻ căn cước 2024 cho con", "CC-DUOI").objectPairs()).as("a number is no word").containsKey("can cuoc");
    }

    @Test
    void theBaseOfAVariantTheIndexFoundIsRankedTooAtTheVariantsScore() {
        List<Candidate> ranked = rank("đăng ký khai sinh", hit("KS-LD", 10));
        assertThat(codes(ranked)).containsExactly(BIRTH, "KS-LD");
        assertThat(ranked.get(0).score()).isEqualTo(10);
    }

    @Test
    void theProceduresALifeEventLeadsToAreRankedThoughTheQuestionNamesNone() {
        List<Candidate> ranked = rank("vợ em mới đẻ", hit("KH", 4));
        assertThat(ranked).filteredOn(c -> c.code().equals(BIRTH)).singleElement().satisfies(c -> {
            assertThat(c.told()).isTrue();
            assertThat(c.score()).as("at the best hit's score").isEqualTo(4);
            assertThat(c.headUnsaid()).as("the event says what its name's opening does").isZero();
        });
        assertThat(ranked).filteredOn(c -> c.code().equals("KH")).singleElement().satisfies(c -> assertThat(c.told()).isFalse());
    }

    @Test
    void aProcedureForAnotherAgeThanTheQuestionGivesRanksBelow() {
        assertThat(codes(rank("làm căn cước cho con 10 tuổi", hit("CC-TU", 10), hit("CC-DUOI", 10)))).first().isEqualTo("CC-DUOI");
        assertThat(codes(rank("làm căn cước cho con 15 tuổi", hit("CC-DUOI", 10), hit("CC-TU", 10)))).first().isEqualTo("CC-TU");
        assertThat(rank("làm căn cước cho con 10 tuổi", hit("CC-TU", 10)).get(0).score()).isCloseTo(10 * 0.3f, offset(1e-6f));
    }

    @Test
    void aPairOfTheNameTheQuestionSaysAnchorsItAndNamesItsObjectUnlessItIsAnActionsName() {
        Candidate birth = rank("đăng ký khai sinh", hit(BIRTH, 10)).get(0);
        assertThat(birth.objectPairs()).containsKey("khai sinh").as("the action's name").doesNotContainKey("dang ki");
        assertThat(birth.objectPair()).isPositive().isEqualTo(birth.objectPairs().get("khai sinh"));
        assertThat(birth.anchor()).isGreaterThanOrEqualTo(birth.objectPair());

        assertThat(rank("đăng ký", hit(BIRTH, 10)).get(0).objectPair()).isZero();
    }

    @Test
    void aWordOnlyTheDocumentsSayIsExplainedByHalf() {
        Candidate birth = rank("giấy chứng sinh", hit(BIRTH, 10)).get(0);
        WeighedQuestion q = CATALOGUE.weigh("giấy chứng sinh");
        double sinh = weightOf(q, "sinh");
        double documentsOnly = weightOf(q, "giay") + weightOf(q, "chung");
        assertThat(birth.covered()).isCloseTo(sinh + documentsOnly / 2, offset(1e-9));
        assertThat(birth.unexplained()).isCloseTo(Math.max(weightOf(q, "giay"), weightOf(q, "chung")) / 2,
                offset(1e-9));
    }

    @Test
    void anAbbreviationOrAPhraseStandingForAPhraseOfTheNameNamesItsObjectAWordStandingForOneDoesNot() {
        Candidate pension = rank("rút bhxh", hit("BHXH", 10)).get(0);
        assertThat(pension.objectPairs()).as("'bhxh' for 'bảo hiểm xã hội'").isNotEmpty();
        assertThat(pension.objectPair()).isPositive();

        Candidate marriage = rank("cuoi", hit("KH", 10)).get(0);
        assertThat(marriage.covered()).as("'cưới' stands for 'kết hôn'").isPositive();
        assertThat(marriage.objectPair()).as("typed 'cuoi', it may be 'cười'").isZero();

        Candidate married = rank("lay vo", hit("KH", 10)).get(0);
        assertThat(married.objectPairs()).as("'lấy vợ', two syllables, for 'kết hôn'").containsKey("ket hon");
    }

    @Test
    void aWordTheProcedureDoesNotSayIsUnexplained() {
        Candidate marriage = rank("kết hôn karaoke", hit("KH", 10)).get(0);
        assertThat(marriage.unexplained()).isEqualTo(weightOf(CATALOGUE.weigh("kết hôn karaoke"), "karaoke"));
        assertThat(marriage.coverage()).isLessThan(1);
    }

    @Test
    void aPairOnlyTheFieldSaysDoesNotNameTheProceduresObject() {
        Procedure household = procedure("HKD", "Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh");
        SmallCatalogue catalogue = new SmallCatalogue(new Procedure(household.code(), household.name(),
                "Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)", null, null, household.documentGroups(), household.processingTime(),
                household.fee(), household.submissionMethods(), household.legalBasis(), null, null, null, household.sourceKind(), List.of(), null));
        String question = "công ty bị mất giấy chứng nhận đăng ký doanh nghiệp";
        Candidate c = catalogue.reranker().rank(catalogue.parse(question), catalogue.weigh(question),
                List.of(new ProcedureIndex.Hit(catalogue.profile("HKD"), 10))).get(0);
        assertThat(c.explained()).as("the field's words still count").containsKey("doanh nghiep");
        assertThat(c.objectPairs()).as("but they name the domain, not what the procedure is about").doesNotContainKey("doanh nghiep");
        assertThat(c.objectPair()).isZero();
    }

    @Test
    void aProcedureDoingTheActionAskedToTheSameObjectIsPromotedOverOneIssuingAnew() {
        SmallCatalogue catalogue = new SmallCatalogue(procedure("MOI", "Đăng ký, cấp biển số xe lần đầu"),
                procedure("DOI", "Đổi chứng nhận đăng ký xe, biển số xe"), procedure("KS", "Thủ tục đăng ký khai sinh"));
        String question = "biển số xe bị mờ, xin đổi biển mới";
        List<Candidate> ranked = catalogue.reranker().rank(catalogue.parse(question), catalogue.weigh(question),
                List.of(new ProcedureIndex.Hit(catalogue.profile("MOI"), 100), new ProcedureIndex.Hit(catalogue.profile("DOI"), 10)));
        assertThat(ranked.get(1).rankScore()).as("issuing anew scores higher").isGreaterThan(ranked.get(0).rankScore());
        assertThat(codes(ranked)).startsWith("DOI", "MOI");

        String noAction = "biển số xe ở đâu";
        assertThat(codes(catalogue.reranker().rank(catalogue.parse(noAction), catalogue.weigh(noAction),
                List.of(new ProcedureIndex.Hit(catalogue.profile("MOI"), 100), new ProcedureIndex.Hit(catalogue.profile("DOI"), 10)))))
                .as("no action asked: nothing promoted").startsWith("MOI");
    }

    private static List<Candidate> rank(String question, ProcedureIndex.Hit... hits) {
        return RERANKER.rank(CATALOGUE.parse(question), CATALOGUE.weigh(question), Arrays.asList(hits));
    }

    private static ProcedureIndex.Hit hit(String code, float score) {
        return new ProcedureIndex.Hit(CATALOGUE.profile(code), score);
    }

    private static double weightOf(WeighedQuestion q, String folded) {
        for (int i = 0; i < q.concepts().size(); i++) {
            if (q.concepts().get(i).folded().equals(folded)) return q.weights()[i];
        }
        throw new AssertionError(folded + " is not among " + q.concepts());
    }

    private static List<String> codes(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::code).toList();
    }
}
