package vn.gov.ward.assistant.calendar;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The real holiday files and default settings, for tests run from the project root or from bot/. */
final class CalendarFixtures {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private CalendarFixtures() {
    }

    static Path holidaysDir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path dir = p.resolve("config/holidays");
            if (Files.isDirectory(dir)) return dir;
        }
        throw new IllegalStateException("config/holidays not found above " + Path.of("").toAbsolutePath());
    }

    static CalendarProperties defaults(String holidaysDir) {
        return new CalendarProperties("07:30-11:30,13:30-17:00", "21:00-07:00", "Asia/Ho_Chi_Minh", holidaysDir);
    }

    static WorkingCalendar realCalendar() {
        return WorkingCalendar.from(defaults(holidaysDir().toString()));
    }

    static ZonedDateTime vn(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), VN);
    }
}
