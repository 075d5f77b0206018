package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.ward.knowledge.search.SmallCatalogue.procedure;

import java.util.List;

import org.junit.jupiter.api.Test;

class CorpusStatisticsTest {

    static final CorpusStatistics STATISTICS = new SmallCatalogue(
            procedure("1", "Thủ tục đăng ký khai sinh", "Giấy chứng sinh", "Tờ khai đăng ký khai sinh"),
            procedure("2", "Thủ tục đăng ký kết hôn", "Tờ khai đăng ký kết hôn"),
            procedure("3", "Thủ tục đăng ký khai tử", "Giấy báo tử"),
            procedure("4", "Cấp thẻ căn cước", List.of("làm căn cước"))).statistics;

    @Test
    void aSyllableFewProceduresUseWeighsMoreThanOneManyUse() {
        assertThat(STATISTICS.weight("sinh")).as("one procedure's name and documents").isGreaterThan(STATISTICS.weight("khai"));
        assertThat(STATISTICS.titleIdf("khai")).as("two names").isGreaterThan(STATISTICS.titleIdf("dang"));
    }

    @Test
    void aSyllableTheCatalogueNeverUsesWeighsMost() {
        assertThat(STATISTICS.weight(null)).isGreaterThan(STATISTICS.weight("sinh")).isEqualTo(STATISTICS.titleIdf("karaoke"));
    }

    @Test
    void numbersAreContextAndWeighNothing() {
        assertThat(STATISTICS.weight("14")).isZero();
        assertThat(STATISTICS.weight("2024")).isZero();
    }

    @Test
    void titlesAreNameKeywordsAndFieldWhileDocumentsOnlyMakeASyllableKnown() {
        assertThat(STATISTICS.titleDocFreq("dang")).isEqualTo(3);
        assertThat(STATISTICS.titleDocFreq("lam")).as("from a keyword").isEqualTo(1);
        assertThat(STATISTICS.titleDocFreq("chung")).as("only in a document").isZero();
        assertThat(STATISTICS.isKnown("chung")).isTrue();
        assertThat(STATISTICS.vocabulary()).contains("bao", "tu", "the", "cuoc").doesNotContain("karaoke");
        assertThat(STATISTICS.size()).isEqualTo(4);
    }

    @Test
    void aWordPairCountsOnlyInTitlesFoldedWithIAndYAsOne() {
        assertThat(STATISTICS.isTitlePair("khai sinh")).isTrue();
        assertThat(STATISTICS.isTitlePair("dang ki")).as("đăng ký, folded").isTrue();
        assertThat(STATISTICS.isTitlePair("lam can")).as("from a keyword").isTrue();
        assertThat(STATISTICS.isTitlePair("chung sinh")).as("only in a document").isFalse();
        assertThat(STATISTICS.pairIdf("khai sinh")).isGreaterThan(STATISTICS.pairIdf("dang ki"));
    }
}
