package vn.gov.ward.assistant.console;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.data.redis.core.StringRedisTemplate;

import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerRegistry;

/**
 * The console's tests' accounts (the embedded default's demo accounts, the same hashes as
 * config/officers.yml), the officers they are, a few dossiers, and a browser-less visitor who keeps
 * cookies and reads the CSRF token from the forms.
 */
final class ConsoleFixtures {

    static final String ADMIN = "vanphong-01";
    static final String LEADER = "pct-01";
    static final String OFFICER = "tuphap-hotich-01";
    /** Whose account the throttle tests lock. */
    static final String LOCKED_OUT = "motcua-01";
    static final String ADMIN_PASSWORD = "doi-mat-khau-ngay-Admin";
    static final String LEADER_PASSWORD = "doi-mat-khau-ngay-Leader";
    static final String OFFICER_PASSWORD = "doi-mat-khau-ngay-Officer";

    /*
     * Argon2id at its smallest cost (1 MiB, one pass): the encoder reads the cost from each hash, so a sign-in checks
     * these in about 2 ms instead of 100-200 ms at Spring's defaults (16 MiB, two passes), which new hashes keep.
     */
    static final String ADMIN_HASH = "{argon2@SpringSecurity_v5_8}$argon2id$v=19$m=1024,t=1,p=1$0iSRK0DztPVelZhbMecK/Q$xmg6FeLWHjNsh70l81fFaHqzm7BAtKudjyHEyC+Yu4U";
    static final String LEADER_HASH = "{argon2@SpringSecurity_v5_8}$argon2id$v=19$m=1024,t=1,p=1$mRdIjx3byIFjrccFKGyU1w$5/ywEXhgkFzJ3QOaq5G71ypia12VV+MOUkIeQFkgGEU";
    static final String OFFICER_HASH = "{argon2@SpringSecurity_v5_8}$argon2id$v=19$m=1024,t=1,p=1$CyqmJK3U6BxFhXccUe9jqw$WUpmVh+wmK+of4hO3+g/z814/yKQjF5RxvlI/eiDBbo";

    /** An officer's own dossier, a colleague's in the same unit, and one of a unit the leader does not lead. */
    static final String OWN = "000.32.33.H26-260302-0101";
    static final String COLLEAGUES = "000.32.33.H26-260302-0102";
    static final String OTHER_UNITS = "000.32.33.H26-260302-0103";
    /** What a citizen could write as a name: a page must show it as text. */
    static final String SCRIPT_NAME = "<script>document.title='hacked'</script>Lê";

    private ConsoleFixtures() {
    }

    static void seed(OfficerRegistry registry, DossierService dossiers, StringRedisTemplate redis) {
        registry.save(new Officer("ct-01", "Lê Minh Quang", "Lãnh đạo UBND phường", Officer.Role.LEADER, null, null));
        registry.save(new Officer(LEADER, "Phạm Thị Thu Trang", "Lãnh đạo UBND phường", Officer.Role.LEADER, "ct-01", null));
        registry.save(new Officer(OFFICER, "Nguyễn Thị Hoa", "Tư pháp – Hộ tịch", Officer.Role.OFFICER, LEADER, null));
        registry.save(new Officer("tuphap-hotich-02", "Đỗ Văn Thành", "Tư pháp – Hộ tịch", Officer.Role.OFFICER, LEADER, null));
        registry.save(new Officer(LOCKED_OUT, "Bùi Thị Ngọc Anh", "Bộ phận Một cửa", Officer.Role.OFFICER, LEADER, null));
        registry.save(new Officer("diachinh-01", "Hoàng Văn Sơn", "Địa chính – Xây dựng", Officer.Role.OFFICER, "ct-01", null));
        registry.save(new Officer(ADMIN, "Trần Quốc Khánh", "Văn phòng – Thống kê", Officer.Role.OFFICER, "ct-01", null));
        redis.delete(redis.keys("login-guard:*"));
        if (dossiers.find(OWN).isPresent()) return;
        Instant received = Instant.parse("2026-03-02T01:00:00Z");
        dossier(dossiers, OWN, OFFICER, SCRIPT_NAME, received);
        dossier(dossiers, COLLEAGUES, "tuphap-hotich-02", "Trần Văn Bình", received);
        dossier(dossiers, OTHER_UNITS, "diachinh-01", "Phạm Văn Cường", received);
        dossiers.recordStatus(OWN, DossierStatus.IN_PROGRESS, received.plusSeconds(3600), "<img src=x onerror=alert(1)> gọi 0912345678");
    }

    private static void dossier(DossierService dossiers, String code, String officer, String name, Instant received) {
        dossiers.put(code, new DossierService.Intake("1.001193", new Dossier.Applicant(name, "0912345" + code.substring(code.length() - 3), null),
                officer, received, null, DossierStatus.RECEIVED));
    }

    /** A visitor without a browser: keeps its session cookie, follows no redirect, sends the form's CSRF token. */
    static final class Visitor {
        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String base;

        Visitor(int port) {
            this.base = "http://127.0.0.1:" + port;
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        HttpResponse<byte[]> download(String path) {
            try {
                return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** Posts a form; {@code csrfFrom} is the page whose token it sends, or null to send none. */
        HttpResponse<String> post(String path, String csrfFrom, String... fields) {
            StringBuilder body = new StringBuilder();
            List<String> all = new java.util.ArrayList<>(List.of(fields));
            if (csrfFrom != null) {
                Matcher m = CSRF.matcher(get(csrfFrom).body());
                if (!m.find()) throw new AssertionError("no CSRF token on " + csrfFrom);
                all.addAll(List.of("_csrf", m.group(1)));
            }
            for (int i = 0; i + 1 < all.size(); i += 2) {
                if (!body.isEmpty()) body.append('&');
                body.append(URLEncoder.encode(all.get(i), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(all.get(i + 1), StandardCharsets.UTF_8));
            }
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        /** @return where the sign-in sent the visitor */
        String signIn(String username, String password) {
            return post("/login", "/login", "username", username, "password", password).headers().firstValue("Location").orElse("");
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
