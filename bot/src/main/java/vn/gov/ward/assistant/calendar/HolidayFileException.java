package vn.gov.ward.assistant.calendar;

/** A holiday file that cannot be used: says which file, which entry and what is wrong. */
class HolidayFileException extends RuntimeException {

    private final String file;
    private final String entry;

    public HolidayFileException(String file, String entry, String problem) {
        this(file, entry, problem, null);
    }

    public HolidayFileException(String file, String entry, String problem, Throwable cause) {
        super(file + (entry == null ? "" : ", " + entry) + ": " + problem, cause);
        this.file = file;
        this.entry = entry;
    }

    public String file() {
        return file;
    }

    /** The entry at fault, e.g. {@code daysOff[3] 2026-02-14}; null when the whole file is. */
    public String entry() {
        return entry;
    }
}
