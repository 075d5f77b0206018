package vn.gov.ward.assistant.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import vn.gov.ward.assistant.AssistantTest;
import vn.gov.ward.assistant.HttpJson;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.support.MutableClock;
import vn.gov.ward.assistant.support.TickingTestClock;

/** Who may open what in the console, by URL too; CSRF; the sign-in throttle; citizens' words escaped; the report API. */
@ConsoleTest
class ConsoleAccessTest {

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

    @BeforeEach
    void seed() {
        clock.set(TickingTestClock.START);
        ConsoleFixtures.seed(registry, dossiers, redis);
    }

    @AfterEach
    void forgetFailures() {
        redis.delete(redis.keys("login-guard:*"));
    }

    private ConsoleFixtures.Visitor signedIn(String user, String password) {
        ConsoleFixtures.Visitor v = new ConsoleFixtures.Visitor(port);
        assertThat(v.signIn(user, password)).endsWith("/console");
        return v;
    }

    @Test
    void aVisitorNotSignedInIsSentToTheSignInPage() {
        ConsoleFixtures.Visitor v = new ConsoleFixtures.Visitor(port);
        for (String path : new String[] {"/console", "/console/dossiers/" + ConsoleFixtures.OWN, "/console/reports", "/console/admin/officers"}) {
            HttpResponse<String> r = v.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        assertThat(v.get("/login").body()).contains("Đăng nhập bảng điều hành").contains("name=\"_csrf\"");
    }

    @Test
    void eachRoleSeesItsPagesAndIsRefusedTheOthersByUrlToo() {
        ConsoleFixtures.Visitor officer = signedIn(ConsoleFixtures.OFFICER, ConsoleFixtures.OFFICER_PASSWORD);
        assertThat(officer.get("/console").body()).contains("Nguyễn Thị Hoa").contains("Hồ sơ của Nguyễn Thị Hoa")
                .doesNotContain("/console/reports\"").doesNotContain("/console/admin/officers\"");
        assertThat(officer.get("/console/reports").statusCode()).isEqualTo(403);
        assertThat(officer.get("/console/reports/2026-Q1.xlsx").statusCode()).isEqualTo(403);
        assertThat(officer.get("/console/admin/officers").statusCode()).isEqualTo(403);

        ConsoleFixtures.Visitor leader = signedIn(ConsoleFixtures.LEADER, ConsoleFixtures.LEADER_PASSWORD);
        assertThat(leader.get("/console/reports").statusCode()).isEqualTo(200);
        assertThat(leader.get("/console/admin/officers").statusCode()).isEqualTo(403);

        ConsoleFixtures.Visitor admin = signedIn(ConsoleFixtures.ADMIN, ConsoleFixtures.ADMIN_PASSWORD);
        assertThat(admin.get("/console/admin/officers").body()).contains("Hoàng Văn Sơn").contains("Mã liên kết Telegram");
        assertThat(admin.get("/console/reports").statusCode()).isEqualTo(200);
    }

    @Test
    void anOfficerOpensOnlyTheirOwnDossiersAndALeaderOnlyTheirUnits() {
        ConsoleFixtures.Visitor officer = signedIn(ConsoleFixtures.OFFICER, ConsoleFixtures.OFFICER_PASSWORD);
        assertThat(officer.get("/console/dossiers/" + ConsoleFixtures.OWN).statusCode()).isEqualTo(200);
        for (String code : new String[] {ConsoleFixtures.COLLEAGUES, ConsoleFixtures.OTHER_UNITS, "000.32.33.H26-260302-0999"}) {
            HttpResponse<String> r = officer.get("/console/dossiers/" + code);
            assertThat(r.statusCode()).as(code).isEqualTo(404);
            assertThat(r.body()).as("another's dossier looks absent").doesNotContain("Thủ tục:");
        }
        assertThat(officer.get("/console/dossiers?since=2026-01-01").body()).contains(ConsoleFixtures.OWN)
                .doesNotContain(ConsoleFixtures.COLLEAGUES).doesNotContain(ConsoleFixtures.OTHER_UNITS);

        ConsoleFixtures.Visitor leader = signedIn(ConsoleFixtures.LEADER, ConsoleFixtures.LEADER_PASSWORD);
        assertThat(leader.get("/console/dossiers/" + ConsoleFixtures.COLLEAGUES).statusCode()).isEqualTo(200);
        assertThat(leader.get("/console/dossiers/" + ConsoleFixtures.OTHER_UNITS).statusCode()).isEqualTo(404);

        ConsoleFixtures.Visitor admin = signedIn(ConsoleFixtures.ADMIN, ConsoleFixtures.ADMIN_PASSWORD);
        assertThat(admin.get("/console/dossiers/" + ConsoleFixtures.OTHER_UNITS).statusCode()).isEqualTo(200);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        ConsoleFixtures.Visitor v = new ConsoleFixtures.Visitor(port);
        HttpResponse<String> signIn = v.post("/login", null, "username", ConsoleFixtures.ADMIN, "password", ConsoleFixtures.ADMIN_PASSWORD);
        assertThat(signIn.statusCode()).isEqualTo(403);
        assertThat(v.get("/console").statusCode()).as("not signed in").isEqualTo(302);

        ConsoleFixtures.Visitor admin = signedIn(ConsoleFixtures.ADMIN, ConsoleFixtures.ADMIN_PASSWORD);
        assertThat(admin.post("/console/admin/officers/diachinh-01/active", null, "active", "false").statusCode()).isEqualTo(403);
        assertThat(registry.find("diachinh-01").orElseThrow().active()).isTrue();
        assertThat(admin.post("/console/admin/officers/diachinh-01/active", "/console/admin/officers", "active", "false").statusCode())
                .isEqualTo(302);
        assertThat(registry.find("diachinh-01").orElseThrow().active()).isFalse();
        registry.setActive("diachinh-01", true);
    }

    @Test
    void failedSignInsToAnAccountLockItEvenWithTheRightPassword() {
        ConsoleFixtures.Visitor v = new ConsoleFixtures.Visitor(port);
        assertThat(v.signIn(ConsoleFixtures.LOCKED_OUT, "wrong-1")).endsWith("/login?error");
        assertThat(v.signIn(ConsoleFixtures.LOCKED_OUT, "wrong-2")).endsWith("/login?error");
        assertThat(v.signIn(ConsoleFixtures.LOCKED_OUT, "wrong-3")).endsWith("/login?locked");
        assertThat(v.signIn(ConsoleFixtures.LOCKED_OUT, ConsoleFixtures.OFFICER_PASSWORD)).as("the right password waits too")
                .endsWith("/login?locked");
        assertThat(v.get("/console").statusCode()).isEqualTo(302);
        assertThat(new ConsoleFixtures.Visitor(port).signIn(ConsoleFixtures.OFFICER, ConsoleFixtures.OFFICER_PASSWORD))
                .as("another account from the same address still signs in").endsWith("/console");
    }

    @Test
    void failedSignInsFromOneAddressLockItForEveryAccount() {
        ConsoleFixtures.Visitor v = new ConsoleFixtures.Visitor(port);
        for (int i = 0; i < 6; i++) v.signIn("nobody-" + i, "guess");
        assertThat(v.signIn(ConsoleFixtures.ADMIN, ConsoleFixtures.ADMIN_PASSWORD)).endsWith("/login?locked");
    }

    @Test
    void aSignedInOfficerDeactivatedSinceIsSignedOut() {
        ConsoleFixtures.Visitor v = signedIn(ConsoleFixtures.LOCKED_OUT, ConsoleFixtures.OFFICER_PASSWORD);
        registry.setActive(ConsoleFixtures.LOCKED_OUT, false);
        try {
            assertThat(v.get("/console").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
            assertThat(new ConsoleFixtures.Visitor(port).signIn(ConsoleFixtures.LOCKED_OUT, ConsoleFixtures.OFFICER_PASSWORD))
                    .endsWith("/login?error");
        } finally {
            registry.setActive(ConsoleFixtures.LOCKED_OUT, true);
        }
    }

    @Test
    void whatCitizensWroteIsShownAsTextAndTheirNumbersMasked() {
        ConsoleFixtures.Visitor officer = signedIn(ConsoleFixtures.OFFICER, ConsoleFixtures.OFFICER_PASSWORD);
        String page = officer.get("/console/dossiers/" + ConsoleFixtures.OWN).body();
        assertThat(page).doesNotContain("<script>document").doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("0912345678").contains("*******678");
        String list = officer.get("/console/dossiers?since=2026-01-01").body();
        assertThat(list).doesNotContain("<script>document");
    }

    @Test
    void theReportApiNeedsTheKeyAndAValidPeriod() throws Exception {
        HttpJson api = new HttpJson(port);
        assertThat(api.get("/api/v1/reports/period.xlsx?year=2026&quarter=1").status()).isEqualTo(401);
        HttpJson.Response bad = api.get("/api/v1/reports/period.xlsx?year=2026&quarter=5", "X-Api-Key", AssistantTest.API_KEY);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.raw()).contains("quarter");
        ConsoleFixtures.Visitor leader = signedIn(ConsoleFixtures.LEADER, ConsoleFixtures.LEADER_PASSWORD);
        HttpResponse<byte[]> file = leader.download("/console/reports/2026-Q2.xlsx");
        assertThat(file.statusCode()).isEqualTo(200);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            assertThat(book.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).contains("Quý II năm 2026").contains("từ 01/03/2026 đến 31/05/2026");
        }
    }
}
