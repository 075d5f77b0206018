package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.gov.ward.knowledge.catalogue.Catalogue;
import vn.gov.ward.knowledge.catalogue.CatalogueException;
import vn.gov.ward.knowledge.ward.WardProfile;

/**
 * A ward's own life events and referrals: checked like the reviewed files, and searched beside them. The catalogue
 * and search without additions are the JVM's shared ones ({@link RealCatalogue}): only what has additions is built here.
 */
class WardAdditionsTest {

    static Catalogue catalogue;

    @BeforeAll
    static void load() {
        catalogue = RealCatalogue.catalogue();
    }

    @Test
    void theReviewedFilesFollowTheirOwnRules() {
        assertThat(WardAdditions.none().problems(catalogue)).isEmpty();
    }

    @Test
    void aWardsMistakesAreNamedInWordsItsAdminCanActOn() {
        WardAdditions wrong = new WardAdditions(Map.of("9.888888", List.of("giấy tờ")),
                List.of(new LifeEvent("Sinh con", List.of("đẻ"), List.of("9.999999"), null)),
                List.of(new Referral("ho-chieu-cap-moi", "Hộ chiếu", List.of("đăng ký khai sinh"), "Công an tỉnh", null, null, null,
                        List.of(), List.of(), false, null)));
        assertThat(wrong.problems(catalogue)).anyMatch(p -> p.contains("Sinh con") && p.contains("tên chưa dùng"))
                .anyMatch(p -> p.contains("\"đẻ\" cần từ hai tiếng"))
                .anyMatch(p -> p.contains("9.999999"))
                .anyMatch(p -> p.contains("ho-chieu-cap-moi") && p.contains("mã chưa dùng"))
                .anyMatch(p -> p.contains("\"đăng ký khai sinh\" nằm trong tên một thủ tục"))
                .anyMatch(p -> p.contains("9.888888"));
        assertThatThrownBy(() -> ProcedureSearch.build(catalogue, wrong)).isInstanceOf(CatalogueException.class).hasMessageContaining("9.999999");
    }

    @Test
    void anAddedLifeEventAndReferralAreSearched() {
        String question = "nhà em mới có người giúp việc ở quê lên ở cùng";
        String cutTrees = "xin giấy phép đốn gỗ rừng tự nhiên";
        ProcedureSearch before = RealCatalogue.search();
        String stay = before.search("đăng ký tạm trú", 1).choices().get(0).procedure().code();
        WardAdditions added = new WardAdditions(Map.of(),
                List.of(new LifeEvent("Người giúp việc đến ở", List.of("người giúp việc ở quê lên"), List.of(stay), null)),
                List.of(new Referral("khai-thac-go-rung-tu-nhien", "Khai thác gỗ rừng tự nhiên", List.of("đốn gỗ rừng"),
                        "Chi cục Kiểm lâm", "Cấp tỉnh", null, "Luật Lâm nghiệp 2017", List.of(), List.of(), true, null)));
        ProcedureSearch after = ProcedureSearch.build(catalogue, added);

        assertThat(after.search(question, 3).hits()).first().extracting(h -> h.procedure().code()).isEqualTo(stay);
        SearchResult referred = after.search(cutTrees, 3);
        assertThat(referred.decision()).isEqualTo(Decision.REFER);
        assertThat(referred.referral()).get().extracting(Referral::id).isEqualTo("khai-thac-go-rung-tu-nhien");
        assertThat(before.search(cutTrees, 3).referral().map(Referral::id)).isNotEqualTo(java.util.Optional.of("khai-thac-go-rung-tu-nhien"));
    }

    /** A ward's phrase said whole names its procedure, as its name would: the question no longer needs a pair of the name. */
    @Test
    void anAddedKeywordSaidWholeIsAnswered() {
        WardProfile ward = RealCatalogue.ward();
        String question = "xin giấy ở ghép với bạn";
        ProcedureSearch before = RealCatalogue.search();
        String residence = before.search("đăng ký tạm trú", 1).choices().get(0).procedure().code();
        assertThat(before.search(question, 1).decision()).isEqualTo(Decision.DECLINE);

        WardAdditions added = new WardAdditions(Map.of(residence, List.of("ở ghép")), List.of(), List.of());
        Catalogue after = RealCatalogue.imported(added.applyTo(ward));
        SearchResult answered = ProcedureSearch.build(after, added).search(question, 1);
        assertThat(answered.decision()).isEqualTo(Decision.ANSWER);
        assertThat(answered.choices()).first().extracting(h -> h.procedure().code()).isEqualTo(residence);
        assertThat(added.toYaml()).contains("procedures:", residence, "keywords:", "ở ghép");
    }

    @Test
    void additionsAddUpAndAnUndoTakesAwayExactlyWhatWasAdded() {
        LifeEvent helper = new LifeEvent("Người giúp việc đến ở", List.of("người giúp việc ở quê lên"), List.of("1.004194"), null);
        WardAdditions first = new WardAdditions(Map.of("1.004194", List.of("ở nhờ nhà người quen")), List.of(), List.of());
        WardAdditions second = new WardAdditions(Map.of("1.004194", List.of("ở ghép", "ở nhờ nhà người quen")), List.of(helper), List.of());

        WardAdditions both = first.plus(second);
        assertThat(both.keywords()).containsEntry("1.004194", List.of("ở nhờ nhà người quen", "ở ghép"));
        assertThat(both.lifeEvents()).containsExactly(helper);
        assertThat(both.minus(new WardAdditions(Map.of("1.004194", List.of("ở ghép")), List.of(helper), List.of())))
                .isEqualTo(first);
        assertThat(first.minus(first)).isEqualTo(WardAdditions.none());
    }

    @Test
    void aWardsOwnTimeFeeAndNoteForAProcedureReachItsRecordAndItsYaml() {
        WardProfile ward = RealCatalogue.ward();
        WardAdditions.Details details = new WardAdditions.Details("2 ngày làm việc", "15.000 đồng/lần", "Nghị quyết số 05/2025/NQ-HĐND",
                "Nhận hồ sơ cả sáng thứ Bảy.");
        WardAdditions added = WardAdditions.none().withDetails("1.004194", details);
        var residence = RealCatalogue.imported(added.applyTo(ward)).find("1.004194").orElseThrow();

        assertThat(residence.fee().amount()).isEqualTo("15.000 đồng/lần");
        assertThat(residence.fee().note()).isEqualTo("theo Nghị quyết số 05/2025/NQ-HĐND");
        assertThat(residence.wardNote()).isEqualTo("Nhận hồ sơ cả sáng thứ Bảy.");
        assertThat(residence.processingTime().known()).isTrue();
        assertThat(added.problems(catalogue)).isEmpty();
        assertThat(added.toYaml()).contains("1.004194", "fee: 15.000 đồng/lần", "note: Nhận hồ sơ cả sáng thứ Bảy.");
        assertThat(added.minus(added)).isEqualTo(WardAdditions.none());

        WardAdditions noDecision = WardAdditions.none().withDetails("1.004194", new WardAdditions.Details(null, "15.000 đồng", null, null));
        assertThat(noDecision.problems(catalogue)).anyMatch(p -> p.contains("quyết định"));
        WardAdditions badTime = WardAdditions.none().withDetails("1.004194", new WardAdditions.Details("nhanh thôi", null, null, null));
        assertThatThrownBy(() -> RealCatalogue.imported(badTime.applyTo(ward))).isInstanceOf(CatalogueException.class)
                .hasMessageContaining("nhanh thôi");
    }
}
