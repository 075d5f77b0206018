package vn.gov.ward.knowledge.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.knowledge.ward.WardProfile;

/**
 * The importer's cleaning of the portal's rows, on rows as the crawl wrote them (the examples among them):
 * documents as whole papers, legal clauses and notes apart, a paper listed twice kept once; fees in citizen's words;
 * processing times with their units, per way of submitting.
 */
class CatalogueImporterTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One portal-page record with the given fields over an empty one. */
    static Procedure imported(Map<String, Object> fields) {
        return imported(fields, WardProfile.none());
    }

    static Procedure imported(Map<String, Object> fields, WardProfile ward) {
        Map<String, Object> record = new java.util.LinkedHashMap<>(Map.of("code", "9.000001", "name", "Thủ tục thử", "field", "Hộ tịch",
                "sourceUrl", "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/x", "sourceKind", "portal-page"));
        record.putAll(fields);
        byte[] json = JSON.writeValueAsBytes(List.of(record));
        return CatalogueImporter.importFrom("test.json", new ByteArrayInputStream(json), ward).catalogue().find("9.000001").orElseThrow();
    }

    static List<String> names(Procedure p) {
        return p.documents().stream().map(RequiredDocument::name).toList();
    }

    static List<String> notes(Procedure p) {
        return p.documentGroups().stream().flatMap(g -> g.notes().stream()).toList();
    }

    @Test
    void legalClausesAreNotesAndACaseRowIsThePaperItAsksFor() {
        String heading = "[Trường hợp ủy quyền thực hiện thủ tục thì hồ sơ phải kèm theo một trong những giấy tờ sau:] ";
        Procedure p = imported(Map.of("documents", List.of(
                heading + "(iv) Trường hợp ủy quyền cho đơn vị cung cấp dịch vụ bưu chính không phải là bưu chính công ích thực hiện thủ tục "
                        + "đăng ký hộ kinh doanh thì việc ủy quyền thực hiện theo quy định tại mục (ii). (0 bản chính,1 bản sao)",
                heading + "(v) Người ủy quyền và người được ủy quyền thực hiện thủ tục đăng ký hộ kinh doanh chịu trách nhiệm trước pháp luật "
                        + "về tính hợp pháp, trung thực và chính xác của việc ủy quyền. (0 bản chính,1 bản sao)",
                heading + "Trường hợp chưa có tài khoản định danh điện tử để thực hiện xác thực điện tử thì hồ sơ đăng ký hộ kinh doanh phải "
                        + "kèm theo bản sao thẻ Căn cước hoặc thẻ Căn cước công dân còn hiệu lực của người uỷ quyền. (0 bản chính,1 bản sao)",
                "- Giấy đề nghị đăng ký hộ kinh doanh; (1 bản chính)")));

        assertThat(names(p)).containsExactlyInAnyOrder("Bản sao thẻ Căn cước hoặc thẻ Căn cước công dân còn hiệu lực của người uỷ quyền.",
                "Giấy đề nghị đăng ký hộ kinh doanh");
        assertThat(p.documents()).filteredOn(d -> d.name().startsWith("Bản sao thẻ")).singleElement()
                .satisfies(d -> assertThat(d.condition()).isEqualTo("trường hợp chưa có tài khoản định danh điện tử để thực hiện xác thực điện tử"));
        assertThat(notes(p)).hasSize(2).allSatisfy(n -> assertThat(n).doesNotStartWith("("))
                .anySatisfy(n -> assertThat(n).startsWith("Người ủy quyền và người được ủy quyền"));
        DocumentGroup authorised = p.documentGroups().get(0);
        assertThat(authorised.heading()).isEqualTo("Trường hợp ủy quyền thực hiện thủ tục");
        assertThat(authorised.kind()).isEqualTo(DocumentGroup.Kind.CASE);
        assertThat(p.documentGroups().get(1).kind()).isEqualTo(DocumentGroup.Kind.GENERAL);
    }

    @Test
    void aPaperListedTwiceIsOneInItsFullerWording() {
        String cc01 = "Phiếu CC01 được tạo lập khi trích xuất thông tin của công dân trong Cơ sở dữ liệu quốc gia về dân cư và in trong quá "
                + "trình thu nhận hồ sơ căn cước để công dân kiểm tra và ký xác nhận";
        Procedure p = imported(Map.of("documents", List.of(
                cc01 + ". Trường hợp công dân chưa có thông tin thì hồ sơ còn có: Phiếu thu thập thông tin dân cư. (1 bản chính)",
                "Giấy tờ, tài liệu có giá trị pháp lý chứng minh là người đại diện hợp pháp của người dưới 14 tuổi (1 bản chính)",
                cc01 + ".Trường hợp công dân chưa có thông tin thì hồ sơ còn có Phiếu thu thập thông tin dân cư; Giấy tờ pháp lý chứa thông tin "
                        + "công dân. (1 bản chính)")));

        assertThat(names(p)).hasSize(2).filteredOn(n -> n.startsWith("Phiếu CC01")).singleElement().asString()
                .contains(". Trường hợp", "Giấy tờ pháp lý chứa thông tin công dân");
    }

    @Test
    void rowsTheCrawlCutOrGluedAreMendedAndNoticesTheyIntroduceDropped() {
        Procedure p = imported(Map.of("documents", List.of(
                "- Người có yêu cầu đăng ký kết hôn thực hiện việc nộp/xuất trình các giấy tờ sau: (0 bản chính)",
                "Phiếu thu nhận thông tin căn cước (Mẫu CC01) (1 bản chính,1 bản sao)",
                "đối với trường hợp tích hợp thông tin trên thẻ căn cước. (0 bản chính)",
                "Giấy đề nghị rà soát hộ nghèo theo Mẫu số 01 ban hành kèm theo Quyết định số 24/2021/QĐ-TTgGiấy đề nghị.pdf (1 bản chính)",
                "Đơn đăng ký biến động đất đai theo Mẫu số (181 bản chính,1 bản sao)",
                "Bước 2. Nộp hồ sơ cho cơ quan BHXH. (1 bản chính)")));

        assertThat(names(p)).containsExactly(
                "Phiếu thu nhận thông tin căn cước (Mẫu CC01) đối với trường hợp tích hợp thông tin trên thẻ căn cước.",
                "Giấy đề nghị rà soát hộ nghèo theo Mẫu số 01 ban hành kèm theo Quyết định số 24/2021/QĐ-TTg",
                "Đơn đăng ký biến động đất đai theo Mẫu số 18");
        assertThat(p.documents().get(0).quantity()).isEqualTo("1 bản chính, 1 bản sao");
        assertThat(p.documents().get(1).form()).isEqualTo("Giấy đề nghị.pdf");
        assertThat(notes(p)).isEmpty();
    }

    @Test
    void anApplicantsPaperIsThePaperWithWhoItIsFor() {
        Procedure p = imported(Map.of("documents", List.of(
                "Công dân Việt Nam là công chức, viên chức phải nộp văn bản của cơ quan, đơn vị quản lý xác nhận việc kết hôn với người "
                        + "nước ngoài không trái với quy định của ngành đó (1 bản chính)",
                "Giá trị sử dụng của giấy tờ chứng minh tình trạng hôn nhân được xác định theo thời hạn ghi trên giấy tờ đó. (1 bản chính)")));

        assertThat(p.documents()).singleElement().satisfies(d -> {
            assertThat(d.name()).startsWith("Văn bản của cơ quan, đơn vị quản lý xác nhận");
            assertThat(d.condition()).isEqualTo("đối với công dân Việt Nam là công chức, viên chức");
        });
        assertThat(notes(p)).singleElement().asString().startsWith("Giá trị sử dụng");
    }

    @Test
    void freeIsSaidOnlyWhereTheNoteAgrees() {
        Fee marriage = imported(Map.of("fees", "Trực tuyến: Miễn phí (Miễn lệ phí. Phí cấp bản sao Trích lục kết hôn (nếu có yêu cầu) thực hiện "
                + "theo quy định tại Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính.) | Trực tiếp: Miễn phí (Miễn lệ phí. Phí cấp bản "
                + "sao Trích lục kết hôn (nếu có yêu cầu) thực hiện theo quy định tại Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính.)")).fee();
        assertThat(marriage.kind()).isEqualTo(Fee.Kind.FREE);
        assertThat(marriage.note()).isEqualTo("bản sao Trích lục kết hôn, nếu có yêu cầu, tính phí riêng");
        assertThat(marriage.basis()).startsWith("Miễn lệ phí. Phí cấp bản sao");

        Fee status = imported(Map.of("fees", "Miễn phí (Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương quyết định. "
                + "Miễn lệ phí cho người thuộc gia đình có công với cách mạng; người thuộc hộ nghèo; người khuyết tật.)")).fee();
        assertThat(status.kind()).isEqualTo(Fee.Kind.SET_BY_PROVINCE);
        assertThat(status.note()).isEqualTo("miễn lệ phí cho người thuộc gia đình có công với cách mạng; người thuộc hộ nghèo; người khuyết tật");

        Fee land = imported(Map.of("fees", "Miễn phí (Theo quy định của Luật phí và lệ phí và các văn bản quy phạm pháp luật hướng dẫn Luật phí và lệ phí.)")).fee();
        assertThat(land.kind()).isEqualTo(Fee.Kind.SET_ELSEWHERE);
        assertThat(land.note()).isEqualTo("theo quy định của pháp luật về phí, lệ phí");

        Fee zero = imported(Map.of("submission", List.of("Trực tiếp — Thời hạn: 3 Ngày làm việc — Phí, lệ phí: 0 (Cổng ghi mức 0, không kèm ghi chú)"))).fee();
        assertThat(zero.kind()).isEqualTo(Fee.Kind.SET_ELSEWHERE);
        assertThat(zero.note()).isEqualTo("Cổng ghi mức 0 đồng, không kèm ghi chú");
    }

    @Test
    void anAmountIsSaidWithTheUnitItsNoteGivesOncePerWayOfSubmitting() {
        Fee adoption = imported(Map.of("fees", "Trực tiếp: 400,000 Việt Nam Đồng (Lệ phí : 400.000 Đồng (Mức thu lệ phí: 400.000đ/trường hợp. Miễn "
                + "lệ phí đăng ký nuôi con nuôi trong nước đối với trường hợp cha dượng hoặc mẹ kế nhận con riêng của vợ hoặc chồng làm con nuôi.))")).fee();
        assertThat(adoption.kind()).isEqualTo(Fee.Kind.CHARGED);
        assertThat(adoption.amount()).isEqualTo("400.000 đồng/trường hợp");
        assertThat(adoption.note()).startsWith("miễn lệ phí đăng ký nuôi con nuôi trong nước đối với trường hợp cha dượng");

        Fee household = imported(Map.of("fees", "Trực tuyến: 150,000 Việt Nam Đồng (- Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định. - Lệ phí "
                + "không được hoàn trả.) | Dịch vụ bưu chính: 150,000 Việt Nam Đồng (- Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định.) | "
                + "Trực tiếp: 50,000 VNĐ (- Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định.)")).fee();
        assertThat(household.amount()).isEqualTo("trực tiếp 50.000 đồng; trực tuyến, qua bưu chính 150.000 đồng");
        assertThat(household.note()).isEqualTo("mức cụ thể do HĐND tỉnh quyết định");

        Fee extract = imported(Map.of("fees", "8,000 VNĐ (8.000 đồng/Văn bản xác nhận về một việc hộ tịch của cá nhân đã đăng ký.)")).fee();
        assertThat(extract.amount()).isEqualTo("8.000 đồng/văn bản xác nhận");

        Fee card = imported(Map.of("fees", "Trực tiếp: 50,000 Việt Nam Đồng (- Cấp đổi thẻ căn cước: 50.000 đồng/thẻ căn cước; Kể từ ngày 01/01/2025 đến "
                + "hết ngày 31/12/2025, mức thu lệ phí trực tuyến bằng 50% mức thu lệ phí quy định. - Kể từ ngày 01/7/2025 đến hết ngày 31/12/2026 mức "
                + "thu lệ phí cấp đổi, cấp lại thẻ căn cước bằng 50% mức thu nêu trên theo quy định tại Thông tư số 64/2025/TT-BTC.)")).fee();
        assertThat(card.amount()).isEqualTo("50.000 đồng/thẻ căn cước");
        assertThat(card.note()).isEqualTo("từ ngày 01/7/2025 đến hết ngày 31/12/2026 thu 50% mức này");
    }

    @Test
    void anAmountItsNoteContradictsIsReportedNotTold() {
        Fee pass = imported(Map.of("fees", "40 Việt Nam Đồng (4.000 đ/giấy thông hành (áp dụng đến hết ngày 31/12/2026 theo Thông tư số 64/2025/TT-BTC).)")).fee();
        assertThat(pass.kind()).isEqualTo(Fee.Kind.SET_ELSEWHERE);
        assertThat(pass.amount()).isNull();
        assertThat(pass.note()).isEqualTo("Cổng ghi không thống nhất (40 đồng và 4.000 đ/giấy thông hành)");
    }

    @Test
    void aBareNumberTakesTheUnitTheRecordGivesItOrStaysUnitless() {
        ProcessingTime marriage = imported(Map.of("processingTime", "1", "submission", List.of("Trực tuyến — Thời hạn: 1 — Phí, lệ phí: Miễn phí"),
                "steps", "Người yêu cầu kiểm tra thông tin và xác nhận (tối đa một ngày).")).processingTime();
        assertThat(marriage.limits()).containsExactly(new TimeLimit(java.math.BigDecimal.ONE, TimeLimit.Unit.DAYS));

        ProcessingTime unknownUnit = imported(Map.of("processingTime", "3", "submission", List.of("Trực tiếp — Thời hạn: 3"))).processingTime();
        assertThat(unknownUnit.known()).isFalse();
        assertThat(unknownUnit.unitless()).isEqualTo("3");
        assertThat(unknownUnit.longest()).isEmpty();
    }

    @Test
    void eachWayOfSubmittingKeepsItsTime() {
        ProcessingTime land = imported(Map.of("processingTime", "Trực tuyến: 17 Ngày làm việc | Dịch vụ bưu chính: 20 Ngày làm việc | Trực tiếp: 27 Ngày làm việc"))
                .processingTime();
        assertThat(land.differsByChannel()).isTrue();
        assertThat(land.byChannel()).extracting(ProcessingTime.ChannelLimit::channel)
                .containsExactly(SubmissionChannel.ONLINE, SubmissionChannel.POST, SubmissionChannel.IN_PERSON);
        assertThat(land.longest().orElseThrow().amount()).isEqualByComparingTo("27");

        ProcessingTime cases = imported(Map.of("processingTime", "Trực tiếp: 3 Ngày làm việc | Trực tiếp: 7 Ngày làm việc")).processingTime();
        assertThat(cases.differsByChannel()).as("two times for one way are two cases").isFalse();
        assertThat(cases.limits()).hasSize(2);

        ProcessingTime rows = imported(Map.of("submission", List.of("Trực tiếp — Thời hạn: 3 Ngày làm việc — Phí, lệ phí: Miễn phí",
                "Trực tuyến — Thời hạn: 2 Ngày làm việc — Phí, lệ phí: Miễn phí"))).processingTime();
        assertThat(rows.differsByChannel()).isTrue();
    }

    @Test
    void withNoTimeInItsFieldsTheOneTimeTheStepsGiveFromReceiptIsTaken() {
        ProcessingTime business = imported(Map.of("submission", List.of("Trực tiếp — Thời hạn: Không có thông tin — Phí, lệ phí: Miễn phí"),
                "steps", "Cơ quan đăng ký kinh doanh cấp xã cấp Giấy chứng nhận trong thời hạn 03 ngày làm việc kể từ ngày nhận hồ sơ. Trường hợp "
                        + "hồ sơ không hợp lệ thì thông báo bằng văn bản trong thời hạn 03 ngày làm việc kể từ ngày nhận hồ sơ.")).processingTime();
        assertThat(business.limits()).containsExactly(new TimeLimit(java.math.BigDecimal.valueOf(3), TimeLimit.Unit.WORKING_DAYS));
    }

    @Test
    void theWardsTimeWinsAndMaySayEachWay() {
        WardProfile ward = new WardProfile(WardProfile.none().office(), Set.of(),
                Map.of("9.000001", new WardProfile.ProcedureOverride(List.of(), "Trực tiếp: 3 ngày làm việc | Trực tuyến: 2 ngày làm việc", false)));
        ProcessingTime time = imported(Map.of("processingTime", "5 Ngày làm việc"), ward).processingTime();
        assertThat(time.byChannel()).containsExactly(
                new ProcessingTime.ChannelLimit(SubmissionChannel.IN_PERSON, new TimeLimit(java.math.BigDecimal.valueOf(3), TimeLimit.Unit.WORKING_DAYS)),
                new ProcessingTime.ChannelLimit(SubmissionChannel.ONLINE, new TimeLimit(java.math.BigDecimal.valueOf(2), TimeLimit.Unit.WORKING_DAYS)));
    }

    @Test
    void recordsReadOnceGiveEachWardLayerTheCatalogueAFreshImportGivesAndShareWhatALayerLeavesAlone() {
        Map<String, Object> residence = Map.of("code", "9.000001", "name", "Đăng ký tạm trú", "field", "Đăng ký, quản lý cư trú",
                "processingTime", "3 Ngày làm việc", "fees", "Trực tiếp: 15,000 Đồng (Lệ phí)",
                "documents", List.of("Tờ khai thay đổi thông tin cư trú (1 bản chính)"), "steps", "Nộp hồ sơ.", "sourceKind", "portal-page");
        Map<String, Object> copy = new java.util.LinkedHashMap<>(residence);
        copy.put("code", "9.000002");
        Map<String, Object> waterway = Map.of("code", "9.000003", "name", "Đăng ký phương tiện thủy nội địa",
                "field", "Hàng hải và đường thủy nội địa", "documents", List.of("Tờ khai đăng ký phương tiện (1 bản chính)"), "sourceKind", "portal-page");
        byte[] json = JSON.writeValueAsBytes(List.of(residence, copy, waterway));

        WardProfile none = WardProfile.none();
        WardProfile layer = new WardProfile(none.office(), Set.of("Hàng hải và đường thủy nội địa"), Map.of(
                "9.000001", new WardProfile.ProcedureOverride(List.of("ở ghép"), "2 ngày làm việc", true, "20.000 đồng/lần",
                        "Nghị quyết số 05/2025/NQ-HĐND", "Nhận hồ sơ cả sáng thứ Bảy."),
                "9.000002", new WardProfile.ProcedureOverride(List.of(), null, true)));
        WardProfile badTime = new WardProfile(none.office(), Set.of(), Map.of("9.000003", new WardProfile.ProcedureOverride(List.of(), "nhanh", false)));

        CatalogueImporter.NationalRecords records = CatalogueImporter.read("test.json", new ByteArrayInputStream(json));
        CatalogueImporter.ImportResult first = records.withWard(none);
        for (WardProfile ward : List.of(none, layer, none, layer)) {
            CatalogueImporter.ImportResult kept = records.withWard(ward);
            CatalogueImporter.ImportResult fresh = CatalogueImporter.importFrom("test.json", new ByteArrayInputStream(json), ward);
            assertThat(kept.catalogue().procedures()).isEqualTo(fresh.catalogue().procedures());
            assertThat(kept.quarantined()).isEqualTo(fresh.quarantined());
            assertThat(kept.disabledByWard()).isEqualTo(fresh.disabledByWard());
        }
        assertThat(first.quarantined()).extracting(CatalogueImporter.Quarantined::code).containsExactly("9.000001", "9.000002");

        CatalogueImporter.ImportResult layered = records.withWard(layer);
        Procedure residenceLayered = layered.catalogue().find("9.000001").orElseThrow();
        assertThat(residenceLayered.keywords()).containsExactly("ở ghép");
        assertThat(residenceLayered.fee().amount()).isEqualTo("20.000 đồng/lần");
        assertThat(residenceLayered.wardNote()).isEqualTo("Nhận hồ sơ cả sáng thứ Bảy.");
        assertThat(residenceLayered.processingTime().limits()).containsExactly(new TimeLimit(java.math.BigDecimal.valueOf(2), TimeLimit.Unit.WORKING_DAYS));
        assertThat(layered.catalogue().find("9.000003")).as("its field switched off").isEmpty();
        assertThat(layered.catalogue().find("9.000002")).as("reviewed, and no other change: the same procedure as without the layer")
                .containsSame(records.withWard(new WardProfile(none.office(), Set.of(), Map.of("9.000002",
                        new WardProfile.ProcedureOverride(List.of(), null, true)))).catalogue().find("9.000002").orElseThrow());
        assertThat(first.catalogue().find("9.000003")).containsSame(records.withWard(WardProfile.none()).catalogue().find("9.000003").orElseThrow());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> records.withWard(badTime)).isInstanceOf(CatalogueException.class)
                .hasMessageContaining("procedures.9.000003");
    }
}
