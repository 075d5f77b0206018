package vn.gov.ward.assistant.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class OfficeHoursTest {

    @Test
    void parsesSessions() {
        OfficeHours hours = OfficeHours.parse(" 07:30-11:30 , 13:30-17:00 ");
        assertThat(hours.sessions()).hasSize(2);
        assertThat(hours.dayLength()).isEqualTo(Duration.ofMinutes(450));
        assertThat(hours.opening()).isEqualTo(LocalTime.of(7, 30));
        assertThat(hours.closing()).isEqualTo(LocalTime.of(17, 0));
        assertThat(hours.isOpen(LocalTime.of(12, 0))).isFalse();
        assertThat(hours.isOpen(LocalTime.of(13, 30))).isTrue();
        assertThat(hours).hasToString("07:30-11:30,13:30-17:00");
    }

    @Test
    void rejectsBadValuesNamingTheProperty() {
        assertThatThrownBy(() -> OfficeHours.parse("07:30-11:30,11:00-17:00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("assistant.office-hours").hasMessageContaining("overlaps");
        assertThatThrownBy(() -> OfficeHours.parse("13:30-17:00,07:30-11:30"))
                .hasMessageContaining("assistant.office-hours").hasMessageContaining("in order");
        assertThatThrownBy(() -> OfficeHours.parse("7h30-11h30"))
                .hasMessageContaining("assistant.office-hours").hasMessageContaining("not a range");
        assertThatThrownBy(() -> OfficeHours.parse("07:30"))
                .hasMessageContaining("assistant.office-hours").hasMessageContaining("not a range");
        assertThatThrownBy(() -> OfficeHours.parse("17:00-07:30"))
                .hasMessageContaining("assistant.office-hours").hasMessageContaining("cross midnight");
        assertThatThrownBy(() -> OfficeHours.parse(""))
                .hasMessageContaining("assistant.office-hours").hasMessageContaining("empty");
    }
}
