package vn.gov.ward.assistant.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.ward.assistant.AssistantTest;
import vn.gov.ward.assistant.HttpJson;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.support.CitizensAndOfficersTestBase;
import vn.gov.ward.assistant.support.FakeTelegram;

/**
 * What citizens type reaches officers on Telegram with their phone and ID numbers masked and the codes
 * officers need whole: the hand-off (short: who, which dossier, what they asked, the last turns), the
 * citizen's live messages during it, a ticket, and a low-score alert.
 */
class PersonalDataOnTelegramTest extends CitizensAndOfficersTestBase {

    static final String CODE = "000.32.33.H26-261125-0107";
    /** What the citizen types, as typed. */
    static final List<String> TYPED = List.of("0912 345 678", "001089012345", "0987.654.321");

    @Autowired
    DossierService dossiers;

    @Test
    void aHandOffIsShortWithTheCodesWholeAndTheCitizensNumbersMasked() {
        dossiers.put(CODE, new DossierService.Intake("1.001193", new Dossier.Applicant("Nguyễn Văn An", "0912345678", "u-6001"), "sv-1",
                clock.instant().minus(Duration.ofDays(7)), clock.instant().plus(Duration.ofDays(1)), DossierStatus.IN_PROGRESS));
        says("u-6001", "đăng ký khai sinh cần gì");
        awaitZalo("u-6001", "khai sinh");
        says("u-6001", "số điện thoại của tôi là 0912 345 678, hồ sơ 000.32.33.h26 - 261125 - 0107 sao chưa xong");
        says("u-6001", "RATE:" + CODE + ":2"); // a button payload, as Zalo sends a tap
        says("u-6001", "gặp cán bộ");
        String handOff = awaitTelegram(ON_DUTY_CHAT, "Công dân cần gặp cán bộ");
        assertThat(handOff).contains("Người hỏi: Nguyễn V. A. (Zalo)", "Hồ sơ: <code>" + CODE + "</code>", "khai sinh",
                "Hỏi: ", CODE, "*******678").doesNotContain("RATE:", "Nguyễn Văn An");
        assertThat(handOff.length()).as("short enough to read at a glance").isLessThan(900);
        assertThat(handOff.lines().filter(l -> l.startsWith("Công dân: ") || l.startsWith("Trợ lý: "))).hasSizeLessThanOrEqualTo(HandOffSummary.TURNS);

        says("u-6001", "CCCD của tôi là 001089012345, gọi lại 0987.654.321 giúp tôi");
        String forwarded = awaitTelegram(ON_DUTY_CHAT, "CCCD của tôi là");
        assertThat(forwarded).contains("*********345", "*******321").matches("(?s).*HT-\\d{6}-\\d{4}.*");

        says("u-6002", "Phản ánh: hồ sơ " + CODE + " nộp từ tuần trước, tôi gọi 0987.654.321 mãi không ai nghe");
        String ticket = awaitTelegram(HANDLING_CHAT, "Phản ánh PA-");
        assertThat(ticket).contains(CODE, "*******321").containsPattern("PA-\\d{6}-\\d{4}");

        dossiers.recordStatus(CODE, DossierStatus.RESULT_READY, clock.instant(), null);
        dossiers.recordStatus(CODE, DossierStatus.RETURNED, clock.instant().plusSeconds(1), null);
        // The survey starts from the status change's effects, on their worker.
        await().atMost(Duration.ofSeconds(15))
                .until(() -> http.get("/api/v1/surveys/" + CODE, "X-Api-Key", AssistantTest.API_KEY).body().has("link"));
        String link = http.get("/api/v1/surveys/" + CODE, "X-Api-Key", AssistantTest.API_KEY).body().get("link").asString()
                .replace("https://dichvu.phuong.example", "");
        http.postBody(link, "application/x-www-form-urlencoded", "score=1&comment=" + HttpJson.encode("Gọi tôi theo số 0912 345 678, CCCD 001089012345"));
        String alert = awaitTelegram(LEADER_CHAT, "Đánh giá thấp");
        assertThat(alert).contains(CODE, "*******678", "*********345");

        List<String> typedDigits = TYPED.stream().map(n -> n.replaceAll("\\D", "")).toList();
        for (FakeTelegram.Call call : telegram.calls("sendmessage")) {
            assertThat(numbersIn(call.text())).as(call.text()).noneMatch(n -> typedDigits.stream().anyMatch(n::contains));
        }
    }

    private static final Pattern NUMBER = Pattern.compile("\\d(?:[ .\\-]?\\d)*");

    /** Each run of digits in a message, written together or in groups, as bare digits. */
    static List<String> numbersIn(String text) {
        Matcher m = NUMBER.matcher(text);
        List<String> numbers = new ArrayList<>();
        while (m.find()) numbers.add(m.group().replaceAll("\\D", ""));
        return numbers;
    }
}
