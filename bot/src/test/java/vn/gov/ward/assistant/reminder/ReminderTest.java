package vn.gov.ward.assistant.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerMessages;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.outbox.Outbox;
import vn.gov.ward.assistant.outbox.OutboxMessage;
import vn.gov.ward.assistant.support.FakeTelegram;
import vn.gov.ward.assistant.support.MutableClock;
import vn.gov.ward.assistant.support.TelegramTestBase;
import vn.gov.ward.assistant.support.TickingTestClock;

/**
 * Deadline reminders end to end on a controlled clock, around the 2026 National Day holiday: Friday
 * 28/8 is followed by a weekend, a swapped day off (Monday 31/8) and the holiday (1–2/9), so the next
 * working day is Thursday 3/9. Passes are run by the test; the fake Bot API receives what is sent.
 */
class ReminderTest extends TelegramTestBase {

    @Autowired
    MutableClock clock;
    @Autowired
    ReminderScheduler scheduler;
    @Autowired
    OfficerRegistry registry;
    @Autowired
    DossierService dossiers;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    OfficerMessages messages;
    @Autowired
    Outbox outbox;
    @Autowired
    ReminderProperties properties;
    @Autowired
    RedisConnectionFactory connectionFactory;
    @Autowired
    OfficerDossiers officerDossiers;
    @Autowired
    PendingReminders pending;
    @Autowired
    ReminderAcks acks;
    @Autowired
    DossierLines lines;
    @Autowired
    MorningMessages mornings;
    @Autowired
    MorningPlans morningPlans;
    @Autowired
    WorkingCalendar calendar;

    @BeforeEach
    void setUp() {
        telegram.reset();
    }

    private static Instant at(String localTime) {
        return OffsetDateTime.parse(localTime + "+07:00").toInstant();
    }

    private void lastPassAt(String localTime) {
        redis.opsForValue().set(ReminderKeys.LAST_PASS, at(localTime).toString());
    }

    private void passAt(String localTime) {
        clock.set(at(localTime));
        assertThat(scheduler.runPass()).isPresent();
    }

    private Officer officer(String id, Officer.Role role, String leaderId, long chat) {
        registry.save(new Officer(id, "Cán bộ " + id, "Tư pháp – Hộ tịch (" + id + ")", role, leaderId, null));
        return chat == 0 ? registry.find(id).orElseThrow() : registry.link(id, chat);
    }

    private void dossier(String code, String officerId, String appointment) {
        Instant due = at(appointment);
        dossiers.put(code, new DossierService.Intake("1.001193", new Dossier.Applicant("Trần Thị Bích Ngọc", "0912000222", null), officerId,
                due.minus(Duration.ofDays(10)), due, DossierStatus.IN_PROGRESS));
    }

    private List<String> awaitTexts(long chat, int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> telegram.textsTo(chat).size() >= count);
        return telegram.textsTo(chat);
    }

    @Test
    void eachReminderAtItsWorkingTimeAcrossTheWeekendAndTheHoliday() {
        officer("rem-lead", Officer.Role.LEADER, null, 8002);
        officer("rem-1", Officer.Role.OFFICER, "rem-lead", 8001);
        String code = "000.32.33.H26-260820-0101";
        dossier(code, "rem-1", "2026-09-03T10:00");
        lastPassAt("2026-08-28T09:00");

        passAt("2026-08-28T09:55"); // one working day before is 10:00 on Friday (Thursday 07:30–10:00 + Friday 13:30–17:00 + 10:00–11:30)
        passAt("2026-08-28T10:01");
        assertThat(awaitTexts(8001, 1).get(0)).contains("Sắp đến hạn", "còn 1 ngày làm việc", code, "khai sinh", "10:00 thứ Năm 03/09/2026")
                .doesNotContain("Bích Ngọc");
        assertThat(telegram.sentTo(8001).get(0).body().toString()).as("buttons").contains("ACK:" + code, "VIEW:" + code);

        passAt("2026-08-28T15:31"); // four working hours before: Friday 15:30
        assertThat(awaitTexts(8001, 2).get(1)).contains("Sắp đến hạn", "còn 4 giờ làm việc");

        for (String quiet : List.of("2026-08-29T10:00", "2026-08-31T10:00", "2026-09-01T08:00", "2026-09-02T12:00")) passAt(quiet);

        passAt("2026-09-03T07:31"); // the morning plan, on the first working day after the holiday
        assertThat(awaitTexts(8001, 3).get(2)).contains("Kế hoạch ngày thứ Năm 03/09/2026", "Đến hạn hôm nay (1)", code, "hẹn 10:00");
        assertThat(awaitTexts(8002, 1).get(0)).as("the leader's digest").contains("Đơn vị – thứ Năm 03/09/2026", "Cán bộ rem-1: 1 đến hạn");

        passAt("2026-09-03T10:01");
        assertThat(awaitTexts(8001, 4).get(3)).contains("Quá hạn", code, "Phiếu xin lỗi và hẹn lại ngày trả kết quả");

        passAt("2026-09-03T15:55");
        passAt("2026-09-03T16:01"); // four working hours late: 10:00–11:30 and 13:30–16:00
        assertThat(awaitTexts(8002, 2).get(1)).contains("Quá hạn hơn 4 giờ làm việc", code, "Cán bộ rem-1", "Đơn vị đang có 1 hồ sơ quá hạn");
        assertThat(telegram.sentTo(8002).get(1).body().toString()).as("the leader's buttons")
                .contains("VIEW:" + code, "NUDGE:" + code, "DONE:" + code);

        passAt("2026-09-04T08:01"); // the next morning: the overdue dossier is in the morning plan, said once
        List<String> texts = awaitTexts(8001, 5);
        assertThat(texts.get(4)).contains("Kế hoạch ngày thứ Sáu 04/09/2026", "Quá hạn (1)", code, "quá 1 ngày làm việc");

        settled.await();
        assertThat(telegram.textsTo(8001)).as("nothing else, and nothing twice").hasSize(5);
        assertThat(telegram.textsTo(8002)).hasSize(3);
    }

    @Test
    void anAcknowledgedDossierGetsNoMoreDueSoonReminders() {
        officer("rem-ack", Officer.Role.OFFICER, null, 8009);
        String code = "000.32.33.H26-260820-0109";
        dossier(code, "rem-ack", "2026-09-03T10:00");
        lastPassAt("2026-08-28T09:00");
        passAt("2026-08-28T10:01"); // one working day before
        assertThat(awaitTexts(8009, 1).get(0)).contains("Sắp đến hạn", code);

        acks.acknowledge(dossiers.find(code).orElseThrow());
        passAt("2026-08-28T15:31"); // four working hours before: would remind again
        settled.await();
        assertThat(telegram.textsTo(8009)).hasSize(1);
    }

    @Test
    void whatFallsInQuietHoursIsToldByTheNextWorkingMorningsPlanWithoutWhatClosedMeanwhile() {
        officer("rem-2", Officer.Role.OFFICER, null, 8003);
        dossier("000.32.33.H26-260820-0102", "rem-2", "2026-09-04T16:00");
        dossier("000.32.33.H26-260820-0104", "rem-2", "2026-09-04T16:30");
        lastPassAt("2026-09-04T15:00");
        passAt("2026-09-04T22:00"); // both went late; it is 22:00 on a Friday
        assertThat(calendar.notBefore(at("2026-09-04T22:00"))).isEqualTo(at("2026-09-07T07:00"));

        dossiers.recordStatus("000.32.33.H26-260820-0102", DossierStatus.REJECTED, at("2026-09-05T09:00"), "Không đủ điều kiện");
        passAt("2026-09-07T07:01");
        settled.await();
        assertThat(telegram.textsTo(8003)).as("quiet hours, then the morning before its message").isEmpty();
        passAt("2026-09-07T07:31");
        List<String> texts = awaitTexts(8003, 1);
        settled.await();
        assertThat(telegram.textsTo(8003)).hasSize(1);
        assertThat(texts.get(0)).contains("Kế hoạch ngày thứ Hai 07/09/2026", "000.32.33.H26-260820-0104")
                .doesNotContain("000.32.33.H26-260820-0102");
    }

    @Test
    void twoInstancesAndARestartMidRunSendEachReminderOnce() throws Exception {
        officer("rem-3", Officer.Role.OFFICER, null, 8004);
        dossier("000.32.33.H26-260820-0103", "rem-3", "2026-09-08T10:00");
        lastPassAt("2026-09-08T09:00");
        clock.set(at("2026-09-08T10:01"));
        ReminderScheduler first = anotherInstance();
        ReminderScheduler second = anotherInstance();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService both = Executors.newFixedThreadPool(2);
        for (ReminderScheduler instance : List.of(first, second)) {
            both.submit(() -> {
                start.await();
                return instance.runPass();
            });
        }
        start.countDown();
        both.shutdown();
        assertThat(both.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        awaitTexts(8004, 1);

        // A pass that died before recording its end: the next one (a restarted instance) covers the same time again.
        lastPassAt("2026-09-08T09:00");
        assertThat(anotherInstance().runPass()).isPresent();
        settled.await();
        assertThat(telegram.textsTo(8004)).hasSize(1);
        first.destroy();
        second.destroy();
    }

    private ReminderScheduler anotherInstance() {
        return new ReminderScheduler(new ReminderPass(dossiers, registry, officerDossiers, messages, pending, acks, mornings, morningPlans, lines,
                calendar, properties, redis), properties, clock, connectionFactory, new SimpleMeterRegistry());
    }

    @Test
    void tooManyRequestsWaitsRetryAfterThenSends() {
        Officer officer = officer("rem-4", Officer.Role.OFFICER, null, 8005);
        clock.set(TickingTestClock.START);
        telegram.tooManyRequestsFor(8005, 1);
        String id = messages.send(officer, "test-429", "Nhắc hạn thử", List.of(), null).orElseThrow();
        awaitTexts(8005, 1);
        List<FakeTelegram.Call> attempts = telegram.attemptsTo(8005);
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(1).at() - attempts.get(0).at()).isGreaterThanOrEqualTo(1_000);
        await().atMost(Duration.ofSeconds(5)).until(() -> outbox.find(id).orElseThrow().status() == Outbox.Status.SENT);
        assertThat(outbox.find(id).orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void aMessageOverTelegramsLimitGoesInPartsInOrderWithTheButtonsUnderTheLast() {
        Officer officer = officer("rem-6", Officer.Role.OFFICER, null, 8007);
        clock.set(TickingTestClock.START);
        StringBuilder text = new StringBuilder("📋 <b>Danh sách dài</b>");
        for (int i = 1; i <= 120; i++) text.append("\n• <code>000.32.33.H26-260820-").append(String.format("%04d", i)).append("</code> – hẹn 10:00 thứ Năm");
        assertThat(text.length()).isGreaterThan(4096);
        messages.send(officer, "test-long", text.toString(), List.of(new OutboxMessage.Button("Xem", "VIEW:x")), null);
        List<String> parts = awaitTexts(8007, 2);
        assertThat(parts).hasSize(2).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(4096));
        assertThat(parts.get(0)).startsWith("📋").contains("-0001</code>");
        assertThat(parts.get(1)).contains("-0120</code>").doesNotContain("-0001</code>");
        assertThat(telegram.sentTo(8007).get(0).body().has("reply_markup")).isFalse();
        assertThat(telegram.sentTo(8007).get(1).body().get("reply_markup").toString()).contains("VIEW:x");
    }

    @Test
    void aBlockedBotMakesTheLinkInactiveTellsTheAdminsAndIsNotRetried() {
        officer(ADMIN, Officer.Role.OFFICER, null, 8999);
        Officer officer = officer("rem-5", Officer.Role.OFFICER, null, 8006);
        clock.set(TickingTestClock.START);
        telegram.blockedBy(8006);
        String id = messages.send(officer, "test-403", "Nhắc hạn thử", List.of(), null).orElseThrow();
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox.find(id).orElseThrow().status() == Outbox.Status.FAILED);
        assertThat(registry.find("rem-5").orElseThrow().telegram().active()).isFalse();
        assertThat(registry.find("rem-5").orElseThrow().telegram().inactiveReason()).contains("blocked");
        assertThat(awaitTexts(8999, 1).get(0)).contains("Cán bộ rem-5", "liên kết lại");
        assertThat(messages.send(registry.find("rem-5").orElseThrow(), "test-403-again", "Nhắc lại", List.of(), null)).isEmpty();
        settled.await();
        assertThat(telegram.attemptsTo(8006)).hasSize(1);
    }
}
