package vn.gov.ward.assistant.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolidayCalendarTest {

    @TempDir
    Path dir;

    private static final String HEADER = "year: 2026\nsource: \"test\"\n";

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void realFilesAreValid() {
        HolidayCalendar holidays = HolidayCalendar.load(CalendarFixtures.holidaysDir());
        assertThat(holidays.years()).containsExactly(2025, 2026, 2027);
        assertThat(holidays.isWorkingDay(LocalDate.of(2025, 1, 27))).isFalse();
        assertThat(holidays.year(2026).source()).contains("12729/VPCP-KGVX");
    }

    @Test
    void dayOffOnAWeekendNamesFileAndEntry() throws IOException {
        write("vn-2026.yml", HEADER + """
                daysOff:
                  - { date: 2026-01-01, name: "Tết Dương lịch" }
                  - { date: 2026-04-26, name: "Giỗ Tổ Hùng Vương" }
                workingWeekendDays: []
                """);
        assertThatThrownBy(() -> HolidayCalendar.load(dir))
                .isInstanceOf(HolidayFileException.class)
                .hasMessageContaining("vn-2026.yml")
                .hasMessageContaining("daysOff[1] 2026-04-26")
                .hasMessageContaining("Sunday")
                .satisfies(e -> assertThat(((HolidayFileException) e).entry()).isEqualTo("daysOff[1] 2026-04-26"));
    }

    @Test
    void workingWeekendDayOnAWeekday() throws IOException {
        write("vn-2026.yml", HEADER + """
                daysOff: []
                workingWeekendDays:
                  - { date: 2026-01-09, name: "Làm bù" }
                """);
        assertThatThrownBy(() -> HolidayCalendar.load(dir))
                .hasMessageContaining("vn-2026.yml").hasMessageContaining("workingWeekendDays[0] 2026-01-09")
                .hasMessageContaining("Friday");
    }

    @Test
    void dateOutsideTheYear() throws IOException {
        write("vn-2026.yml", HEADER + """
                daysOff:
                  - { date: 2025-12-31, name: "Sai năm" }
                workingWeekendDays: []
                """);
        assertThatThrownBy(() -> HolidayCalendar.load(dir))
                .hasMessageContaining("vn-2026.yml").hasMessageContaining("daysOff[0] 2025-12-31").hasMessageContaining("outside 2026");
    }

    @Test
    void duplicates() throws IOException {
        write("vn-2026.yml", HEADER + """
                daysOff:
                  - { date: 2026-04-30, name: "Ngày Chiến thắng" }
                  - { date: 2026-04-30, name: "Ngày Chiến thắng" }
                workingWeekendDays: []
                """);
        assertThatThrownBy(() -> HolidayCalendar.load(dir))
                .hasMessageContaining("vn-2026.yml").hasMessageContaining("daysOff[1] 2026-04-30").hasMessageContaining("twice");
    }

    @Test
    void unknownKeys() throws IOException {
        write("vn-2026.yml", HEADER + """
                daysOff:
                  - { date: 2026-04-30, nam: "Ngày Chiến thắng" }
                workingWeekendDays: []
                """);
        assertThatThrownBy(() -> HolidayCalendar.load(dir))
                .hasMessageContaining("vn-2026.yml").hasMessageContaining("daysOff[0]").hasMessageContaining("unknown key 'nam'");
    }

    @Test
    void badDateYearMismatchAndMissingName() throws IOException {
        write("vn-2026.yml", HEADER + """
                daysOff:
                  - { date: 2026-02-30, name: "Không có ngày này" }
                workingWeekendDays: []
                """);
        assertThatThrownBy(() -> HolidayCalendar.load(dir))
                .hasMessageContaining("daysOff[0] 2026-02-30").hasMessageContaining("not a date");

        write("vn-2026.yml", "year: 2025\nsource: x\ndaysOff: []\nworkingWeekendDays: []\n");
        assertThatThrownBy(() -> HolidayCalendar.load(dir))
                .hasMessageContaining("vn-2026.yml").hasMessageContaining("year").hasMessageContaining("file name says 2026");

        write("vn-2026.yml", HEADER + "daysOff:\n  - { date: 2026-04-30 }\nworkingWeekendDays: []\n");
        assertThatThrownBy(() -> HolidayCalendar.load(dir)).hasMessageContaining("daysOff[0] 2026-04-30").hasMessageContaining("no name");
    }

    @Test
    void gapsAndEmptyDirectories() throws IOException {
        assertThatThrownBy(() -> HolidayCalendar.load(dir)).hasMessageContaining("no vn-<year>.yml files");
        write("vn-2025.yml", "year: 2025\nsource: x\ndaysOff: []\nworkingWeekendDays: []\n");
        write("vn-2027.yml", "year: 2027\nsource: x\ndaysOff: []\nworkingWeekendDays: []\n");
        assertThatThrownBy(() -> HolidayCalendar.load(dir)).hasMessageContaining("vn-2026.yml").hasMessageContaining("missing");
        assertThatThrownBy(() -> HolidayCalendar.load(dir.resolve("nope"))).hasMessageContaining("not a directory");
    }
}
