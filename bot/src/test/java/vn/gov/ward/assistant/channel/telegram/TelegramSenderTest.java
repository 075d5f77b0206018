package vn.gov.ward.assistant.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.ward.assistant.officer.OfficerMessages;
import vn.gov.ward.assistant.outbox.Outbox;
import vn.gov.ward.assistant.support.FakeTelegram;
import vn.gov.ward.assistant.support.TelegramTestBase;

/** What goes to the Bot API for a long message: parts Telegram parses each on its own, in order, without link previews. */
class TelegramSenderTest extends TelegramTestBase {

    static final long CHAT = 7_016;

    @Autowired
    Outbox outbox;

    @BeforeEach
    void setUp() {
        telegram.reset();
    }

    @Test
    void aFiveThousandCharacterMessageWithTagsAcrossTheCutArrivesAsValidPartsWithNothingLost() {
        String html = TelegramHtmlTest.digestWithBoldAcrossTheCut();

        String id = outbox.enqueue(OfficerMessages.CHANNEL, Long.toString(CHAT), "long-digest-" + CHAT, html, List.of(), null, null);

        await().atMost(Duration.ofSeconds(15)).until(() -> outbox.find(id).orElseThrow().status() == Outbox.Status.SENT);
        List<FakeTelegram.Call> sent = telegram.sentTo(CHAT);
        assertThat(sent).hasSize(2);
        assertThat(telegram.attemptsTo(CHAT)).as("no part refused").hasSize(2);
        sent.forEach(call -> {
            TelegramHtmlTest.assertValidTelegramHtml(call.text());
            assertThat(call.body().path("parse_mode").asString()).isEqualToIgnoringCase("HTML");
            assertThat(call.body().path("link_preview_options").path("is_disabled").asBoolean()).isTrue();
            assertThat(call.body().has("disable_web_page_preview")).as("superseded in the Bot API").isFalse();
        });
        assertThat(sent.get(1).text()).startsWith("<b>");
        assertThat(TelegramHtmlTest.visibleText(sent.get(0).text() + "\n" + sent.get(1).text()))
                .isEqualTo(TelegramHtmlTest.visibleText(html));
    }
}
