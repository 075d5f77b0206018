package vn.gov.ward.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import vn.gov.ward.assistant.AssistantTest;
import vn.gov.ward.assistant.HttpJson;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.support.MutableClock;
import vn.gov.ward.assistant.support.TickingTestClock;

/** A citizen looks up a dossier in the web chat: code, check digits, status; and cannot enumerate codes. */
@AssistantTest
class DossierLookupChatTest {

    @LocalServerPort
    int port;
    @Autowired
    DossierService dossiers;
    @Autowired
    MutableClock clock;
    @Autowired
    StringRedisTemplate redis;
    HttpJson http;
    String session;
    String code;

    @BeforeEach
    void setUp() {
        http = new HttpJson(port);
        clock.set(TickingTestClock.START);
        // Every test comes from 127.0.0.1: failures another test left on that client must not count here.
        redis.delete(redis.keys("lookup-guard:*"));
        session = UUID.randomUUID().toString().replace("-", "");
        code = "000.32.33.H26-260401-" + String.format("%04d", Math.abs(UUID.randomUUID().hashCode()) % 10000);
        Instant received = clock.instant().minus(10, ChronoUnit.DAYS);
        dossiers.put(code, new DossierService.Intake("1.001193", new Dossier.Applicant("Trần Thị Bích Ngọc", "0987654321", null),
                "tuphap-hotich-01", received, clock.instant().minus(2, ChronoUnit.DAYS), DossierStatus.RECEIVED));
        dossiers.recordStatus(code, DossierStatus.IN_PROGRESS, received.plusSeconds(3600), null);
    }

    private String say(String text) {
        HttpJson.Response r = http.post("/api/v1/chat", Map.of("sessionId", session, "text", text));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.body().get("replies").get(0).get("text").asString();
    }

    @Test
    void codeThenCheckDigitsThenStatus() {
        assertThat(say("tra cứu hồ sơ")).contains("mã hồ sơ");
        assertThat(say("ho so cua em la " + code.toLowerCase())).contains("4 số cuối");
        String status = say("4321");
        assertThat(status).contains(code, "Thủ tục đăng ký khai sinh", "Trần T. B. N.", "*******321", "Đang giải quyết",
                "Ngày hẹn trả", "quá hẹn", "văn bản xin lỗi", "Việc cần làm");
        assertThat(status).doesNotContain("Trần Thị Bích Ngọc", "0987654321", "987654321");
    }

    @Test
    void codeAndDigitsInOneMessage() {
        assertThat(say("Mã hồ sơ " + code + ", 4 số cuối 4321")).contains("Đang giải quyết");
    }

    @Test
    void aWrongCodeAndAWrongCheckGetTheSameAnswerThenTheCitizenWaits() {
        say(code);
        String wrongDigits = say("1111");
        say("000.32.33.H26-260401-9999" .equals(code) ? "000.32.33.H26-260401-9998" : "000.32.33.H26-260401-9999");
        String wrongCode = say("4321");
        assertThat(wrongCode).isEqualTo(wrongDigits);

        say(code);
        say("2222");
        say("3333");
        assertThat(say("5555")).as("four failures on this dossier").isEqualTo(wrongDigits);
        String fifth = say("6666");
        assertThat(fifth).contains("thử lại sau 1 giờ", "024 3826 0000");
        assertThat(say("4321")).as("even the right digits wait now").contains("thử lại sau 1 giờ");
        session = UUID.randomUUID().toString().replace("-", "");
        assertThat(say(code + " 4321")).as("a new session waits too: failures count per dossier").contains("thử lại sau 1 giờ");
    }
}
