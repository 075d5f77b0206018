package vn.gov.ward.assistant.calendar;

import java.nio.file.Path;

/**
 * A date in a year the holiday files do not cover. Working days cannot be guessed from weekends alone
 * (Tết and làm bù days are announced yearly), so the answer is an error, never a silent estimate.
 */
class MissingCalendarYearException extends RuntimeException {

    private final int year;
    private final Path directory;

    public MissingCalendarYearException(int year, Path directory) {
        super("No working calendar for " + year + ": add vn-" + year + ".yml to " + directory.toAbsolutePath().normalize()
                + " with that year's days off and làm bù days as the Government announced them");
        this.year = year;
        this.directory = directory;
    }

    public int year() {
        return year;
    }

    public Path directory() {
        return directory;
    }
}
