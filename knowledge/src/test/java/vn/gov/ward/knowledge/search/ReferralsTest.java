package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.ward.knowledge.search.SmallCatalogue.procedure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.gov.ward.knowledge.catalogue.CatalogueException;
import vn.gov.ward.knowledge.ward.WardProfile;

class ReferralsTest {

    /** The bundled referrals, with no words for what is done and a catalogue that knows none of their words. */
    static final Referrals BUNDLED = new Referrals(Referrals.bundled(), Set.of(), Set.of(), text -> false, pair -> false);
    static final SmallCatalogue CATALOGUE = new SmallCatalogue(
            procedure("KS", "Thủ tục đăng ký khai sinh", "Giấy chứng sinh", "Tờ khai đăng ký khai sinh"),
            procedure("KH", "Thủ tục đăng ký kết hôn", "Tờ khai đăng ký kết hôn"),
            procedure("TICH-HOP", "Tích hợp, cập nhật, điều chỉnh thông tin trên thẻ căn cước"),
            procedure("DOI", "Cấp đổi thẻ căn cước"),
            procedure("HKD", "Đăng ký thành lập hộ kinh doanh"));

    @Test
    void aFieldsReferralHoldsOnlyWhileNoProcedureOfTheFieldIsInTheCatalogue() {
        assertThat(Referrals.forFieldsOff(RealCatalogue.catalogue())).as("an inland ward: waterways and the sea are off")
                .extracting(Referral::id).contains("phuong-tien-thuy-noi-dia", "khu-vuc-bien-nuoi-trong");
        assertThat(Referrals.forFieldsOff(RealCatalogue.imported(WardProfile.none()))).as("a ward with every field answers with its own procedures")
                .isEmpty();
    }

    @Test
    void aQuestionNamingAnotherAgencysServiceNamesItsReferral() {
        for (String question : List.of("làm hộ chiếu ở đâu", "lam ho chieu o dau")) {
            Optional<NamedReferral> named = BUNDLED.in(Syllables.tokens(question));
            assertThat(named).as(question).get().satisfies(n -> {
                assertThat(n.referral().id()).isEqualTo("ho-chieu-cap-moi");
                assertThat(n.words()).containsExactlyInAnyOrder("lam", "ho", "chieu");
                assertThat(n.pairs()).containsExactlyInAnyOrder("lam ho", "ho chieu");
            });
        }
    }

    @Test
    void aServiceNamedInWhatTheQuestionDeniesIsNotAsked() {
        ProcedureSearch search = RealCatalogue.search();
        assertThat(search.referralNamed("Tôi không muốn kiện ra tòa ngay vì vẫn là hàng xóm, muốn phường hòa giải tranh chấp đất"))
                .isEmpty();
        assertThat(search.referralNamed("Tôi muốn kiện ra tòa vì hàng xóm lấn đất")).isPresent();
    }

    @Test
    void aServiceNamedAsThePurposeOfSomethingElseIsNotAsked() {
        assertThat(referral("giấy xác nhận độc thân để đi xuất khẩu lao động")).isEmpty();
        assertThat(referral("xin xác nhận độc thân nhằm đi xuất khẩu lao động")).isEmpty();
        assertThat(referral("đi xuất khẩu lao động cần giấy gì")).contains("xuat-khau-lao-dong");
    }

    @Test
    void anAgencyTellingTheCitizenWhatToDoIsTheStoryNotTheServiceAsked() {
        assertThat(referral("văn phòng công chứng bảo phải sửa giấy khai sinh trước")).isEmpty();
        assertThat(referral("văn phòng công chứng yêu cầu giấy xác nhận độc thân")).isEmpty();
        assertThat(referral("van phong cong chung yeu cau giay xac nhan doc than")).as("typed plain").isEmpty();
        assertThat(referral("công chứng hợp đồng ở văn phòng công chứng hết bao nhiêu")).contains("cong-chung-to-chuc-hanh-nghe");
    }

    @Test
    void aPurposeWordReachesTheTwoSyllablesAfterIt() {
        assertThat(referral("xin xác nhận để con đi xuất khẩu lao động")).as("one syllable between").isEmpty();
        assertThat(referral("xin xác nhận để sau này con đi xuất khẩu lao động")).as("three between").contains("xuat-khau-lao-dong");
    }

    @Test
    void aServiceNamedAsTheOtherWayOfDoingSomethingIsNotAsked() {
        assertThat(referral("chứng thực ở phường hay phải ra văn phòng công chứng")).isEmpty();
        assertThat(referral("văn phòng công chứng gần nhất ở đâu")).contains("cong-chung-to-chuc-hanh-nghe");
    }

    @Test
    void whatATermIsAboutRefersAloneWhenTheCatalogueKnowsNoneOfIt() {
        Referral visa = referral("visa", "làm visa");
        Referrals unknownToTheWard = new Referrals(List.of(visa), Set.of("lam"), Set.of(), text -> false, pair -> false);
        assertThat(unknownToTheWard.in(Syllables.tokens("visa hết hạn rồi"))).isPresent();
        Referrals knownToTheWard = new Referrals(List.of(visa), Set.of("lam"), Set.of(), "visa"::equals, pair -> false);
        assertThat(knownToTheWard.in(Syllables.tokens("visa hết hạn rồi"))).isEmpty();
        assertThat(knownToTheWard.in(Syllables.tokens("làm visa"))).isPresent();
    }

    @Test
    void ofTheServicesAQuestionNamesTheLongestNameIsMeant() {
        Referrals referrals = new Referrals(List.of(referral("bao-tu", "bệnh viện cấp giấy báo tử", "bệnh viện"),
                referral("chung-sinh", "giấy chứng sinh")), Set.of(), Set.of(), t -> false, p -> false);
        assertThat(referrals.in(Syllables.tokens("bệnh viện ghi sai tên mẹ trong giấy chứng sinh, sửa ở đâu")))
                .get().extracting(n -> n.referral().id()).isEqualTo("chung-sinh");
        assertThat(referrals.in(Syllables.tokens("giấy chứng sinh bệnh viện cấp giấy báo tử")))
                .get().extracting(n -> n.referral().id()).isEqualTo("bao-tu");
    }

    @Test
    void aLongNameIsNamedWithAQualifierInsideIt() {
        Referrals referrals = new Referrals(List.of(referral("chung-chi", "chứng chỉ hành nghề xây dựng"), referral("ket-hon", "đăng ký kết hôn")),
                Set.of(), Set.of(), t -> false, p -> false);
        assertThat(referrals.in(Syllables.tokens("cấp chứng chỉ hành nghề giám sát xây dựng hạng 3 ở đâu"))).isPresent();
        assertThat(referrals.in(Syllables.tokens("chứng chỉ hành nghề của kỹ sư giám sát thi công xây dựng"))).as("six words inside").isEmpty();
        assertThat(referrals.in(Syllables.tokens("đăng ký lại kết hôn"))).as("a name of four or fewer").isEmpty();
    }

    @Test
    void aServiceNamedAsWherePeopleMeanToGoIsTheirChoiceUnlessTheyNameAWardToo() {
        Referrals referrals = new Referrals(List.of(referral("cong-chung", "văn phòng công chứng")), Set.of(), Set.of(), t -> false, p -> false);
        assertThat(referrals.in(Syllables.tokens("công chứng hợp đồng mua bán nhà ở văn phòng công chứng hết bao nhiêu tiền")))
                .get().extracting(NamedReferral::venue).isEqualTo(true);
        assertThat(referrals.in(Syllables.tokens("chứng thực hợp đồng ở văn phòng công chứng hay ở phường nhanh hơn")))
                .get().extracting(NamedReferral::venue).as("a ward named too").isEqualTo(false);
        assertThat(referrals.in(Syllables.tokens("cong chung o van phong cong chung hay ubnd phuong")))
                .get().extracting(NamedReferral::venue).as("a ward named, plain").isEqualTo(false);
        assertThat(referrals.in(Syllables.tokens("đi xe phương tiện công cộng tới văn phòng công chứng")))
                .get().extracting(NamedReferral::venue).as("not where: 'tới'; 'phương tiện' names no ward").isEqualTo(false);
    }

    @Test
    void aPlaceInATermIsNotWhatItIsAbout() {
        Referral deathNotice = referral("bao-tu", "chết ở bệnh viện", "xin giấy báo tử");
        Referrals referrals = new Referrals(List.of(deathNotice), Set.of("chet", "o", "xin"), Set.of(), t -> false, p -> false);
        assertThat(referrals.in(Syllables.tokens("tháng trước em sinh bé ở bệnh viện, giờ làm khai sinh"))).isEmpty();
        assertThat(referrals.in(Syllables.tokens("giấy báo tử bị mất"))).as("what a term says after a doing word").isPresent();
    }

    @Test
    void whatATermIsAboutRefersAloneWhenOneOfItsPairsIsNoTitles() {
        Referral diploma = referral("van-bang", "sửa bằng tốt nghiệp");
        Referrals partlyKnown = new Referrals(List.of(diploma), Set.of("sua"), Set.of(), Set.of("tot nghiep")::contains, pair -> false);
        assertThat(partlyKnown.in(Syllables.tokens("bằng tốt nghiệp ghi sai ngày sinh"))).as("'bằng tốt' is no title's").isPresent();
        Referrals wholeKnown = new Referrals(List.of(diploma), Set.of("sua"), Set.of(), Set.of("tot nghiep", "bang tot")::contains, pair -> false);
        assertThat(wholeKnown.in(Syllables.tokens("bằng tốt nghiệp ghi sai ngày sinh"))).isEmpty();
    }

    @Test
    void aServiceIsNamedWithAFewWordsAfterItsVerb() {
        assertThat(referral("làm hồ sơ hưởng trợ cấp thất nghiệp ở đâu")).as("'trợ cấp' after 'hưởng'").contains("tro-cap-that-nghiep");
        assertThat(referral("nghi viec r lanh bh that nghiep o dau")).contains("tro-cap-that-nghiep");
        assertThat(referral("hưởng một khoản nhỏ trợ cấp thất nghiệp")).as("three words between \"hưởng\" and \"trợ cấp thất nghiệp\"").isEmpty();
    }

    @Test
    void aServiceIsNamedWithItsObjectFirstAndItsVerbAFewWordsAfter() {
        Referral landTitle = referral("so-do", "đổi sổ đỏ", "mất sổ đỏ", "muốn ly hôn");
        Referrals referrals = new Referrals(List.of(landTitle), Set.of("doi", "mat", "muon"), Set.of("doi"),
                Set.of("so do", "li hon")::contains, p -> false);
        assertThat(referrals.in(Syllables.tokens("sổ đỏ mẫu cũ đổi sang sổ mới được không"))).isPresent();
        assertThat(referrals.in(Syllables.tokens("sổ đỏ mẫu cũ của nhà tôi đổi được không"))).as("four words between").isEmpty();
        assertThat(referrals.in(Syllables.tokens("cấp sổ đỏ lần đầu mất bao lâu"))).as("'mất' also says how long").isEmpty();
        assertThat(referrals.in(Syllables.tokens("bố mẹ ly hôn, con muốn đổi họ"))).as("'muốn' is chat").isEmpty();

        Referrals company = new Referrals(List.of(referral("dong-cong-ty", "đóng công ty")), Set.of("dong"), Set.of("dong"),
                Set.of("bao hiem", "cong ti")::contains, p -> false);
        assertThat(company.in(Syllables.tokens("công ty nhỏ của tôi đóng rồi thì báo ở đâu"))).isPresent();
        assertThat(company.in(Syllables.tokens("không có công ty đóng bảo hiểm, tự đóng ở đâu"))).as("the verb's own object: paying")
                .isEmpty();
    }

    @Test
    void aShortNameOrAGapOpenedByADoingWordNamesNoService() {
        Referral seal = referral("con-dau", "con dấu");
        Referral passport = referral("ho-chieu", "làm hộ chiếu");
        Referrals referrals = new Referrals(List.of(seal, passport), Set.of("bao", "mat", "tro", "cap"), Set.of(),
                pair -> pair.equals("tro cap") || pair.equals("bao mat"), "bao mat"::equals);
        assertThat(referrals.in(Syllables.tokens("tên con bị sai dấu"))).as("two syllables: no gap").isEmpty();
        assertThat(referrals.in(Syllables.tokens("làm báo mất hộ chiếu"))).as("'báo mất' is done, to the passport").isEmpty();
        assertThat(referrals.in(Syllables.tokens("làm lại hộ chiếu"))).isPresent();
    }

    @Test
    void eachReferralNeedsAUniqueId() {
        assertThatThrownBy(() -> new Referrals(List.of(referral("visa", "làm visa"), referral("visa", "xin visa")), Set.of(), Set.of(), t -> false, pair -> false))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("needs a unique id");
    }

    @Test
    void aServiceIsAPaperAProcedureAsksForWhenItsDocumentsSayItAndTheQuestionNamesIt() {
        String question = "bệnh viện ghi sai tên trong giấy chứng sinh thì đăng ký khai sinh thế nào";
        NamedReferral birthCertificate = BUNDLED.in(Syllables.tokens(question)).orElseThrow();
        Set<String> said = CATALOGUE.parse(question).said();
        assertThat(birthCertificate.requiredBy(CATALOGUE.candidate(question, "KS"), said)).isTrue();
        assertThat(birthCertificate.requiredBy(CATALOGUE.candidate(question, "KH"), said)).isFalse();
        String alone = "bệnh viện ghi sai tên trong giấy chứng sinh";
        assertThat(BUNDLED.in(Syllables.tokens(alone)).orElseThrow().requiredBy(CATALOGUE.candidate(alone, "KS"), CATALOGUE.parse(alone).said()))
                .as("the birth registration unnamed").isFalse();
    }

    @Test
    void aProcedureTheQuestionNamesBesidesTheServiceOutweighsIt() {
        String question = "tích hợp bằng lái vào thẻ căn cước";
        NamedReferral licence = named(question);
        assertThat(licence.referral().id()).isEqualTo("giay-phep-lai-xe-doi-cap-lai");
        assertThat(licence.weight()).isPositive();
        assertThat(licence.outweighedBy(CATALOGUE.candidate(question, "TICH-HOP"), CATALOGUE.parse(question).said())).isTrue();

        String renewal = "đổi bằng lái hết hạn";
        assertThat(named(renewal).outweighedBy(CATALOGUE.candidate(renewal, "DOI"), CATALOGUE.parse(renewal).said()))
                .as("'đổi' and 'hết hạn' say too little of 'Cấp đổi thẻ căn cước'").isFalse();
    }

    @Test
    void aProcedureTheQuestionNamesInWordsWeighingLessThanTheServicesDoesNotOutweighIt() {
        String question = "hộ kinh doanh đóng thuế khoán ở đâu";
        NamedReferral tax = named(question);
        assertThat(tax.referral().id()).isEqualTo("thue-ho-kinh-doanh");
        WeighedQuestion q = CATALOGUE.weigh(question);
        double thueKhoan = 0;
        for (int i = 0; i < q.concepts().size(); i++) {
            if (Set.of("thue", "khoan").contains(q.concepts().get(i).folded())) thueKhoan += q.weights()[i];
        }
        assertThat(tax.weight()).as("the weight of 'thuế' and 'khoán' in the question").isPositive().isEqualTo(thueKhoan);
        Set<String> said = CATALOGUE.parse(question).said();
        CandidateBuilder registration = CandidateBuilder.about(CATALOGUE.profile("HKD"));
        assertThat(tax.outweighedBy(registration.explains(Map.of("ho kinh", tax.weight() / 2, "thue", 9.0)).build(), said))
                .as("what it explains of the service's words counts for nothing").isFalse();
        assertThat(tax.outweighedBy(registration.explains(Map.of("dong", tax.weight() * 2)).build(), said)).isTrue();
        assertThat(tax.outweighedBy(registration.explains(Map.of("ho kinh", tax.weight() * 2)).build(), said))
                .as("the service is about the household business too").isFalse();
        assertThat(tax.outweighedBy(CandidateBuilder.about(CATALOGUE.profile("HKD")).explains(Map.of("dong", tax.weight() * 2))
                .noObjectNamed().told().build(), said)).as("only a life event leads to it, its thing unsaid").isFalse();
    }

    @Test
    void onlyTheSentenceThatAsksWeighsAgainstTheService() {
        SmallCatalogue catalogue = new SmallCatalogue(procedure("KH-NN", "Thủ tục đăng ký kết hôn có yếu tố nước ngoài"));
        String story = "Tôi đăng ký kết hôn với người Hàn rồi. Giờ muốn xin visa sang Hàn";
        String oneSentence = "đăng ký kết hôn với người Hàn xong xin visa";
        for (String question : List.of(story, oneSentence)) {
            NamedReferral visa = BUNDLED.in(Syllables.tokens(question)).orElseThrow()
                    .weighed(catalogue.weigh(question), catalogue.parse(question));
            assertThat(visa.referral().id()).isEqualTo("thi-thuc-di-nuoc-ngoai");
            Candidate marriage = catalogue.reranker().rank(catalogue.parse(question), catalogue.weigh(question),
                    List.of(new ProcedureIndex.Hit(catalogue.profile("KH-NN"), 10))).get(0);
            assertThat(visa.outweighedBy(marriage, catalogue.parse(question).said()))
                    .as(question).isEqualTo(question.equals(oneSentence));
        }
    }

    @Test
    void aStepTheWardDoesForTheServiceOnlyHasToBeNamed() {
        Referral unemployment = new Referral("that-nghiep", "trợ cấp thất nghiệp", List.of("lãnh thất nghiệp"), "another agency", "Cấp tỉnh",
                null, null, List.of("UQ"), List.of(), false, null);
        SmallCatalogue catalogue = new SmallCatalogue(procedure("UQ", "Ủy quyền lĩnh thay trợ cấp thất nghiệp"),
                procedure("KS", "Thủ tục đăng ký khai sinh"));
        String question = "ủy quyền cho vợ lãnh trợ cấp thất nghiệp thay";
        NamedReferral named = new Referrals(List.of(unemployment), Set.of(), Set.of(), t -> false, p -> false).in(Syllables.tokens(question))
                .orElseThrow().weighed(catalogue.weigh(question), catalogue.parse(question));
        Set<String> said = catalogue.parse(question).said();
        assertThat(named.outweighedBy(CandidateBuilder.about(catalogue.profile("UQ")).build(), said)).isTrue();
        Referral elsewhere = new Referral("that-nghiep", "trợ cấp thất nghiệp", List.of("lãnh thất nghiệp"), "another agency", "Cấp tỉnh",
                null, null, List.of(), List.of(), false, null);
        NamedReferral notTheWards = new Referrals(List.of(elsewhere), Set.of(), Set.of(), t -> false, p -> false).in(Syllables.tokens(question))
                .orElseThrow().weighed(catalogue.weigh(question), catalogue.parse(question));
        assertThat(notTheWards.outweighedBy(CandidateBuilder.about(catalogue.profile("UQ")).build(), said))
                .as("without the ward's step it must explain more than the service's words").isFalse();
    }

    @Test
    void whatTheServiceIsAboutDoesNotNameTheWardsStep() {
        Referral tax = new Referral("thue", "Kê khai, nộp thuế của hộ kinh doanh", List.of("thuế khoán"), "the tax office", "Cơ quan thuế",
                null, null, List.of("HKD"), List.of(), false, null);
        SmallCatalogue catalogue = new SmallCatalogue(procedure("HKD", "Đăng ký thành lập hộ kinh doanh"),
                procedure("KS", "Thủ tục đăng ký khai sinh"));
        Referrals referrals = new Referrals(List.of(tax), Set.of("ke", "khai", "nop", "dang", "ki"), Set.of(), t -> false, p -> false);
        Map<String, Boolean> outweighed = Map.of(
                "hộ kinh doanh đóng thuế khoán ở đâu", false,
                "đăng ký thành lập hộ kinh doanh rồi có phải đóng thuế khoán không", true);
        outweighed.forEach((question, expected) -> {
            NamedReferral named = referrals.in(Syllables.tokens(question)).orElseThrow()
                    .weighed(catalogue.weigh(question), catalogue.parse(question));
            assertThat(named.about()).as("what the service is about, no doing").contains("thue", "ho", "kinh", "doanh").doesNotContain("nop", "khai");
            assertThat(named.outweighedBy(CandidateBuilder.about(catalogue.profile("HKD")).build(), catalogue.parse(question).said()))
                    .as(question).isEqualTo(expected);
        });
    }

    @Test
    void theWardsStepMustBeNamedInTheSentenceThatAsks() {
        Referral transfer = new Referral("sang-ten", "sang tên sổ đỏ", List.of("sang tên sổ đỏ"), "another agency", "Cấp tỉnh",
                null, null, List.of("CT"), List.of(), false, null);
        SmallCatalogue catalogue = new SmallCatalogue(procedure("CT", "Chứng thực hợp đồng chuyển nhượng quyền sử dụng đất"),
                procedure("KS", "Thủ tục đăng ký khai sinh"));
        Referrals referrals = new Referrals(List.of(transfer), Set.of(), Set.of(), t -> false, p -> false);
        String story = "Hợp đồng chuyển nhượng đất đã chứng thực xong rồi. Giờ sang tên sổ đỏ ở đâu?";
        String oneSentence = "chứng thực hợp đồng chuyển nhượng đất và sang tên sổ đỏ ở đâu";
        for (String question : List.of(story, oneSentence)) {
            NamedReferral named = referrals.in(Syllables.tokens(question)).orElseThrow()
                    .weighed(catalogue.weigh(question), catalogue.parse(question));
            assertThat(named.outweighedBy(CandidateBuilder.about(catalogue.profile("CT")).build(), catalogue.parse(question).said()))
                    .as(question).isEqualTo(question.equals(oneSentence));
        }
    }

    @Test
    void theWardsProcedureForTheSameServiceAtAnotherScaleIsShownButNeverOutweighsIt() {
        SmallCatalogue catalogue = new SmallCatalogue(procedure("GPXD", "Cấp giấy phép xây dựng nhà ở riêng lẻ"));
        String question = "công ty xây khách sạn 15 tầng, xin giấy phép xây dựng ở phường được không";
        for (boolean step : List.of(true, false)) {
            List<String> ward = List.of("GPXD");
            Referral permit = new Referral("gpxd-tinh", "Công trình cấp I, II", List.of("xây khách sạn"), "Sở Xây dựng",
                    "Cấp tỉnh", null, null, step ? ward : List.of(), step ? List.of() : ward, false, null);
            NamedReferral named = new Referrals(List.of(permit), Set.of(), Set.of(), t -> false, p -> false).in(Syllables.tokens(question))
                    .orElseThrow().weighed(catalogue.weigh(question), catalogue.parse(question));
            assertThat(named.outweighedBy(CandidateBuilder.about(catalogue.profile("GPXD")).build(), catalogue.parse(question).said()))
                    .as(step ? "a step" : "an alternative").isEqualTo(step);
        }
    }

    @Test
    void aTermSayingThePlaceItselfNamesWhereTheCitizenMeansToGo() {
        Referrals referrals = new Referrals(List.of(referral("dai-su-quan", "tại đại sứ quán")), Set.of(), Set.of(), t -> false, p -> false);
        assertThat(referrals.in(Syllables.tokens("muốn đăng ký kết hôn ngay tại đại sứ quán ở Tokyo")).orElseThrow().venue()).isTrue();
        assertThat(referrals.in(Syllables.tokens("đăng ký kết hôn ở phường hay tại đại sứ quán")).orElseThrow().venue())
                .as("a ward named too").isFalse();
    }

    @Test
    void aServiceNamedInSeveralOfItsTermsIsNamedInAllTheirWords() {
        Referral labour = new Referral("lao-dong", "Tranh chấp lao động", List.of("công ty nợ lương", "tranh chấp lao động"), "another agency",
                "Cấp tỉnh", null, null, List.of(), List.of(), false, null);
        Referrals referrals = new Referrals(List.of(labour), Set.of(), Set.of(), t -> false, p -> false);
        assertThat(referrals.in(Syllables.tokens("công ty nợ lương, muốn gửi đơn giải quyết tranh chấp lao động")).orElseThrow().words())
                .contains("no", "luong", "tranh", "chap", "lao", "dong");
    }

    @Test
    void whatTheServiceIsWantedForIsNotWhatIsAsked() {
        Referral record = new Referral("ly-lich", "Cấp phiếu lý lịch tư pháp", List.of("lý lịch tư pháp"), "another agency", "Cấp tỉnh",
                null, null, List.of(), List.of(), false, null);
        SmallCatalogue catalogue = new SmallCatalogue(procedure("XK", "Hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng"),
                procedure("KS", "Thủ tục đăng ký khai sinh"));
        Referrals referrals = new Referrals(List.of(record), Set.of(), Set.of(), t -> false, p -> false);
        String question = "xin lý lịch tư pháp để đi làm việc ở nước ngoài theo hợp đồng. Còn gì nữa không";
        NamedReferral named = referrals.in(Syllables.tokens(question)).orElseThrow().weighed(catalogue.weigh(question), catalogue.parse(question));
        assertThat(named.purpose()).as("to the sentence's end").contains("nuoc", "ngoai", "hop", "dong").doesNotContain("li", "lich", "con");
        assertThat(named.asked()).doesNotContain("nuoc", "ngoai", "hop", "dong");
        assertThat(named.outweighedBy(CandidateBuilder.about(catalogue.profile("XK")).build(), catalogue.parse(question).said())).isFalse();
        String together = "xin lý lịch tư pháp và hỗ trợ đi làm việc ở nước ngoài theo hợp đồng";
        assertThat(referrals.in(Syllables.tokens(together)).orElseThrow().weighed(catalogue.weigh(together), catalogue.parse(together)).purpose())
                .as("no purpose word").isEmpty();
    }

    private static NamedReferral named(String question) {
        return BUNDLED.in(Syllables.tokens(question)).orElseThrow().weighed(CATALOGUE.weigh(question), CATALOGUE.parse(question));
    }

    private static Optional<String> referral(String question) {
        return BUNDLED.in(Syllables.tokens(question)).map(n -> n.referral().id());
    }

    private static Referral referral(String id, String... terms) {
        return new Referral(id, id, List.of(terms), "another agency", "Cấp tỉnh", null, null, List.of(), List.of(), false, null);
    }
}
