package vn.gov.ward.assistant.channel.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import tools.jackson.databind.JsonNode;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.support.CitizensAndOfficersTestBase;
import vn.gov.ward.assistant.support.FakeTelegram;
import vn.gov.ward.assistant.survey.SurveyService;

/**
 * The citizens' side of what officers and leaders see: the supplement accepted with the new appointment,
 * the "late" ZNS template with the apology, a low score answered with regret and who will call (the
 * leader's one alert completed in place), and "hồ sơ của tôi đến đâu rồi" answered from the tied dossiers.
 */
class CitizenSideTest extends CitizensAndOfficersTestBase {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    DossierService dossiers;
    @Autowired
    ZaloStatusNotifier notifier;
    @Autowired
    SurveyService surveys;
    @Autowired
    StringRedisTemplate redis;

    private void dossier(String code, String zaloUser, String phone, Instant appointment) {
        dossiers.put(code, new DossierService.Intake("1.001193", new Dossier.Applicant("Phạm Văn Bình", phone, zaloUser), "sv-1",
                clock.instant().minus(Duration.ofDays(6)), appointment, DossierStatus.IN_PROGRESS));
    }

    @Test
    void whenTheSupplementIsAcceptedTheCitizenHearsTheNewAppointment() {
        says("u-7001", "xin chào");
        String code = "000.32.33.H26-261124-0201";
        dossier(code, "u-7001", "0912000701", at("2026-12-03T10:00"));
        dossiers.recordStatus(code, DossierStatus.SUPPLEMENT_REQUESTED, at("2026-11-30T09:00"), "Thiếu giấy chứng sinh");
        dossiers.recordStatus(code, DossierStatus.IN_PROGRESS, at("2026-12-01T09:00"), "Đã nhận đủ");
        Instant moved = dossiers.find(code).orElseThrow().appointmentAt();
        assertThat(moved).as("a working day paused: the appointment moves by it").isEqualTo(at("2026-12-04T10:00"));
        assertThat(awaitZalo("u-7001", "đã nhận đủ giấy tờ bổ sung")).contains(code, "Ngày hẹn trả mới: thứ Sáu, 04/12/2026");
    }

    @Test
    void aCitizenReachableOnlyByZnsGetsTheLateTemplate() {
        String code = "000.32.33.H26-261120-0202";
        dossier(code, "u-7002", "0912000702", clock.instant().minus(Duration.ofMinutes(30))); // never wrote: outside the window
        // The scheduled scan (a minute after the context started) may have run on another test's later clock: a first scan here.
        redis.delete(ZaloKeys.LATE_SCAN);
        notifier.lateDossiers();
        await().atMost(Duration.ofSeconds(15)).until(() -> zalo.sent(ZNS).stream().anyMatch(z -> z.get("phone").asString().equals("84912000702")));
        JsonNode zns = zalo.sent(ZNS).stream().filter(z -> z.get("phone").asString().equals("84912000702")).findFirst().orElseThrow();
        assertThat(zns.get("template_id").asString()).isEqualTo("tpl-late");
        assertThat(zns.get("template_data").get("ma_ho_so").asString()).isEqualTo(code);
        assertThat(zns.get("template_data").get("ngay_hen").asString()).isEqualTo(DAY.format(clock.instant().atZone(ZoneId.of("Asia/Ho_Chi_Minh"))));
    }

    @Test
    void aLowScoreIsAnsweredWithRegretAndTheLeadersOneAlertIsCompletedInPlace() {
        says("u-7003", "xin chào");
        String code = "000.32.33.H26-261124-0203";
        dossier(code, "u-7003", "0912000703", clock.instant().plus(Duration.ofDays(1)));
        dossiers.recordStatus(code, DossierStatus.RESULT_READY, clock.instant(), null);
        dossiers.recordStatus(code, DossierStatus.RETURNED, clock.instant().plusSeconds(1), null);
        awaitZalo("u-7003", "hài lòng thế nào");

        says("u-7003", "RATE:" + code + ":2");
        String regret = awaitZalo("u-7003", "rất tiếc");
        assertThat(regret).contains(code, "Lê Thị Lãnh Đạo", "liên hệ lại").doesNotContain("Cảm ơn");
        String alert = awaitTelegram(LEADER_CHAT, "Đánh giá thấp: 2/5");
        assertThat(lastCallTo(LEADER_CHAT, "sendmessage").body().toString()).contains("VIEW:" + code, "RNUDGE:" + code, "RDONE:" + code);
        assertThat(alert).contains(code, "Trần Văn Xử Lý");

        says("u-7003", "RATEASPECT:" + code + ":TIME");
        await().atMost(Duration.ofSeconds(15)).until(() -> edits().stream().anyMatch(t -> t.contains("Vấn đề: Thời gian giải quyết")));
        says("u-7003", "Hẹn 3 lần mới xong, gọi tôi 0912 000 703");
        assertThat(awaitZalo("u-7003", "chuyển tới lãnh đạo phụ trách")).doesNotContain("Cảm ơn");
        await().atMost(Duration.ofSeconds(15)).until(() -> edits().stream().anyMatch(t -> t.contains("Hẹn 3 lần mới xong")));
        String completed = edits().get(edits().size() - 1);
        assertThat(completed).contains("Vấn đề: Thời gian giải quyết", "*******703").doesNotContain("0912 000 703");
        assertThat(telegram.textsTo(LEADER_CHAT).stream().filter(t -> t.contains("Đánh giá thấp"))).as("one alert per rating").hasSize(1);
        assertThat(surveys.unhandledLowRatings(java.util.Set.of("sv-1"))).extracting(SurveyService.LowRating::dossierCode).contains(code);

        telegram.userPresses(LEADER_CHAT, 601, completed, "RNUDGE:" + code);
        assertThat(awaitTelegram(HANDLING_CHAT, "Lãnh đạo nhắc")).contains(code, "2/5", "Lê Thị Lãnh Đạo");
        telegram.userPresses(LEADER_CHAT, 601, completed, "RDONE:" + code);
        await().atMost(Duration.ofSeconds(10)).until(() -> edits().stream().anyMatch(t -> t.contains("Lê Thị Lãnh Đạo đã xử lý lúc")));
        assertThat(surveys.unhandledLowRatings(java.util.Set.of("sv-1"))).extracting(SurveyService.LowRating::dossierCode).doesNotContain(code);
    }

    @Test
    void whereIsMyDossierShowsTheTiedDossiersAndAsksOthersForTheCode() {
        String code = "000.32.33.H26-261124-0204";
        dossier(code, "u-7004", "0912000704", at("2026-12-03T10:00"));
        says("u-7004", "Hồ sơ của tôi đến đâu rồi");
        assertThat(awaitZalo("u-7004", code)).contains("Đang giải quyết", "thứ Năm, 10:00, 03/12/2026").doesNotContain("4 số cuối");
        says("u-7005", "Hồ sơ của tôi đến đâu rồi");
        assertThat(awaitZalo("u-7005", "mã hồ sơ")).contains("Giấy tiếp nhận");
    }

    private List<String> edits() {
        return telegram.calls("editmessagetext").stream().filter(c -> c.chat().equals(Long.toString(LEADER_CHAT))).map(FakeTelegram.Call::text).toList();
    }

    private FakeTelegram.Call lastCallTo(long chat, String method) {
        List<FakeTelegram.Call> calls = telegram.calls(method).stream().filter(c -> c.chat().equals(Long.toString(chat))).toList();
        return calls.get(calls.size() - 1);
    }
}
