package vn.gov.ward.assistant.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class WorkingCalendarConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CalendarProperties.class)
    static class Properties {
    }

    // 31 Dec 2025 18:00 UTC is already 1 Jan 2026 in Vietnam: the current year is read in the ward's zone.
    private static final Clock NEW_YEAR_IN_VIETNAM = Clock.fixed(Instant.parse("2025-12-31T18:00:00Z"), ZoneOffset.UTC);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, WorkingCalendarConfiguration.class)
            .withBean(Clock.class, () -> NEW_YEAR_IN_VIETNAM);

    @TempDir
    Path dir;

    @Test
    void startsWithoutTheCurrentYearCountingWeekdays() throws IOException {
        Files.writeString(dir.resolve("vn-2025.yml"), "year: 2025\nsource: x\ndaysOff: []\nworkingWeekendDays: []\n");
        runner.withPropertyValues("assistant.holidays-dir=" + dir).run(context -> {
            assertThat(context).hasNotFailed();
            WorkingCalendar calendar = context.getBean(WorkingCalendar.class);
            assertThat(calendar.hasHolidayFile(2026)).isFalse();
            assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2026, 2, 17))).as("Tết 2026 unknown: a weekday").isTrue();
        });
    }

    @Test
    void startsWithTheRealFilesAndDefaults() {
        runner.withPropertyValues("assistant.holidays-dir=" + CalendarFixtures.holidaysDir()).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(WorkingCalendar.class);
            WorkingCalendar calendar = context.getBean(WorkingCalendar.class);
            assertThat(calendar.zone()).hasToString("Asia/Ho_Chi_Minh");
            assertThat(calendar.officeHours()).hasToString("07:30-11:30,13:30-17:00");
            assertThat(calendar.quietHours()).hasToString("21:00-07:00");
        });
    }

    @Test
    void badSettingsNameTheProperty() {
        runner.withPropertyValues("assistant.holidays-dir=" + CalendarFixtures.holidaysDir(),
                "assistant.office-hours=07:30-12:00,11:30-17:00").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("assistant.office-hours"));
        runner.withPropertyValues("assistant.holidays-dir=" + CalendarFixtures.holidaysDir(),
                "assistant.time-zone=Hanoi").run(context ->
                assertThat(context.getStartupFailure()).hasStackTraceContaining("assistant.time-zone='Hanoi'"));
        runner.withPropertyValues("assistant.holidays-dir=" + CalendarFixtures.holidaysDir(), "assistant.quiet-hours=")
                .run(context -> assertThat(context.getBean(WorkingCalendar.class).quietHours().enabled()).isFalse());
    }

    @Test
    void theFactoryMethodStartsInAYearWithoutAFile() {
        CalendarProperties properties = CalendarFixtures.defaults(CalendarFixtures.holidaysDir().toString());
        Clock in2030 = Clock.fixed(Instant.parse("2030-06-01T00:00:00Z"), ZoneOffset.UTC);
        WorkingCalendar calendar = WorkingCalendarConfiguration.create(properties, in2030);
        assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2030, 6, 3))).isTrue();
    }
}
