package vn.gov.ward.assistant.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.ward.assistant.calendar.CalendarFixtures.VN;
import static vn.gov.ward.assistant.calendar.CalendarFixtures.vn;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private final QuietHours quiet = QuietHours.parse("21:00-07:00", VN);

    @Test
    void quietHoursWrapMidnight() {
        assertThat(quiet.isQuiet(vn("2026-03-02T20:59"))).isFalse();
        assertThat(quiet.isQuiet(vn("2026-03-02T21:00"))).isTrue();
        assertThat(quiet.isQuiet(vn("2026-03-02T23:30"))).isTrue();
        assertThat(quiet.isQuiet(vn("2026-03-03T06:59"))).isTrue();
        assertThat(quiet.isQuiet(vn("2026-03-03T07:00"))).isFalse();
    }

    @Test
    void nextAllowedIsTheEndOfTheQuietPeriod() {
        // Late evening: the next morning, also across a month's end.
        assertThat(quiet.nextAllowed(vn("2026-03-31T22:15"))).isEqualTo(vn("2026-04-01T07:00"));
        // Small hours: the same morning.
        assertThat(quiet.nextAllowed(vn("2026-04-01T02:00"))).isEqualTo(vn("2026-04-01T07:00"));
        // Not quiet: unchanged.
        assertThat(quiet.nextAllowed(vn("2026-04-01T12:00"))).isEqualTo(vn("2026-04-01T12:00"));
        // Read in the ward's zone: 15:00 UTC is 22:00 in Vietnam.
        var utc = LocalDate.of(2026, 4, 1).atTime(15, 0).atZone(ZoneOffset.UTC);
        assertThat(quiet.isQuiet(utc)).isTrue();
        assertThat(quiet.nextAllowed(utc)).isEqualTo(vn("2026-04-02T07:00"));
    }

    @Test
    void periodWithinADay() {
        QuietHours lunch = QuietHours.parse("11:30-13:30", VN);
        assertThat(lunch.isQuiet(vn("2026-04-01T12:00"))).isTrue();
        assertThat(lunch.isQuiet(vn("2026-04-01T23:00"))).isFalse();
        assertThat(lunch.nextAllowed(vn("2026-04-01T12:00"))).isEqualTo(vn("2026-04-01T13:30"));
    }

    @Test
    void emptyTurnsQuietHoursOff() {
        QuietHours off = QuietHours.parse("", VN);
        assertThat(off.enabled()).isFalse();
        assertThat(off.isQuiet(vn("2026-04-01T02:00"))).isFalse();
        assertThat(off.nextAllowed(vn("2026-04-01T02:00"))).isEqualTo(vn("2026-04-01T02:00"));
    }

    @Test
    void rejectsBadValuesNamingTheProperty() {
        assertThatThrownBy(() -> QuietHours.parse("21:00", VN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("assistant.quiet-hours");
        assertThatThrownBy(() -> QuietHours.parse("25:00-07:00", VN)).hasMessageContaining("assistant.quiet-hours");
        assertThatThrownBy(() -> QuietHours.parse("07:00-07:00", VN)).hasMessageContaining("assistant.quiet-hours");
    }
}
