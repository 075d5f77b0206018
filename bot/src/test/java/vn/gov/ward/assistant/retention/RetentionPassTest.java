package vn.gov.ward.assistant.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.redis.core.StringRedisTemplate;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.AssistantTest;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.feedback.Ticket;
import vn.gov.ward.assistant.survey.SurveyService;
import vn.gov.ward.assistant.support.MutableClock;
import vn.gov.ward.assistant.support.Settled;
import vn.gov.ward.assistant.support.TickingTestClock;

/** The daily pass: what is closed and older than the retention is gone; what is open or recent stays; ratings keep no comment. */
@AssistantTest
@ExtendWith(OutputCaptureExtension.class)
class RetentionPassTest {

    @Autowired
    RetentionPass pass;
    @Autowired
    DossierService dossiers;
    @Autowired
    SurveyService surveys;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    JsonMapper json;
    @Autowired
    MutableClock clock;
    @Autowired
    Settled settled;

    private String dossier(String phone, Instant received, DossierStatus... then) {
        String code = "000.32.33.H25-250106-" + String.format("%04d", Math.abs(UUID.randomUUID().hashCode()) % 10000);
        dossiers.put(code, new DossierService.Intake("1.001193", new Dossier.Applicant("Lê Văn Lưu", phone, null), "tuphap-hotich-01",
                received, received.plusSeconds(7 * 86400), DossierStatus.RECEIVED));
        Instant at = received;
        for (DossierStatus status : then) dossiers.recordStatus(code, status, at = at.plusSeconds(86400), null);
        return code;
    }

    @Test
    void closedAndOldIsDeletedOpenOrRecentStaysRatingsKeepNoComment(CapturedOutput output) {
        clock.set(TickingTestClock.START);  // 10 March 2026: with 12 months kept, the cutoff is 10 March 2025
        String phone = "0977" + String.format("%06d", Math.abs(UUID.randomUUID().hashCode()) % 1_000_000);
        Instant longAgo = Instant.parse("2025-01-06T02:00:00Z");
        String old = dossier(phone, longAgo, DossierStatus.IN_PROGRESS, DossierStatus.RESULT_READY, DossierStatus.RETURNED);
        String stillOpen = dossier("0966000111", longAgo, DossierStatus.IN_PROGRESS);
        String recent = dossier("0966000222", Instant.parse("2026-03-02T02:00:00Z"), DossierStatus.IN_PROGRESS, DossierStatus.REJECTED);
        settled.await(); // the dossier effects' worker opens the returned dossier's survey
        assertThat(surveys.rate(old, 2, "web", "Cán bộ Lê Văn Lưu bảo tôi gọi 0977123456", null, null))
                .isEqualTo(SurveyService.Outcome.RECORDED);
        String ticket = "PA-250110-" + String.format("%04d", Math.abs(UUID.randomUUID().hashCode()) % 10000);
        redis.opsForValue().set("ticket:{" + ticket + "}", json.writeValueAsString(new Ticket(ticket, Ticket.Kind.PHAN_ANH,
                "web:someone", "Đường trước nhà tôi ở số 5 bị ngập", null, "motcua-01", null, null, Ticket.Status.CLOSED,
                Instant.parse("2025-01-10T02:00:00Z"), Instant.parse("2025-01-24T02:00:00Z"), List.of())));
        redis.opsForSet().add("outbox:channels", "zalo");
        redis.opsForZSet().add("outbox:{zalo}:failed", "old-failed-message", Instant.parse("2025-01-10T02:00:00Z").toEpochMilli());

        RetentionPass.Report report = pass.run().orElseThrow();

        assertThat(report.dossiers()).isPositive();
        assertThat(dossiers.find(old)).isEmpty();
        assertThat(dossiers.tieZaloUserByPhone(phone, "123")).as("the applicant index forgot it too").isZero();
        assertThat(dossiers.find(stillOpen)).isPresent();
        assertThat(dossiers.find(recent)).isPresent();
        assertThat(redis.opsForValue().get("rating:{" + old + "}")).as("the rating stays for the figures, without its comment")
                .contains("\"score\":2").doesNotContain("comment", "Lưu", "0977123456");
        assertThat(redis.hasKey("ticket:{" + ticket + "}")).isFalse();
        assertThat(redis.opsForZSet().score("outbox:{zalo}:failed", "old-failed-message")).isNull();
        assertThat(output.getAll()).doesNotContain("Lưu", phone, "ngập");
    }
}
