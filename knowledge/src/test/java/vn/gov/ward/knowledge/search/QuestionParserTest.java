package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.ward.knowledge.search.SmallCatalogue.procedure;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.gov.ward.knowledge.search.ParsedQuestion.Concept;
import vn.gov.ward.knowledge.search.ParsedQuestion.Denial;
import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

class QuestionParserTest {

    static final SmallCatalogue CATALOGUE = new SmallCatalogue(
            procedure("1", "Thủ tục đăng ký khai sinh"),
            procedure("2", "Cấp thẻ căn cước"),
            procedure("3", "Thủ tục đăng ký kết hôn có yếu tố nước ngoài"));

    @Test
    void chatWordsAndPhrasesAreDroppedButKeptAmongTheTokens() {
        ParsedQuestion parsed = CATALOGUE.parse("cho em hỏi làm giấy khai sinh ạ");
        assertThat(folded(parsed)).containsExactly("giay", "khai", "sinh");
        assertThat(parsed.tokens()).hasSize(8);
    }

    @Test
    void aChatSpellingIsReadAsTheWordItStandsForBeforeAnythingElseReadsIt() {
        ParsedQuestion parsed = CATALOGUE.parse("ck e lm lại căn cước dc ko");
        assertThat(parsed.tokens()).extracting(ParsedQuestion.Token::exact)
                .containsExactly("chồng", "em", "làm", "lại", "căn", "cước", "được", "không");
        assertThat(folded(parsed)).as("'em', 'làm', 'được', 'không' are chat words").containsExactly("chong", "lai", "can", "cuoc");
        assertThat(CATALOGUE.parse("đi chiến trường K").tokens()).extracting(ParsedQuestion.Token::exact)
                .as("a spelling of two meanings is left as typed").endsWith("k");
    }

    @Test
    void aQuestionOfChatAloneIsEmpty() {
        assertThat(CATALOGUE.parse("cho em hỏi với ạ").isEmpty()).isTrue();
    }

    @Test
    void aChatWordTypedWithoutMarksIsKeptWhereItMakesAPairOfAProcedureName() {
        // "can" is "cần" (need) typed plain, unless it is the "căn" of "căn cước"
        assertThat(folded(CATALOGUE.parse("lam can cuoc"))).containsExactly("can", "cuoc");
        SmallCatalogue withoutIdCards = new SmallCatalogue(procedure("1", "Thủ tục đăng ký khai sinh"));
        assertThat(folded(withoutIdCards.parse("lam can cuoc"))).containsExactly("cuoc");
    }

    @Test
    void anAbbreviationIsSearchedAsTheWordsItStandsFor() {
        ParsedQuestion parsed = CATALOGUE.parse("làm cccd mất bao lâu");
        assertThat(parsed.segments()).singleElement().extracting(QuestionParserTest::exact).isEqualTo(List.of("căn", "cước", "công", "dân"));
        assertThat(folded(parsed)).containsExactly("can", "cuoc", "cong", "dan");
        assertThat(parsed.expansions()).isEmpty();
    }

    @Test
    void aSynonymIsSaidWithThePhraseItStandsFor() {
        ParsedQuestion parsed = CATALOGUE.parse("nhập hộ khẩu cho con");
        assertThat(parsed.expansions()).contains(List.of("dang", "ki", "thuong", "tru"));
        assertThat(parsed.concepts().get(0).alternatives()).contains(List.of("dang", "ki", "thuong", "tru"));
        assertThat(parsed.said()).contains("nhap", "ho", "khau", "thuong", "tru");
        assertThat(parsed.saidPairs()).contains("ho khau", "thuong tru");
    }

    @Test
    void chatWordsEndASegmentSoNoPairIsSaidAcrossThem() {
        ParsedQuestion parsed = CATALOGUE.parse("khai sinh ạ kết hôn");
        assertThat(parsed.segments()).extracting(QuestionParserTest::exact).containsExactly(List.of("khai", "sinh"), List.of("kết", "hôn"));
        assertThat(parsed.saidPairs()).contains("khai sinh", "ket hon").doesNotContain("sinh ket");
    }

    @Test
    void anOutrightDenialTakesTheWordsOutOfWhatIsAsked() {
        ParsedQuestion parsed = CATALOGUE.parse("khai sinh không phải lưu động");
        assertThat(parsed.segments()).extracting(QuestionParserTest::exact).containsExactly(List.of("khai", "sinh"));
        assertThat(denials(parsed)).containsExactly(Denial.NONE, Denial.NONE, Denial.ALL, Denial.ALL);
        assertThat(parsed.said()).doesNotContain("luu", "dong");
        assertThat(parsed.denied(Denial.ALL)).containsExactlyInAnyOrder("luu", "dong");
        assertThat(parsed.deniedPairs(Denial.ALL)).contains("luu dong");
    }

    @Test
    void aDenialEndsWithItsClause() {
        ParsedQuestion parsed = CATALOGUE.parse("không phải người nước ngoài, khai sinh thì mất bao lâu");
        assertThat(parsed.denied(Denial.ALL)).contains("nuoc", "ngoai").doesNotContain("khai", "sinh");
        assertThat(parsed.said()).contains("khai", "sinh");

        assertThat(CATALOGUE.parse("không phải người nước ngoài khai sinh").denied(Denial.ALL)).as("no clause break")
                .contains("khai", "sinh");
        assertThat(folded(CATALOGUE.parse("khai sinh 1.001193 ngày 30/4"))).as("dots and slashes inside numbers break nothing")
                .containsSubsequence("khai", "sinh");
        assertThat(CATALOGUE.parse("khai sinh 1.001193 ngày 30/4").tokens()).extracting(ParsedQuestion.Token::exact)
                .isEqualTo(Syllables.tokens("khai sinh 1.001193 ngày 30/4").stream().map(ParsedQuestion.Token::exact).toList());
    }

    @Test
    void aQuestionDenyingAllItSaysIsEmpty() {
        assertThat(CATALOGUE.parse("chứ không phải chứng thực bản sao").segments())
                .noneMatch(segment -> segment.stream().anyMatch(t -> t.folded().equals("chung")));
        assertThat(CATALOGUE.parse("không phải là người nước ngoài kết hôn").isEmpty()).isTrue();
    }

    @Test
    void aDenialReachesTheFiveMeaningfulSyllablesAfterIt() {
        ParsedQuestion parsed = CATALOGUE.parse("không phải đăng ký khai sinh lưu động");
        assertThat(denials(parsed)).containsExactly(Denial.ALL, Denial.ALL, Denial.ALL, Denial.ALL, Denial.ALL, Denial.NONE);
    }

    @Test
    void whatIsNotNeededIsDeniedButWhatIsNoLongerNeededHasEnded() {
        assertThat(CATALOGUE.parse("kết hôn ở phường thôi, không cần cán bộ xuống nhà").denied(Denial.ALL)).contains("can", "bo", "xuong");
        assertThat(CATALOGUE.parse("cháu đủ 18 tuổi rồi, không cần tôi giám hộ nữa, làm giấy kết thúc ở đâu").denied(Denial.ALL))
                .as("'nữa': the guardianship has ended").isEmpty();
        assertThat(CATALOGUE.parse("tôi không muốn gia hạn tạm trú nữa mà muốn nhập hẳn hộ khẩu").denied(Denial.ALL))
                .as("'nữa mà …': turned from it to what is asked").contains("gia", "han");
    }

    @Test
    void aQualifierDenialKeepsTheWordsSearchedAndMarksThemAsDenied() {
        for (String question : List.of("đăng ký kết hôn không có yếu tố nước ngoài", "dang ky ket hon ko co yeu to nuoc ngoai")) {
            ParsedQuestion parsed = CATALOGUE.parse(question);
            assertThat(parsed.segments()).as(question).hasSize(2);
            assertThat(parsed.said()).as(question).contains("ket", "hon", "yeu", "nuoc", "ngoai");
            assertThat(parsed.denied(Denial.QUALIFIER)).as(question).containsExactlyInAnyOrder("yeu", "to", "nuoc", "ngoai");
            assertThat(parsed.deniedPairs(Denial.QUALIFIER)).as(question).contains("yeu to", "nuoc ngoai").doesNotContain("hon yeu");
            assertThat(parsed.denied(Denial.ALL)).as(question).isEmpty();
        }
    }

    static final SmallCatalogue WITH_VARIANTS = new SmallCatalogue(
            procedure("KT", "Thủ tục đăng ký khai tử"),
            procedure("KT-LD", "Thủ tục đăng ký khai tử lưu động"),
            procedure("KH", "Thủ tục đăng ký kết hôn"),
            procedure("KH-NN", "Thủ tục đăng ký kết hôn có yếu tố nước ngoài"),
            procedure("HKD-DONG", "Chấm dứt hoạt động hộ kinh doanh"),
            procedure("HKD-DOI", "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh"));

    @Test
    void bothSaidToBeVietnameseDenyTheForeignElementUnlessCompared() {
        assertThat(CATALOGUE.parse("vợ tôi người Việt, tôi cũng người Việt, đăng ký kết hôn").denied(Denial.QUALIFIER)).contains("nuoc", "ngoai");
        assertThat(CATALOGUE.parse("khai sinh có khác gì so với bố mẹ đều là người Việt").denied(Denial.QUALIFIER)).isEmpty();
    }

    @Test
    void aPaperSaidToHaveABlankIsHeld() {
        assertThat(CATALOGUE.parse("hồi đó chưa cưới nên giấy khai sinh bỏ trống phần cha, giờ muốn nhận con").heldPairs())
                .contains("khai sinh").doesNotContain("nhan con");
    }

    @Test
    void anOutrightDenialEndsAtNhung() {
        assertThat(CATALOGUE.parse("tôi không phải họ hàng gì nhưng muốn nhận chăm sóc cháu").denied(Denial.ALL))
                .containsExactlyInAnyOrder("ho", "hang");
    }

    @Test
    void aPhraseGoesOnOverADeterminer() {
        assertThat(CATALOGUE.parse("muốn thành lập một hội riêng").saidPairs()).contains("lap hoi");
        assertThat(CATALOGUE.parse("khai sinh ạ kết hôn").saidPairs()).as("other chat words still end it").doesNotContain("sinh ket");
    }

    @Test
    void aVariantsWholeQualifierAfterAWeakCueIsDeniedOutright() {
        ParsedQuestion parsed = WITH_VARIANTS.parse("đăng ký kết hôn không có yếu tố nước ngoài gì hết");
        assertThat(parsed.denied(Denial.ALL)).containsExactlyInAnyOrder("yeu", "to", "nuoc", "ngoai");
        assertThat(parsed.said()).contains("ket", "hon").doesNotContain("yeu", "ngoai");
        assertThat(WITH_VARIANTS.parse("không có giấy khai sinh").denied(Denial.ALL)).as("a paper lacked, no qualifier").isEmpty();
    }

    @Test
    void anOutrightDenialOfAVariantDeniesItsQualifierNotWhatItQualifies() {
        ParsedQuestion parsed = WITH_VARIANTS.parse("ông mất ở bệnh viện, không phải khai tử lưu động gì đâu");
        assertThat(parsed.denied(Denial.ALL)).containsExactlyInAnyOrder("luu", "dong");
        assertThat(parsed.said()).contains("khai", "tu");
    }

    @Test
    void anActionSetAgainstAnotherIsDeniedAloneTheThingStillAsked() {
        ParsedQuestion parsed = WITH_VARIANTS.parse("tôi không đóng cửa hộ kinh doanh, chỉ đổi ngành thôi");
        assertThat(parsed.denied(Denial.ALL)).containsExactlyInAnyOrder("dong", "cua");
        assertThat(parsed.said()).contains("ho", "kinh", "doanh");
        assertThat(WITH_VARIANTS.parse("không đóng cửa hộ kinh doanh mà là quán khác").denied(Denial.ALL)).as("no other action asked")
                .contains("dong", "cua", "ho", "kinh", "doanh");
    }

    @Test
    void aClauseAskingWhetherAPaperIsNeededAsksNothingDone() {
        ParsedQuestion parsed = CATALOGUE.parse("làm hộ chiếu cho bé, có cần khai sinh bản chính không");
        assertThat(parsed.asked(0)).contains("ho", "chieu").doesNotContain("khai", "sinh");
        assertThat(CATALOGUE.parse("lam ho chieu cho be, co can khai sinh khong").asked(0)).as("typed without marks").doesNotContain("khai");
        assertThat(CATALOGUE.parse("làm hộ chiếu cho bé, khai sinh bản chính có cần không").asked(0)).as("only a clause opening with it")
                .contains("khai");
    }

    @Test
    void whatIsSetAgainstWhatIsAskedWithChiOrMaIsDeniedOutright() {
        assertThat(CATALOGUE.parse("tôi không xây nhà mới, chỉ cải tạo lại nhà").denied(Denial.ALL)).containsExactlyInAnyOrder("xay", "nha", "moi");
        assertThat(CATALOGUE.parse("khong xay nha moi ma sua lai nha").denied(Denial.ALL)).as("typed without marks ('nha' also the chat 'nhé')")
                .containsExactlyInAnyOrder("xay", "moi");
        assertThat(CATALOGUE.parse("căn cước không phải hỏng mà là mất hẳn rồi").denied(Denial.ALL)).as("an outright denial ends at 'mà'")
                .containsExactly("hong");
        assertThat(CATALOGUE.parse("tôi không xây nhà mới, chị tôi cải tạo lại").denied(Denial.ALL)).as("'chị' is no 'chỉ'").isEmpty();
        assertThat(CATALOGUE.parse("không có giấy khai sinh, giờ làm sao").denied(Denial.ALL)).isEmpty();
    }

    @Test
    void aQualifierCueCoversOnlyTheWordsRightAfterItWhileAnOutrightDenialReachesOverChat() {
        assertThat(denials(CATALOGUE.parse("không cho em hỏi khai sinh"))).containsOnly(Denial.NONE);
        assertThat(denials(CATALOGUE.parse("không phải cho em hỏi khai sinh"))).containsOnly(Denial.ALL);
    }

    @Test
    void notAtTheEndOfAQuestionDeniesNothing() {
        assertThat(denials(CATALOGUE.parse("đăng ký khai sinh được không"))).containsOnly(Denial.NONE).hasSize(4);
    }

    @Test
    void aDenialThatSaysSomethingIsReadAsWhatItSays() {
        assertThat(folded(CATALOGUE.parse("vợ em không phải người Việt, đăng ký kết hôn"))).containsSequence("nguoi", "nuoc", "ngoai")
                .doesNotContain("viet");
        assertThat(denials(CATALOGUE.parse("vo em ko phai nguoi viet nam"))).as("after the chat spellings, typed without marks")
                .containsOnly(Denial.NONE).hasSize(4);
    }

    @Test
    void anActionSaidWhereItIsDeniedIsNotAsked() {
        assertThat(CATALOGUE.weigh("mở quán mới chứ không phải thay đổi gì, đăng ký ở đâu").actions()).doesNotContain(Actions.Action.CHANGE);
        assertThat(CATALOGUE.weigh("mở quán mới rồi thay đổi địa chỉ, đăng ký ở đâu").actions()).contains(Actions.Action.CHANGE);
    }

    @Test
    void whatTheCitizenAlreadyHoldsIsTheFewWordsAfterTheCueWithinItsClause() {
        assertThat(CATALOGUE.parse("con đã có giấy khai sinh nhưng bỏ trống tên bố, giờ muốn nhận con").heldPairs())
                .containsExactlyInAnyOrder("giay khai", "khai sinh");
        assertThat(CATALOGUE.parse("da co giay khai sinh, gio lam can cuoc").heldPairs()).as("typed without marks; a comma ends it")
                .containsExactlyInAnyOrder("giay khai", "khai sinh");
        assertThat(CATALOGUE.parse("có giấy kết hôn bên đó rồi, về nước làm gì").heldPairs()).contains("ket hon");
    }

    @Test
    void aProcedureTheCitizenSaysIsDoneIsHeld() {
        assertThat(CATALOGUE.parse("vợ mới sinh, đã đăng ký kết hôn rồi, giờ làm khai sinh").heldPairs()).containsExactly("ket hon");
        assertThat(CATALOGUE.parse("ông ấy đã làm thủ tục thu hồi đăng ký rồi, giờ sang tên").heldPairs()).contains("thu hoi");
        assertThat(CATALOGUE.parse("tôi đã làm mất giấy đăng ký xe, giờ làm lại").heldPairs()).as("a loss is no paper held").isEmpty();
    }

    @Test
    void aCountryOfOneSyllableIsACountryOnlyWithTheWordThatGoesThere() {
        assertThat(CATALOGUE.parse("3 anh em da thong nhat chia xong").said()).doesNotContain("nuoc");
        assertThat(CATALOGUE.parse("cập nhật lại địa chỉ thường trú").said()).doesNotContain("nuoc");
        assertThat(CATALOGUE.parse("con đi du học Nhật cần giấy gì").said()).contains("nuoc", "ngoai");
    }

    @Test
    void whatAThingIsComparedWithIsNotAsked() {
        ParsedQuestion parsed = CATALOGUE.parse("công ty cổ phần giải thể ở phường giống như hợp tác xã được không");
        assertThat(parsed.denied(Denial.ALL)).contains("hop", "tac", "xa").doesNotContain("giai", "the", "cong", "ti");
    }

    @Test
    void aPaperNamedAgainOutsideWhatIsHeldIsNotHeld() {
        assertThat(CATALOGUE.parse("đã có giấy khai sinh nhưng sai tên, làm lại giấy khai sinh").heldPairs()).isEmpty();
        assertThat(CATALOGUE.parse("có giấy khai sinh không").heldPairs()).as("'có … rồi' needs its 'rồi'").isEmpty();
    }

    @Test
    void whatIsNamedInTheLastClauseIsAskedAboutInThatClauseAloneAndAnythingElseInTheLastSentence() {
        ParsedQuestion parsed = CATALOGUE.parse("Con tôi sinh năm ngoái. Làm khai sinh cho bé rồi, giờ làm căn cước ở đâu ạ");
        int idCard = parsed.foldedTokens().indexOf("can");
        assertThat(parsed.asked(idCard)).contains("can", "cuoc").doesNotContain("khai", "con");
        assertThat(parsed.asked(0)).as("named in the story: the sentence that asks").contains("khai", "can", "cuoc").doesNotContain("con");
    }

    @Test
    void aRhetoricalQuestionEndingItsClauseWithDauDeniesWhatItAsks() {
        assertThat(CATALOGUE.parse("vo chong e co phai nguoi nuoc ngoai dau, khai sinh cho con o dau").denied(Denial.ALL))
                .contains("nuoc", "ngoai").doesNotContain("khai", "sinh");
        assertThat(CATALOGUE.parse("khai sinh cho con có phải đăng ký ở đâu").denied(Denial.ALL)).as("the 'đâu' of a place").isEmpty();
        assertThat(CATALOGUE.parse("co phai dang ky lan dau").denied(Denial.ALL)).as("the 'đầu' of a first time").isEmpty();
        assertThat(CATALOGUE.parse("có phải đăng ký kết hôn không").denied(Denial.ALL)).as("no closer").isEmpty();
    }

    @Test
    void noPairIsSaidAcrossAClauseBreak() {
        ParsedQuestion parsed = CATALOGUE.parse("anh em thống nhất chia nhà, mỗi người một phần");
        assertThat(parsed.saidPairs()).contains("chia nha", "moi nguoi").doesNotContain("nha moi");
    }

    private static List<String> folded(ParsedQuestion parsed) {
        return parsed.concepts().stream().map(Concept::folded).toList();
    }

    private static List<Denial> denials(ParsedQuestion parsed) {
        return parsed.concepts().stream().map(Concept::denial).toList();
    }

    private static List<String> exact(List<Token> segment) {
        return segment.stream().map(Token::exact).toList();
    }
}
