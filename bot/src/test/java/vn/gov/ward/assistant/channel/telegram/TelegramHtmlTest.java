package vn.gov.ward.assistant.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Long HTML messages cut into parts Telegram accepts each on its own, and nothing of the text lost. */
class TelegramHtmlTest {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|#\\d+);");

    /** An officer's digest of 5,000 characters with a bold block (itself holding tags and entities) across 4,096. */
    static String digestWithBoldAcrossTheCut() {
        StringBuilder html = new StringBuilder("<b>Tổng hợp hồ sơ của tổ Tư pháp – Hộ tịch</b>\n");
        int i = 0;
        while (html.length() < 3600) html.append(line(i++));
        html.append("<b>Quá hạn, cần xử lý ngay:\n");
        while (html.length() < 4700) html.append(line(i++));
        html.append("</b>");
        while (html.length() < 5000) html.append(line(i++));
        return html.toString();
    }

    private static String line(int i) {
        return "• Hồ sơ <code>000.32.33.H26-260101-%04d</code> của Nguyễn V. A. &amp; Trần T. B.: <i>quá hạn %d ngày</i>, "
                .formatted(i, i % 9 + 1) + "<a href=\"https://dichvucong.gov.vn/ho-so?ma=" + i + "&amp;x=1\">xem</a>\n";
    }

    @Test
    void aShortMessageIsOnePartAsItIs() {
        assertThat(TelegramHtml.split("  <b>Đã nhận</b> hồ sơ &amp; giấy tờ ", 4096)).containsExactly("<b>Đã nhận</b> hồ sơ &amp; giấy tờ");
        assertThat(TelegramHtml.split("", 4096)).isEmpty();
    }

    @Test
    void fiveThousandCharactersWithABoldBlockAcrossTheCutMakeValidPartsAndLoseNothing() {
        String html = digestWithBoldAcrossTheCut();
        assertThat(html.length()).isGreaterThanOrEqualTo(5000);

        List<String> parts = TelegramHtml.split(html, 4096);

        assertThat(parts).hasSize(2);
        assertThat(parts).allSatisfy(TelegramHtmlTest::assertValidTelegramHtml);
        assertThat(parts.get(0)).as("cut at a line, the bold closed there").endsWith("</a></b>");
        assertThat(parts.get(1)).as("and opened again").startsWith("<b>• Hồ sơ");
        assertThat(visibleText(String.join("\n", parts))).isEqualTo(visibleText(html));
    }

    @Test
    void aLinkAndNestedTagsAreReopenedWithTheirAttributes() {
        String html = "<blockquote><a href=\"https://dichvucong.gov.vn/a?b=1&amp;c=2\"><i>" + "Lời dặn của cán bộ. ".repeat(60)
                + "</i></a></blockquote>";

        List<String> parts = TelegramHtml.split(html, 500);

        assertThat(parts).hasSizeGreaterThan(2).allSatisfy(part -> {
            assertValidTelegramHtml(part);
            assertThat(part.length()).isLessThanOrEqualTo(500);
            assertThat(part).startsWith("<blockquote><a href=\"https://dichvucong.gov.vn/a?b=1&amp;c=2\"><i>Lời dặn")
                    .endsWith("</i></a></blockquote>");
        });
        assertThat(visibleText(String.join(" ", parts))).isEqualTo(visibleText(html));
    }

    @Test
    void anEntityIsNeverCutEvenWithoutAnyBoundary() {
        String html = "<code>" + "x&amp;&lt;&gt;".repeat(500) + "</code>";

        List<String> parts = TelegramHtml.split(html, 1000);

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(TelegramHtmlTest::assertValidTelegramHtml);
        assertThat(visibleText(String.join("", parts)).replace(" ", "")).isEqualTo(visibleText(html));
    }

    @Test
    void noPartIsOnlyTags() {
        String html = "<b><i>" + "một hai ba ".repeat(50) + "bốn</i></b>";

        List<String> parts = TelegramHtml.split(html, 300);

        assertThat(parts).allSatisfy(part -> assertThat(visibleText(part)).isNotBlank());
        assertThat(visibleText(String.join(" ", parts))).isEqualTo(visibleText(html));
    }

    /** At most 4,096 characters, every tag closed in order, every {@code &} a whole entity: what Telegram parses. */
    static void assertValidTelegramHtml(String part) {
        assertThat(part.length()).isLessThanOrEqualTo(TelegramSender.MAX_TEXT);
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(part);
        while (tag.find()) {
            if (tag.group(1).isEmpty()) open.push(tag.group(2));
            else assertThat(open.poll()).as("closing %s in %s", tag.group(2), part).isEqualTo(tag.group(2));
        }
        assertThat(open).as("tags left open").isEmpty();
        String withoutTags = TAG.matcher(part).replaceAll("");
        assertThat(withoutTags).doesNotContain("<", ">");
        for (int at = withoutTags.indexOf('&'); at >= 0; at = withoutTags.indexOf('&', at + 1)) {
            assertThat(ENTITY.matcher(withoutTags).region(at, withoutTags.length()).lookingAt()).as("entity at %d", at).isTrue();
        }
    }

    /** What a reader sees, white space made single: tags gone, entities read. */
    static String visibleText(String html) {
        return TAG.matcher(html).replaceAll("").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }
}
