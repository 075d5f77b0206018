package vn.gov.ward.assistant.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import vn.gov.ward.assistant.calendar.WorkingCalendar;
import vn.gov.ward.assistant.officer.OfficerMessages;

/** From 1 October next year's holiday file is asked for; a missing current year always is. */
class HolidayFileCheckTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final WorkingCalendar calendar = mock(WorkingCalendar.class);
    private final OfficerMessages messages = mock(OfficerMessages.class);

    HolidayFileCheckTest() {
        when(calendar.zone()).thenReturn(VN);
        when(calendar.hasHolidayFile(2027)).thenReturn(true);
    }

    private HolidayFileCheck at(String localDate) {
        Instant noon = LocalDate.parse(localDate).atTime(12, 0).atZone(VN).toInstant();
        return new HolidayFileCheck(calendar, messages, Clock.fixed(noon, VN));
    }

    @Test
    void nextYearsFileIsAskedForFromTheFirstOfOctober() {
        assertThat(at("2027-09-30").missing(LocalDate.parse("2027-09-30"))).isEmpty();
        assertThat(at("2027-10-01").missing(LocalDate.parse("2027-10-01"))).containsExactly(2028);
        assertThat(at("2028-01-03").missing(LocalDate.parse("2028-01-03"))).containsExactly(2028);
    }

    @Test
    void theAdminsAreToldOnceAWeek() {
        at("2027-09-30").check();
        verify(messages, never()).alertAdmins(org.mockito.ArgumentMatchers.anyString(), org.mockito.ArgumentMatchers.anyString());
        at("2027-10-04").check();
        verify(messages).alertAdmins(eq("holiday-file-missing:2028:2027-W40"), contains("vn-2028.yml"));
    }
}
