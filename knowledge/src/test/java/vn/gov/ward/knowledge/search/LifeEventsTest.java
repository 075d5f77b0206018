package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.gov.ward.knowledge.search.LifeEvents.Told;

class LifeEventsTest {

    static final LifeEvents EVENTS = SmallCatalogue.EVENTS;

    @Test
    void aQuestionTellingWhatHappenedLeadsToTheProceduresItNeeds() {
        List<Told> told = EVENTS.in(Syllables.tokens("vợ em mới đẻ, làm giấy tờ gì"));
        assertThat(told).singleElement().satisfies(t -> {
            assertThat(t.event().event()).isEqualTo("Sinh con");
            assertThat(t.event().procedures()).first().as("the birth registration first").isEqualTo("1.001193");
            assertThat(List.of(t.start(), t.end())).as("told in 'vợ em mới đẻ', as 'vợ mới đẻ'").containsExactly(0, 4);
        });
    }

    @Test
    void whoseRelativeItIsDoesNotChangeWhatHappened() {
        LifeEvents events = new LifeEvents(List.of(new LifeEvent("Người thân qua đời", List.of("ba mới mất"), List.of("KT"), null)));
        for (String question : List.of("ba em mới mất", "ba tôi mới mất", "ba của mình mới mất", "ba e moi mat")) {
            assertThat(toldAt(events, question)).as(question).containsExactly(0, question.split(" ").length);
        }
        assertThat(events.in(Syllables.tokens("ba em mới mua xe"))).isEmpty();
    }

    @Test
    void theSideOfTheFamilyAfterAGrandparentIsReadPast() {
        LifeEvents events = new LifeEvents(List.of(new LifeEvent("Người thân qua đời", List.of("ông mới mất"), List.of("KT"), null)));
        for (String question : List.of("ông nội tôi mới mất", "ong noi toi moi mat", "ông ngoại mới mất")) {
            assertThat(events.in(Syllables.tokens(question))).as(question).hasSize(1);
        }
        assertThat(events.in(Syllables.tokens("ông nói mới mất ví"))).as("said, with marks: no side").isEmpty();
    }

    @Test
    void aWordOfDirectionMayStandInsideAPhraseOfTwo() {
        LifeEvents events = new LifeEvents(List.of(new LifeEvent("Tranh chấp đất", List.of("lấn đất", "mở tiệm"), List.of("TC"), null)));
        assertThat(toldAt(events, "nhà bên cạnh xây tường lấn qua đất nhà em")).containsExactly(5, 8);
        assertThat(events.in(Syllables.tokens("vay vốn để mở rộng tiệm tạp hóa"))).as("not any word").isEmpty();
    }

    @Test
    void aPhraseWrittenInTwoPartsIsToldAFewWordsApart() {
        LifeEvents events = new LifeEvents(List.of(new LifeEvent("Người có công qua đời", List.of("thương binh … mới mất"), List.of("NCC"), null)));
        assertThat(toldAt(events, "ông ngoại là thương binh hạng 2 mới mất")).containsExactly(3, 9);
        assertThat(events.in(Syllables.tokens("thuong binh moi mat"))).as("or together, typed without marks").hasSize(1);
        assertThat(toldAt(events, "vợ của ông Sáu là thương binh hạng 2/4, hằng tháng vẫn lĩnh tiền ưu đãi ở phường. Ông nhà tôi mới mất"))
                .as("a letter's sentences apart").containsExactly(5, 24);
        assertThat(events.in(Syllables.tokens("bố là thương binh, đang hưởng trợ cấp hàng tháng ở quê nhà, giờ mới mất giấy tờ")))
                .as("papers lost, no one died").isEmpty();
        assertThat(events.in(Syllables.tokens("bo la thuong binh hang 2, vua moi mat can lam giay to gi"))).as("'can' typed plain is 'cần'")
                .hasSize(1);
        assertThat(events.in(Syllables.tokens("thương binh hạng 2, được tặng bằng khen năm 1985, sống ở quê với con cháu, nhà có vườn cây, "
                + "năm nay thì mới mất"))).as("more than " + LifeEvents.APART_GAP + " words apart").isEmpty();
    }

    @Test
    void aPhraseSayingWhoseIsToldToo() {
        LifeEvents events = new LifeEvents(List.of(new LifeEvent("Sinh con", List.of("sinh em bé", "của em"), List.of("KS"), null)));
        assertThat(toldAt(events, "tháng sau vợ tôi sinh em bé")).containsExactly(4, 7);
        assertThat(events.in(Syllables.tokens("của em"))).as("nothing left but whose").isEmpty();
    }

    @Test
    void anEventTypedWithoutMarksIsTold() {
        assertThat(EVENTS.in(Syllables.tokens("vo moi de"))).extracting(t -> t.event().event()).containsExactly("Sinh con");
    }

    @Test
    void eachEventIsToldOnceInTheOrderTold() {
        assertThat(EVENTS.in(Syllables.tokens("bố qua đời, con thì sắp cưới, chuẩn bị cưới")))
                .extracting(t -> t.event().event()).containsExactly("Người thân qua đời", "Kết hôn");
    }

    @Test
    void theLongestWayOfTellingItWins() {
        LifeEvents events = new LifeEvents(List.of(
                new LifeEvent("Sinh con", List.of("mới sinh"), List.of("KS"), null),
                new LifeEvent("Sinh đôi", List.of("mới sinh đôi"), List.of("KS-DOI"), null)));
        assertThat(events.in(Syllables.tokens("vợ em mới sinh đôi"))).extracting(t -> t.event().event()).containsExactly("Sinh đôi");
        assertThat(events.in(Syllables.tokens("vợ em mới sinh"))).extracting(t -> t.event().event()).containsExactly("Sinh con");
    }

    @Test
    void namingAProcedureTellsNoEvent() {
        assertThat(EVENTS.in(Syllables.tokens("đăng ký khai sinh cho con"))).isEmpty();
    }

    /** Where the one event the question tells was told: its first token and the one after its last. */
    private static List<Integer> toldAt(LifeEvents events, String question) {
        List<LifeEvents.Told> told = events.in(Syllables.tokens(question));
        assertThat(told).as(question).hasSize(1);
        return List.of(told.get(0).start(), told.get(0).end());
    }
}
