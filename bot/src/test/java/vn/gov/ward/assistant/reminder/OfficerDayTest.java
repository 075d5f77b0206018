package vn.gov.ward.assistant.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.feedback.FeedbackService;
import vn.gov.ward.assistant.feedback.Ticket;
import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerRegistry;
import vn.gov.ward.assistant.support.MutableClock;
import vn.gov.ward.assistant.support.TelegramTestBase;
import vn.gov.ward.assistant.survey.SurveyService;

/**
 * A working day, Tuesday 17/03/2026, of an officer with 20 open dossiers (3 overdue, 4 due today, 4 due
 * tomorrow, 2 waiting for the citizen, 7 later) and of their leader, with a reminder pass every quarter
 * hour from 07:00 to 17:00 on the fixed clock: what reaches each on Telegram, asserted message by message.
 * The officer gets one morning message, a plan for the day, then one message per change: a deadline in the
 * next hours, a deadline passed, the leader's reminder; never the morning's overdue dossiers again.
 */
class OfficerDayTest extends TelegramTestBase {

    static final long OFFICER = 8101;
    static final long LEADER = 8102;
    static final long SECOND = 8103;
    static final long IDLE = 8104;
    static final String PREFIX = "000.32.33.H26-260317-";
    static final Path SAMPLES = Path.of("target/officer-day");

    @Autowired
    MutableClock clock;
    @Autowired
    ReminderScheduler scheduler;
    @Autowired
    OfficerRegistry registry;
    @Autowired
    DossierService dossiers;
    @Autowired
    FeedbackService feedback;
    @Autowired
    SurveyService surveys;
    @Autowired
    StringRedisTemplate redis;

    @BeforeEach
    void setUp() {
        telegram.reset();
    }

    private static Instant at(String local) {
        return OffsetDateTime.parse(local + "+07:00").toInstant();
    }

    private static String code(String n) {
        return PREFIX + n;
    }

    private void dossier(String n, String officerId, String appointment) {
        Instant due = at(appointment);
        dossiers.put(code(n), new DossierService.Intake("1.001193", new Dossier.Applicant("Trần Thị Bích Ngọc", "0912000222", null), officerId,
                due.minus(Duration.ofDays(12)), due, DossierStatus.IN_PROGRESS));
    }

    private void officer(String id, String name, Officer.Role role, String leaderId, long chat) {
        registry.save(new Officer(id, name, "Hộ tịch – Chứng thực", role, leaderId, null));
        registry.link(id, chat);
    }

    /** What a chat is expected to receive by a time of the day, and what it must say. */
    private record Expected(long chat, LocalTime by, String what, Predicate<String> says) {
    }

    private static Expected expect(long chat, String by, String what, String... contains) {
        return new Expected(chat, LocalTime.parse(by), what, text -> List.of(contains).stream().allMatch(text::contains));
    }

    @Test
    void oneMorningPlanThenOneMessagePerChange() throws IOException {
        officer("day-lead", "Phạm Thị Thu Trang", Officer.Role.LEADER, null, LEADER);
        officer("day-1", "Nguyễn Thị Hoa", Officer.Role.OFFICER, "day-lead", OFFICER);
        officer("day-2", "Đỗ Văn Thành", Officer.Role.OFFICER, "day-lead", SECOND);
        officer("day-3", "Vũ Thị Mai", Officer.Role.OFFICER, "day-lead", IDLE);
        // Overdue: 3 and 4 working days late at 07:30 (Thursday 12/03, Wednesday 11/03), and since yesterday 16:00.
        dossier("0101", "day-1", "2026-03-12T10:00");
        dossier("0102", "day-1", "2026-03-16T16:00");
        dossier("0103", "day-1", "2026-03-11T09:00");
        // Due today, due tomorrow.
        for (String[] d : new String[][] {{"0111", "09:00"}, {"0112", "10:30"}, {"0113", "14:00"}, {"0114", "16:30"}}) {
            dossier(d[0], "day-1", "2026-03-17T" + d[1]);
        }
        for (String[] d : new String[][] {{"0121", "08:00"}, {"0122", "10:00"}, {"0123", "15:00"}, {"0124", "16:45"}}) {
            dossier(d[0], "day-1", "2026-03-18T" + d[1]);
        }
        // Waiting for the citizen's documents since 10/03 and 13/03.
        dossier("0131", "day-1", "2026-03-16T10:00");
        dossiers.recordStatus(code("0131"), DossierStatus.SUPPLEMENT_REQUESTED, at("2026-03-10T09:00"), "Thiếu giấy chứng sinh");
        dossier("0132", "day-1", "2026-03-19T15:00");
        dossiers.recordStatus(code("0132"), DossierStatus.SUPPLEMENT_REQUESTED, at("2026-03-13T14:00"), "Thiếu tờ khai");
        List<String> later = List.of("19", "20", "23", "24", "25", "26", "27");
        for (int i = 0; i < later.size(); i++) dossier(String.format("%04d", 141 + i), "day-1", "2026-03-" + later.get(i) + "T10:00");
        dossier("0201", "day-2", "2026-03-17T11:00");
        assertThat(dossiers.openOf(List.of("day-1"))).hasSize(20);

        // Monday: a complaint about the officer and a low rating of one of their returned dossiers.
        clock.set(at("2026-03-16T15:00"));
        Ticket complaint = feedback.open("web:day-test", Ticket.Kind.PHAN_ANH, "Phản ánh: hồ sơ " + code("0101") + " quá hạn mà chưa ai liên hệ");
        dossier("0199", "day-1", "2026-03-16T09:00");
        dossiers.recordStatus(code("0199"), DossierStatus.RESULT_READY, at("2026-03-16T14:00"), null);
        dossiers.recordStatus(code("0199"), DossierStatus.RETURNED, at("2026-03-16T14:30"), null);
        // The survey starts from the status change's effects, on their worker: the rating counts once it has.
        await().atMost(Duration.ofSeconds(15))
                .until(() -> surveys.rate(code("0199"), 2, "web", "Phải đi lại ba lần", null, null) == SurveyService.Outcome.RECORDED);
        await().atMost(Duration.ofSeconds(15)).until(() -> telegram.textsTo(OFFICER).size() == 1 && telegram.textsTo(LEADER).size() == 2);
        telegram.reset();

        List<Expected> expected = List.of(
                expect(OFFICER, "07:30", "the morning plan", "Kế hoạch ngày thứ Ba 17/03/2026", "Quá hạn (3)", "Đến hạn hôm nay (4)",
                        "Đến hạn ngày mai, thứ Tư 18/03/2026 (4)", "Chờ công dân bổ sung (2)", "Còn 7 hồ sơ khác, hạn sớm nhất thứ Năm 19/03/2026"),
                expect(LEADER, "07:30", "the unit's digest", "Đơn vị – thứ Ba 17/03/2026", "Nguyễn Thị Hoa: 4 đến hạn · 3 quá hạn · 2 chờ bổ sung",
                        "Đỗ Văn Thành: 1 đến hạn · 0 quá hạn · 0 chờ bổ sung", "Phản ánh chưa đóng (1)", complaint.code(),
                        "Đánh giá thấp chưa xử lý (1)", code("0199")),
                expect(OFFICER, "08:00", "a deadline in the next hours", "Sắp đến hạn", "còn 4 giờ làm việc", code("0113")),
                expect(OFFICER, "09:00", "a deadline passed", "Quá hạn", code("0111"), "Phiếu xin lỗi"),
                expect(LEADER, "10:30", "an escalation", "Quá hạn hơn 4 giờ làm việc", code("0102"), "Nguyễn Thị Hoa"),
                expect(OFFICER, "10:30", "a deadline in the next hours", "Sắp đến hạn", code("0114")),
                expect(OFFICER, "11:30", "tomorrow 08:00 is four working hours away", "Sắp đến hạn", "còn 4 giờ làm việc", code("0121")),
                expect(OFFICER, "14:00", "a deadline passed", "Quá hạn", code("0113")),
                expect(LEADER, "15:00", "an escalation", "Quá hạn hơn 4 giờ làm việc", code("0111")),
                expect(OFFICER, "15:01", "the leader's reminder (\"Nhắc cán bộ\")", "Lãnh đạo nhắc", "Phạm Thị Thu Trang", code("0111")),
                expect(OFFICER, "15:30", "tomorrow 10:00 is four working hours away", "Sắp đến hạn", code("0122")),
                expect(OFFICER, "16:30", "a deadline passed", "Quá hạn", code("0114")),
                expect(LEADER, "17:00", "an escalation of the other officer's", "Quá hạn hơn 4 giờ làm việc", code("0201"), "Đỗ Văn Thành"));

        redis.opsForValue().set(ReminderKeys.LAST_PASS, at("2026-03-17T06:45").toString());
        for (LocalTime t = LocalTime.of(7, 0); !t.isAfter(LocalTime.of(17, 0)); t = t.plusMinutes(15)) {
            if (t.equals(LocalTime.of(10, 15))) {
                clock.set(at("2026-03-17T10:10"));
                dossiers.recordStatus(code("0112"), DossierStatus.RESULT_READY, at("2026-03-17T10:10"), null); // done before its 10:30 deadline
                dossiers.recordStatus(code("0132"), DossierStatus.IN_PROGRESS, at("2026-03-17T10:10"), "Đã nhận đủ giấy tờ bổ sung");
            }
            clock.set(at("2026-03-17T" + t));
            assertThat(scheduler.runPass()).isPresent();
            for (long chat : List.of(OFFICER, LEADER)) awaitUpTo(chat, t, expected);
            if (t.equals(LocalTime.of(10, 30))) {
                String escalation = last(LEADER);
                telegram.userPresses(LEADER, 501, escalation, ReminderButtons.DONE + code("0102"));
                await().atMost(Duration.ofSeconds(10)).until(() -> telegram.calls("editmessagetext").stream()
                        .anyMatch(c -> c.text().contains("Phạm Thị Thu Trang đã xử lý lúc")));
            }
            if (t.equals(LocalTime.of(15, 0))) {
                telegram.userPresses(LEADER, 502, last(LEADER), ReminderButtons.NUDGE + code("0111"));
                awaitUpTo(OFFICER, t.plusMinutes(1), expected);
            }
        }
        settled.await();
        for (long chat : List.of(OFFICER, LEADER)) {
            List<Expected> mine = expected.stream().filter(e -> e.chat() == chat).toList();
            List<String> got = telegram.textsTo(chat);
            assertThat(got).as("nothing more, nothing twice (chat %d)", chat).hasSize(mine.size());
            for (int i = 0; i < mine.size(); i++) assertThat(mine.get(i).says()).as(mine.get(i).what() + ": " + got.get(i)).accepts(got.get(i));
        }
        assertThat(telegram.textsTo(IDLE)).as("an officer with nothing to do gets no morning message").isEmpty();

        String morning = telegram.textsTo(OFFICER).get(0);
        assertThat(morning).as("overdue first, each with how late, most late first").containsSubsequence(
                code("0103"), "quá 4 ngày làm việc", code("0101"), "quá 3 ngày làm việc", code("0102"), "quá 1 ngày làm việc",
                "Đến hạn hôm nay", code("0111"), "hẹn 09:00", code("0114"), "hẹn 16:30",
                "Đến hạn ngày mai", code("0121"), code("0124"),
                "Chờ công dân bổ sung", code("0131"), "chờ từ 10/03", "hẹn trả đã lùi đến", code("0132"), "chờ từ 13/03");
        assertThat(morning).as("the officer's own name is not on every line").doesNotContain("Nguyễn Thị Hoa").doesNotContain(code("0141"));
        assertThat(String.join("\n", telegram.textsTo(OFFICER).subList(1, telegram.textsTo(OFFICER).size())))
                .as("the morning's overdue dossiers and tomorrow's not repeated through the day")
                .doesNotContain(code("0101"), code("0102"), code("0103"), code("0123"), code("0124"), "Vẫn quá hạn");

        Files.createDirectories(SAMPLES);
        Files.writeString(SAMPLES.resolve("morning-plan.html"), morning);
        Files.writeString(SAMPLES.resolve("leader-digest.html"), telegram.textsTo(LEADER).get(0));
    }

    private String last(long chat) {
        List<String> texts = telegram.textsTo(chat);
        return texts.get(texts.size() - 1);
    }

    /** Waits for what the chat should have by {@code t}; more than that fails at once. */
    private void awaitUpTo(long chat, LocalTime t, List<Expected> expected) {
        List<Expected> due = new ArrayList<>(expected.stream().filter(e -> e.chat() == chat && !e.by().isAfter(t)).toList());
        await().atMost(Duration.ofSeconds(15)).until(() -> telegram.textsTo(chat).size() >= due.size());
        assertThat(telegram.textsTo(chat)).as("chat %d by %s", chat, t).hasSize(due.size());
    }
}
