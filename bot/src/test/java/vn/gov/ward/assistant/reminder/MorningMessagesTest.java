package vn.gov.ward.assistant.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.feedback.FeedbackService;
import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.survey.SurveyService;

/** The morning of staff with nothing to do, as configured ({@code reminders.nothing-to-do}); the rest is in OfficerDayTest. */
class MorningMessagesTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final ZonedDateTime MORNING = ZonedDateTime.of(2026, 3, 17, 7, 30, 0, 0, VN);

    static MorningMessages mornings(ReminderProperties.NothingToDo nothingToDo) {
        WorkingCalendar calendar = mock(WorkingCalendar.class);
        when(calendar.zone()).thenReturn(VN);
        when(calendar.isWorkingDay(any())).thenReturn(true);
        DossierService dossiers = mock(DossierService.class);
        when(dossiers.openOf(any())).thenReturn(List.of());
        ReminderProperties properties = new ReminderProperties(true, List.of(Duration.ofDays(1), Duration.ofHours(4)), Duration.ofHours(4), "07:30",
                nothingToDo, Duration.ofMinutes(1), Set.of());
        return new MorningMessages(new OfficerDossiers(dossiers), mock(FeedbackService.class), mock(SurveyService.class),
                new DossierLines(dossiers, calendar), calendar, properties);
    }

    static Map<String, Officer> staff() {
        Officer.TelegramLink linked = new Officer.TelegramLink(1, true, Instant.EPOCH, null);
        return Map.of("lead", new Officer("lead", "Phạm Thị Thu Trang", "Hộ tịch", Officer.Role.LEADER, null, linked),
                "idle", new Officer("idle", "Vũ Thị Mai", "Hộ tịch", Officer.Role.OFFICER, "lead", linked));
    }

    @Test
    void staffWithNothingToDoGetNoMorningMessage() {
        assertThat(mornings(ReminderProperties.NothingToDo.SKIP).plan(MORNING, staff())).isEmpty();
    }

    @Test
    void orOneLineWhenTheWardPrefersIt() {
        List<ReminderPass.Planned> planned = mornings(ReminderProperties.NothingToDo.ONE_LINE).plan(MORNING, staff());
        assertThat(planned).hasSize(2).allSatisfy(p -> assertThat(p.html())
                .isEqualTo("☀️ Thứ Ba 17/03/2026: không có hồ sơ quá hạn, đến hạn hay chờ bổ sung.").doesNotContain("\n"));
    }
}
