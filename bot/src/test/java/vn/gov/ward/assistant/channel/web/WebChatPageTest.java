package vn.gov.ward.assistant.channel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.gov.ward.assistant.AssistantTest;
import vn.gov.ward.assistant.HttpJson;
import vn.gov.ward.assistant.support.HeadlessChromium;

/**
 * The web chat page in a real headless Chromium, as a citizen uses it on a phone and at a desk. One
 * browser for the class; each test opens the page as a new visitor (a new session).
 */
@AssistantTest
class WebChatPageTest {

    private static final String QUESTION = "lam giay khai sinh cho con can gi";
    private static final String ANSWER_START = "📋 Thủ tục đăng ký khai sinh";
    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;
    ChromeDriver page;

    @BeforeAll
    static void browser() {
        chromium = HeadlessChromium.shared();
    }

    @AfterAll
    static void leavePage() {
        if (chromium != null) chromium.leave();
    }

    @BeforeEach
    void openAsANewVisitor() {
        assumeTrue(chromium != null, HeadlessChromium.SKIPPED);
        page = chromium.driver();
        chromium.viewport(390, 844);
        page.get(home());
        page.executeScript("localStorage.clear()");
        chromium.requests();
        page.get(home());
        awaitBotBubble(1);
    }

    private String home() {
        return "http://127.0.0.1:" + port + "/";
    }

    @Test
    void theWelcomeIsReadNotSentAndAnnouncedRepliesArePolite() {
        assertThat(botBubbles()).singleElement().extracting(WebElement::getText).asString()
                .startsWith("Xin chào Ông/Bà! Tôi là trợ lý của UBND phường");
        assertThat(page.findElements(By.cssSelector("#log .buttons button"))).hasSize(4);
        assertThat(citizenBubbles()).as("no citizen message at load").isEmpty();
        assertThat(chromium.requests()).as("the server heard nothing from the citizen")
                .anyMatch(r -> r.method().equals("GET") && r.url().equals(home()))
                .noneMatch(r -> r.method().equals("POST"));
        assertThat(page.findElement(By.id("log")).getDomAttribute("aria-live")).isEqualTo("polite");
    }

    @Test
    void onAPhoneALongAnswerStartsAtItsFirstLineAndFitsTheScreen() {
        WebElement answer = ask(QUESTION);
        assertThat(answer.getText()).startsWith(ANSWER_START);
        Map<String, Number> box = layout(answer);
        assertThat(box.get("answerHeight").doubleValue()).as("longer than the screen: it must be scrolled to its start")
                .isGreaterThan(box.get("logHeight").doubleValue());
        assertFirstLineShown(box);

        assertThat(box.get("pageWidth").intValue()).as("nothing wider than the phone").isLessThanOrEqualTo(390);
        assertThat(box.get("logScrollWidth").intValue()).isLessThanOrEqualTo(box.get("logWidth").intValue());
        assertThat(box.get("smallestButton").doubleValue()).as("a finger's target").isGreaterThanOrEqualTo(44);
        assertThat(box.get("inputBottom").doubleValue()).isLessThanOrEqualTo(844);
        chromium.screenshot("web-chat-390x844");
    }

    @Test
    void onADeskTheSameAnswerStartsAtItsFirstLine() {
        chromium.viewport(1280, 800);
        page.navigate().refresh();
        awaitBotBubble(1);
        WebElement answer = ask(QUESTION);
        assertThat(answer.getText()).startsWith(ANSWER_START);
        Map<String, Number> box = layout(answer);
        assertFirstLineShown(box);
        assertThat(box.get("pageWidth").intValue()).isLessThanOrEqualTo(1280);
        assertThat(box.get("inputBottom").doubleValue()).isLessThanOrEqualTo(800);
        chromium.screenshot("web-chat-1280x800");
    }

    @Test
    void theInputStaysAboveThePhoneKeyboard() {
        page.findElement(By.id("text")).click();
        // The keyboard takes the bottom 344 px: the page fits what is left by the next frame.
        chromium.viewport(390, 500);
        chromium.waitUpTo(Duration.ofSeconds(5)).withMessage("the input under the keyboard")
                .until(d -> (Boolean) page.executeScript(
                        "const r = document.getElementById('text').getBoundingClientRect(); return r.top >= 0 && r.bottom <= 500;"));
    }

    @Test
    void tappingAButtonSendsItsPayloadAndShowsItsTitleAndTheReply() {
        chromium.requests();
        button("Đăng ký khai sinh").click();
        WebElement answer = awaitBotBubble(2);
        assertThat(answer.getText()).startsWith(ANSWER_START);
        assertThat(chromium.requests()).as("the welcome's procedure button carries its code").filteredOn(r -> r.method().equals("POST"))
                .singleElement().satisfies(r -> assertThat(r.body()).contains("\"text\":\"PROC:1.001193\""));

        chromium.requests();
        button("Xem đủ giấy tờ").click();
        WebElement documents = awaitBotBubble(3);
        assertThat(documents.getText()).contains("Giấy chứng sinh");
        assertThat(citizenBubbles()).last().extracting(WebElement::getText).isEqualTo("Xem đủ giấy tờ");
        assertThat(chromium.requests()).filteredOn(r -> r.method().equals("POST")).singleElement()
                .satisfies(r -> assertThat(r.body()).contains("\"text\":\"DOCS:1.001193\""));
    }

    @Test
    void anAddressInAnAnswerIsALinkThatOpensInANewTab() {
        WebElement answer = ask(QUESTION);
        List<WebElement> links = answer.findElements(By.tagName("a"));
        assertThat(links).isNotEmpty().allSatisfy(a -> {
            assertThat(a.getDomAttribute("href")).startsWith("https://dichvucong.gov.vn").isEqualTo(a.getText())
                    .doesNotEndWith(";").doesNotEndWith(".");
            assertThat(a.getDomAttribute("target")).isEqualTo("_blank");
            assertThat(a.getDomAttribute("rel").split(" ")).contains("noopener");
        });
        WebElement official = links.get(links.size() - 1);
        String href = official.getDomProperty("href");
        String chat = page.getWindowHandle();
        official.click();
        chromium.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getWindowHandles().size() == 2);
        String tab = page.getWindowHandles().stream().filter(h -> !h.equals(chat)).findFirst().orElseThrow();
        page.switchTo().window(tab);
        // No network here: the tab shows Chromium's error page, for the address the link gave it.
        chromium.waitUpTo(Duration.ofSeconds(10)).until(d -> href.equals(d.getCurrentUrl()));
        page.close();
        page.switchTo().window(chat);
        assertThat(page.getCurrentUrl()).isEqualTo(home());
    }

    @Test
    void htmlInWhatTheServerSendsIsShownAsText() {
        String attack = "<img src=x onerror=\"document.title='hacked'\"><script>document.title='hacked'</script>";
        // A note from the one-stop system reaches the citizen inside the lookup's reply.
        String code = "000.32.33.H26-260305-" + ThreadLocalRandom.current().nextInt(1000, 10000);
        HttpJson http = new HttpJson(port);
        String[] key = {"X-Api-Key", AssistantTest.API_KEY};
        Map<String, String> dossier = Map.of("procedureCode", "1.001193", "applicantName", "Nguyễn Văn An",
                "applicantPhone", "0912345678", "officerId", "tuphap-hotich-01", "receivedAt", "2026-03-02T08:00:00+07:00",
                "status", "RECEIVED");
        assertThat(http.put("/api/v1/dossiers/" + code, dossier, key).status()).isEqualTo(200);
        assertThat(http.post("/api/v1/dossiers/" + code + "/status",
                Map.of("status", "SUPPLEMENT_REQUESTED", "at", "2026-03-03T09:00:00+07:00", "note", attack), key).status())
                .isEqualTo(200);

        WebElement reply = ask(code + " 5678");
        assertThat(reply.getText()).contains("Giấy tờ cần bổ sung: " + attack);
        ask(attack);
        assertThat(page.findElements(By.cssSelector("#log img, #log script"))).isEmpty();
        assertThat(page.getTitle()).isEqualTo("Trợ lý thủ tục hành chính");
    }

    /** Types a question as a citizen does and waits for the first reply to it. */
    private WebElement ask(String question) {
        int before = botBubbles().size();
        page.findElement(By.id("text")).sendKeys(question, Keys.ENTER);
        return awaitBotBubble(before + 1);
    }

    private WebElement awaitBotBubble(int count) {
        return chromium.waitUpTo(Duration.ofSeconds(15)).until(d -> {
            List<WebElement> bubbles = botBubbles();
            return bubbles.size() >= count ? bubbles.get(count - 1) : null;
        });
    }

    private List<WebElement> botBubbles() {
        return page.findElements(By.cssSelector("#log .bot"));
    }

    private List<WebElement> citizenBubbles() {
        return page.findElements(By.cssSelector("#log .me"));
    }

    private WebElement button(String title) {
        return chromium.waitUpTo(Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector("#log button")).stream()
                .filter(b -> b.getText().equals(title)).reduce((first, last) -> last).orElse(null));
    }

    /** Where the answer, the message list and the rest of the page are, in CSS pixels. */
    @SuppressWarnings("unchecked")
    private Map<String, Number> layout(WebElement answer) {
        return (Map<String, Number>) page.executeScript("""
                const answer = arguments[0].getBoundingClientRect();
                const log = document.getElementById('log');
                const list = log.getBoundingClientRect();
                const buttons = [...document.querySelectorAll('button')].map(b => b.getBoundingClientRect().height);
                return {answerTop: answer.top, answerBottom: answer.bottom, answerHeight: answer.height,
                        logTop: list.top, logBottom: list.bottom, logHeight: list.height,
                        logWidth: log.clientWidth, logScrollWidth: log.scrollWidth,
                        pageWidth: document.documentElement.scrollWidth, smallestButton: Math.min(...buttons),
                        inputBottom: document.getElementById('text').getBoundingClientRect().bottom};
                """, answer);
    }

    /** The answer's first line is on screen: at the top of the list, or the whole answer is shown. */
    private static void assertFirstLineShown(Map<String, Number> box) {
        double top = box.get("answerTop").doubleValue() - box.get("logTop").doubleValue();
        assertThat(top).as("the answer starts inside the list").isGreaterThanOrEqualTo(0);
        if (box.get("answerBottom").doubleValue() > box.get("logBottom").doubleValue()) {
            assertThat(top).as("a long answer starts at the top of the list").isLessThanOrEqualTo(24);
        }
    }
}
