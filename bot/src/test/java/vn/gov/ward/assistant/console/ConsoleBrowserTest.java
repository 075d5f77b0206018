package vn.gov.ward.assistant.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.support.HeadlessChromium;
import vn.gov.ward.assistant.support.MutableClock;
import vn.gov.ward.assistant.support.TickingTestClock;

/**
 * The console in a real headless Chromium: each role signs in through the form, the dashboard draws
 * its charts (checked in the DOM the script built), the quarterly report downloads and reads back with
 * POI, an admin shows a Telegram link as a QR code; a screenshot of each page goes to target/screenshots.
 */
@ConsoleTest
class ConsoleBrowserTest {

    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    OfficerRegistry registry;
    @Autowired
    DossierService dossiers;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    MutableClock clock;
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
    void seed() {
        assumeTrue(chromium != null, HeadlessChromium.SKIPPED);
        clock.set(TickingTestClock.START);
        ConsoleFixtures.seed(registry, dossiers, redis);
        page = chromium.driver();
        page.manage().deleteAllCookies();
        chromium.viewport(1280, 900);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void signIn(String user, String password) {
        page.get(url("/console"));
        wait(5).until(d -> d.getCurrentUrl().endsWith("/login"));
        page.findElement(By.name("username")).sendKeys(user);
        page.findElement(By.name("password")).sendKeys(password);
        page.findElement(By.cssSelector("form button[type=submit]")).click();
        // Back to the page asked for (Spring Security adds "?continue" to it).
        wait(10).until(d -> d.getCurrentUrl().matches(".*/console(\\?continue)?"));
    }

    /** An element of the page a form post is replacing is read as "not yet", like one not found. */
    private WebDriverWait wait(int seconds) {
        WebDriverWait wait = chromium.waitUpTo(Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    @Test
    void aLeaderSeesTheDashboardWithItsChartsDrawn() {
        page.get(url("/login"));
        chromium.screenshot("console-login");
        signIn(ConsoleFixtures.LEADER, ConsoleFixtures.LEADER_PASSWORD);
        wait(10).until(d -> d.findElements(By.cssSelector("#chart-by-month[data-drawn=true] svg")).size() == 1);
        for (String chart : new String[] {"chart-by-month", "chart-by-field", "chart-by-officer", "chart-health"}) {
            assertThat(page.findElements(By.cssSelector("#" + chart + " svg path"))).as(chart + " drawn as SVG").isNotEmpty();
        }
        Object months = page.executeScript(
                "return echarts.getInstanceByDom(document.getElementById('chart-by-month')).getOption().xAxis[0].data.length");
        assertThat(((Number) months).intValue()).as("twelve months on the axis").isEqualTo(12);
        assertThat(page.findElement(By.id("chart-by-month")).getText()).contains("Mục tiêu 90%");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Tổng quan");
        assertThat(page.getTitle()).doesNotContain("hacked");
        chromium.screenshot("console-dashboard");
    }

    @Test
    void anOfficerOnAPhoneListsAndOpensTheirOwnDossiers() {
        chromium.viewport(390, 844);
        signIn(ConsoleFixtures.OFFICER, ConsoleFixtures.OFFICER_PASSWORD);
        assertThat(page.findElements(By.linkText("Báo cáo"))).isEmpty();
        assertThat(page.findElements(By.linkText("Cán bộ"))).isEmpty();
        page.get(url("/console/dossiers?since=2026-01-01"));
        assertThat(page.findElements(By.cssSelector("#dossiers tr"))).hasSize(2);
        Object overflow = page.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).as("the page fits 390 px; wide tables scroll in their box").isEqualTo(false);
        chromium.screenshot("console-dossiers");
        page.findElement(By.linkText(ConsoleFixtures.OWN)).click();
        wait(5).until(d -> d.getCurrentUrl().endsWith(ConsoleFixtures.OWN));
        assertThat(page.findElement(By.tagName("main")).getText()).contains("<img src=x onerror=alert(1)>")
                .doesNotContain("0912345678");
        assertThat(page.getTitle()).doesNotContain("hacked");
        chromium.screenshot("console-dossier");
        page.get(url("/console/admin/officers"));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Không có quyền truy cập");
    }

    @Test
    void theQuarterlyReportDownloadsAndReadsBackWithPoi() throws Exception {
        signIn(ConsoleFixtures.LEADER, ConsoleFixtures.LEADER_PASSWORD);
        page.findElement(By.linkText("Báo cáo")).click();
        wait(5).until(d -> d.getCurrentUrl().endsWith("/console/reports"));
        String received = page.findElement(By.cssSelector("#report tr:last-child td:nth-child(2)")).getText();
        chromium.screenshot("console-reports");
        String href = page.findElement(By.id("xlsx-2026-Q2")).getDomProperty("href");
        String session = page.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("bao-cao-cchc-2026-quy-2.xlsx"));
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = book.getSheetAt(0);
            Row total = null;
            for (Row row : sheet) if (row.getCell(0) != null && "Tổng cộng".equals(row.getCell(0).toString())) total = row;
            assertThat(total).as("a total row").isNotNull();
            assertThat((long) total.getCell(1).getNumericCellValue()).as("received, as the page showed").isEqualTo(Long.parseLong(received));
        }
    }

    @Test
    void anAdminIssuesATelegramLinkShownAsAQrCode() {
        signIn(ConsoleFixtures.ADMIN, ConsoleFixtures.ADMIN_PASSWORD);
        page.findElement(By.linkText("Cán bộ")).click();
        wait(5).until(d -> d.getCurrentUrl().endsWith("/console/admin/officers"));
        chromium.screenshot("console-officers");
        page.findElement(By.xpath("//tr[td[text()='diachinh-01']]//button[text()='Mã liên kết Telegram']")).click();
        wait(5).until(d -> d.getCurrentUrl().endsWith("/link-code"));
        assertThat(page.findElement(By.id("deep-link")).getText()).matches("https://t\\.me/\\w+\\?start=[A-Za-z0-9_-]{22}");
        Object width = page.executeScript("return document.getElementById('qr').naturalWidth");
        assertThat(((Number) width).intValue()).as("the QR code is an image the browser drew").isPositive();
        chromium.screenshot("console-link-code");
    }

    /** The issue's round trip: a declined question in the inbox, one action, and the next search answers it; undone, it is declined again. */
    @Test
    void anAdminTeachesTheAssistantAQuestionItDeclinedAndTheNextSearchAnswersIt() throws Exception {
        String question = "xin giấy ở ghép với bạn";
        assertThat(chat(question)).as("declined before").contains("chưa tìm thấy");
        signIn(ConsoleFixtures.ADMIN, ConsoleFixtures.ADMIN_PASSWORD);
        page.findElement(By.linkText("Kiến thức")).click();
        wait(5).until(d -> d.getCurrentUrl().endsWith("/console/admin/knowledge"));
        var row = page.findElement(By.xpath("//table[@id='inbox']//tr[td[@class='question' and text()='" + question + "']]"));
        var code = row.findElement(By.name("code"));
        code.clear();
        code.sendKeys(RESIDENCE);
        var phrase = row.findElement(By.name("phrase"));
        phrase.clear();
        phrase.sendKeys("ở ghép");
        chromium.screenshot("console-knowledge");
        row.findElement(By.xpath(".//button[text()='Thêm từ khóa']")).click();
        wait(10).until(d -> !d.findElements(By.cssSelector("p.notice")).isEmpty());
        assertThat(page.findElement(By.cssSelector("p.notice")).getText()).contains("ở ghép", RESIDENCE);
        assertThat(page.findElements(By.xpath("//td[@class='question' and text()='" + question + "']"))).as("answered, out of the inbox").isEmpty();

        assertThat(chat(question)).as("the next search answers it").contains("tạm trú", RESIDENCE);

        page.findElement(By.xpath("//table[@id='changes']//button[text()='Hoàn tác']")).click();
        wait(10).until(d -> d.findElement(By.cssSelector("p.notice")).getText().contains("Hoàn tác"));
        assertThat(chat(question)).as("undone").contains("chưa tìm thấy");

        // The ward's own note for a procedure, in its answers from the next question on; then taken back.
        var details = page.findElement(By.id("details"));
        details.findElement(By.name("code")).sendKeys(RESIDENCE);
        details.findElement(By.name("note")).sendKeys("Nhận hồ sơ cả sáng thứ Bảy.");
        details.findElement(By.xpath(".//button[text()='Lưu']")).click();
        wait(10).until(d -> d.findElement(By.cssSelector("p.notice")).getText().contains("Sửa thông tin của phường"));
        assertThat(chat("đăng ký tạm trú")).contains("Nhận hồ sơ cả sáng thứ Bảy.");
        page.findElement(By.xpath("//table[@id='changes']//button[text()='Hoàn tác']")).click();
        wait(10).until(d -> d.findElement(By.cssSelector("p.notice")).getText().contains("Hoàn tác"));
        assertThat(chat("đăng ký tạm trú")).doesNotContain("sáng thứ Bảy");
    }

    static final String RESIDENCE = "1.004194";

    private String chat(String text) throws Exception {
        String body = "{\"sessionId\":\"" + java.util.UUID.randomUUID().toString().replace("-", "") + "\",\"text\":\"" + text + "\"}";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/v1/chat")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }
}
