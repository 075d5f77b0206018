package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.ward.knowledge.search.SmallCatalogue.procedure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SeveralAskedTest {

    static final SmallCatalogue CATALOGUE = new SmallCatalogue(
            procedure("KS", "Thủ tục đăng ký khai sinh"),
            procedure("KH", "Thủ tục đăng ký kết hôn"),
            procedure("KT", "Thủ tục đăng ký khai tử"),
            procedure("KT-LD", "Thủ tục đăng ký khai tử lưu động"),
            procedure("TT", "Đăng ký thường trú"),
            procedure("BH", "Cấp thẻ bảo hiểm y tế"),
            procedure("LT", "Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi"),
            procedure("DT", "Xác nhận tình trạng hôn nhân"));

    final SeveralAsked severalAsked = new SeveralAsked(SmallCatalogue.OBJECTS, CATALOGUE.variants);
    /** What each question or part is decided as, standing in for the search; any other is declined. */
    final Map<String, DecisionPolicy.Verdict> verdicts = new HashMap<>();
    final List<String> decided = new ArrayList<>();

    @Test
    void aQuestionListingProceduresOffersThemAsAChoice() {
        String question = "khai sinh, kết hôn và khai tử cần gì";
        verdicts.put(question, answer(named("KS"), named("KH"), named("KT"), named("DT")));
        verdicts.put("khai sinh", answer(named("KS")));
        verdicts.put("kết hôn", answer(named("KH")));
        verdicts.put("khai tử cần gì", answer(named("KT")));

        DecisionPolicy.Verdict verdict = decide(question);
        assertThat(verdict.decision()).isEqualTo(Decision.CLARIFY);
        assertThat(codes(verdict.offered())).containsExactly("KS", "KH", "KT");
        assertThat(codes(verdict.ordered())).containsExactly("KS", "KH", "KT", "DT");
    }

    @Test
    void proceduresAskedOneAfterTheOtherAreOfferedAsAChoice() {
        String question = "làm khai tử xong rồi đăng ký thường trú cho mẹ";
        verdicts.put(question, answer(named("KT"), named("TT")));
        verdicts.put("làm khai tử", answer(named("KT")));
        verdicts.put("đăng ký thường trú cho mẹ", answer(named("TT")));

        DecisionPolicy.Verdict verdict = decide(question);
        assertThat(verdict.decision()).isEqualTo(Decision.CLARIFY);
        assertThat(codes(verdict.offered())).containsExactly("KT", "TT");
    }

    @Test
    void aProcedureDoingEveryPartAskedIsTheAnswer() {
        String question = "khai sinh, nhập hộ khẩu và thẻ bảo hiểm y tế cho con";
        verdicts.put(question, answer(named("KS"), named("LT"), named("TT")));
        verdicts.put("khai sinh", answer(Set.of("khai sinh"), named("KS")));
        verdicts.put("nhập hộ khẩu", answer(Set.of("nhap ho", "ho khau", "dang ki", "ki thuong", "thuong tru"), named("TT")));
        verdicts.put("thẻ bảo hiểm y tế cho con", answer(Set.of("the bao", "bao hiem", "hiem y", "y te"), named("BH")));

        DecisionPolicy.Verdict verdict = decide(question);
        assertThat(verdict.decision()).isEqualTo(Decision.ANSWER);
        assertThat(codes(verdict.ordered())).containsExactly("LT", "KS", "TT");
    }

    @Test
    void aPartAskingAVariantSaysWhichOfItAndItsBaseIsMeant() {
        String question = "người nhà mất, cán bộ có đến nhà đăng ký khai tử không";
        verdicts.put(question, answer(Set.of("khai tu"), named("KT"), named("KT-LD")));
        verdicts.put("người nhà mất", answer(named("KT")));
        verdicts.put("cán bộ có đến nhà đăng ký khai tử không", answer(Set.of("khai tu", "luu dong"), named("KT-LD")));

        DecisionPolicy.Verdict verdict = decide(question);
        assertThat(verdict.decision()).isEqualTo(Decision.ANSWER);
        assertThat(codes(verdict.ordered())).as("the death told, the mobile registration asked").containsExactly("KT-LD", "KT");
    }

    @Test
    void aStoryToldBeforeTheQuestionIsNoList() {
        assertOneThingAsked("đã ly hôn, giờ xin giấy xác nhận tình trạng hôn nhân", "DT",
                Map.of("đã ly hôn", "KH", "giờ xin giấy xác nhận tình trạng hôn nhân", "DT"));
        assertOneThingAsked("không phải lưu động, chỉ khai tử thôi, vậy có cần giấy xác nhận gì không", "KT",
                Map.of("chỉ khai tử thôi", "KT", "vậy có cần giấy xác nhận gì không", "DT"));
        // "với" after telling is "to", no joint of a list.
        assertOneThingAsked("phải khai báo với bên công an", "TT", Map.of("phải khai báo", "TT", "bên công an", "DT"));
    }

    /** The question asks one thing, decided whole: its parts, each answering something else, are not offered. */
    private void assertOneThingAsked(String question, String asked, Map<String, String> parts) {
        verdicts.clear();
        decided.clear();
        verdicts.put(question, answer(named(asked)));
        parts.forEach((part, code) -> verdicts.put(part, answer(named(code))));

        assertThat(codes(decide(question).ordered())).as(question).containsExactly(asked);
        assertThat(decided).containsExactly(question);
    }

    @Test
    void aLongPartBeforeTheLastIsAStoryNoItemOfAList() {
        String question = "nhà em mới có thêm một đứa cháu nội, khai sinh cần gì";
        verdicts.put(question, answer(named("KS")));
        verdicts.put("nhà em mới có thêm một đứa cháu nội", answer(named("KT")));
        verdicts.put("khai sinh cần gì", answer(named("KS")));

        assertThat(decide(question).decision()).isEqualTo(Decision.ANSWER);
        assertThat(decided).containsExactly(question);
    }

    @Test
    void aPartTellingWhatHappenedToSomeoneIsTheStoryNoItemOfAList() {
        String question = "nhà có đám cưới, muốn đăng ký thường trú cho con dâu thì làm ở đâu";
        verdicts.put(question, answer(named("TT")));
        verdicts.put("nhà có đám cưới", answer(named("KH")));
        verdicts.put("muốn đăng ký thường trú cho con dâu thì làm ở đâu", answer(named("TT")));
        assertThat(codes(decide(question).ordered())).containsExactly("TT");

        String lacking = "mới cưới, chưa có giấy kết hôn, đăng ký thường trú cho vợ";
        verdicts.put(lacking, answer(named("TT")));
        verdicts.put("chưa có giấy kết hôn", answer(named("KH")));
        verdicts.put("đăng ký thường trú cho vợ", answer(named("TT")));
        assertThat(codes(decide(lacking).ordered())).as("what someone lacks").containsExactly("TT");

        String when = "cuối tháng nhà tôi có đám cưới, muốn đăng ký thường trú cho con dâu";
        verdicts.put(when, answer(named("TT")));
        verdicts.put("cuối tháng nhà tôi có đám cưới", answer(named("KH")));
        verdicts.put("muốn đăng ký thường trú cho con dâu", answer(named("TT")));
        assertThat(codes(decide(when).ordered())).as("told from when it happens").containsExactly("TT");
    }

    @Test
    void aListAfterTheStoryIsOfferedWhereverTheStoryEnds() {
        // In the sentence that asks, after the story's sentences; a wish opening a part is no tale.
        assertOfferedAfterTheStory("Tháng sau bọn em cưới, cả hai đều người Việt. Em muốn đăng ký kết hôn rồi đăng ký thường trú về nhà chồng luôn.",
                "Tháng sau bọn em cưới", "Em muốn đăng ký kết hôn", "đăng ký thường trú về nhà chồng luôn");
        // After a part going on from what came before.
        assertOfferedAfterTheStory("mới cưới xong, giờ muốn đăng ký kết hôn rồi đăng ký thường trú cho vợ",
                "mới cưới xong", "giờ muốn đăng ký kết hôn", "đăng ký thường trú cho vợ");
    }

    private void assertOfferedAfterTheStory(String question, String story, String marriage, String residence) {
        verdicts.clear();
        decided.clear();
        verdicts.put(question, answer(named("KH"), named("TT")));
        verdicts.put(marriage, answer(named("KH")));
        verdicts.put(residence, answer(named("TT")));

        DecisionPolicy.Verdict verdict = decide(question);
        assertThat(verdict.decision()).as(question).isEqualTo(Decision.CLARIFY);
        assertThat(codes(verdict.offered())).containsExactly("KH", "TT");
        assertThat(decided).as("the story is no item").doesNotContain(story);
    }

    @Test
    void aListAfterTheStoryIsStillOfferedAsAChoice() {
        String question = "ba em mất, làm khai tử xong rồi đăng ký thường trú cho mẹ";
        verdicts.put(question, answer(named("KT"), named("TT")));
        verdicts.put("ba em mất", answer(named("KT")));
        verdicts.put("làm khai tử", answer(named("KT")));
        verdicts.put("đăng ký thường trú cho mẹ", answer(named("TT")));

        DecisionPolicy.Verdict verdict = decide(question);
        assertThat(verdict.decision()).isEqualTo(Decision.CLARIFY);
        assertThat(codes(verdict.offered())).containsExactly("KT", "TT");
        assertThat(decided).doesNotContain("ba em mất");
    }

    @Test
    void aQuestionDeclinedOrReferredAsAWholeIsNotReadInParts() {
        verdicts.put("khai sinh", answer(named("KS")));
        verdicts.put("kết hôn", answer(named("KH")));

        assertThat(decide("khai sinh, kết hôn").decision()).isEqualTo(Decision.DECLINE);
        assertThat(decided).containsExactly("khai sinh, kết hôn");
    }

    @Test
    void aPartNamesAProcedureOnlyByNamingItAndLittleElse() {
        String question = "khai sinh, vợ mới sinh, kết hôn lâu rồi mà chưa nhập hộ khẩu";
        verdicts.put(question, answer(named("KS"), named("KH")));
        verdicts.put("khai sinh", answer(named("KS")));
        verdicts.put("vợ mới sinh", answer(CandidateBuilder.about(CATALOGUE.profile("KS")).noObjectNamed().told().build()));
        verdicts.put("kết hôn lâu rồi mà chưa nhập hộ khẩu", answer(CandidateBuilder.about(CATALOGUE.profile("KH")).coverage(0.5).build()));

        assertThat(decide(question).decision()).as("only the first part names one").isEqualTo(Decision.ANSWER);
    }

    @Test
    void partsNamingOneProcedureAskOneThing() {
        String question = "khai sinh, làm giấy khai sinh";
        verdicts.put(question, answer(named("KS")));
        verdicts.put("khai sinh", answer(named("KS")));
        verdicts.put("làm giấy khai sinh", answer(named("KS")));

        assertThat(decide(question).decision()).isEqualTo(Decision.ANSWER);
    }

    private DecisionPolicy.Verdict decide(String question) {
        return severalAsked.decide(question, text -> {
            decided.add(text);
            return verdicts.getOrDefault(text, new DecisionPolicy.Verdict(Decision.DECLINE, List.of(), 0, Optional.empty(), Set.of()));
        }, text -> text.split(" ").length);
    }

    /** A procedure the part names and little else. */
    private static Candidate named(String code) {
        return CandidateBuilder.about(CATALOGUE.profile(code)).build();
    }

    private static DecisionPolicy.Verdict answer(Candidate... ordered) {
        return answer(Set.of(), ordered);
    }

    /** An answer to a question saying these syllable pairs. */
    private static DecisionPolicy.Verdict answer(Set<String> saidPairs, Candidate... ordered) {
        return new DecisionPolicy.Verdict(Decision.ANSWER, List.of(ordered), 1, Optional.empty(), saidPairs);
    }

    private static List<String> codes(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::code).toList();
    }
}
