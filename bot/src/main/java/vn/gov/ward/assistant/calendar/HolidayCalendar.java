package vn.gov.ward.assistant.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The announced days off and làm bù days, one {@code vn-<year>.yml} file per year (see config/holidays).
 * Holidays move with the lunar calendar and swaps are announced yearly, so this is data, not a rule.
 */
final class HolidayCalendar {

    private static final Pattern FILE_NAME = Pattern.compile("vn-(\\d{4})\\.yml");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** One year's file as read. */
    record RawFile(Integer year, String source, List<RawEntry> daysOff, List<RawEntry> workingWeekendDays) {
    }

    record RawEntry(String date, String name) {
    }

    /** One year: the weekdays off and the weekend days worked, each with its name. */
    public record Year(int year, String source, Map<LocalDate, String> daysOff, Map<LocalDate, String> workingWeekendDays) {
    }

    private final Path directory;
    private final NavigableMap<Integer, Year> years;

    private HolidayCalendar(Path directory, NavigableMap<Integer, Year> years) {
        this.directory = directory;
        this.years = Collections.unmodifiableNavigableMap(years);
    }

    /**
     * Reads every {@code vn-*.yml} in {@code directory}.
     *
     * @throws HolidayFileException naming the file and entry when the directory has no usable files, a
     *                              file is invalid, or a year between the first and last is missing
     */
    public static HolidayCalendar load(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new HolidayFileException(directory.toAbsolutePath().normalize().toString(), null,
                    "is not a directory; set assistant.holidays-dir to the folder of vn-<year>.yml files");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "vn-*.yml")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new HolidayFileException(directory.toString(), null, "cannot be listed: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new HolidayFileException(directory.toAbsolutePath().normalize().toString(), null,
                    "has no vn-<year>.yml files");
        }
        NavigableMap<Integer, Year> years = new TreeMap<>();
        for (Path file : files) {
            Year year = read(file);
            years.put(year.year(), year);
        }
        // A gap would make deadlines that cross it wrong or impossible; better to say so at start-up.
        for (int y = years.firstKey(); y < years.lastKey(); y++) {
            if (!years.containsKey(y)) {
                throw new HolidayFileException(directory.resolve("vn-" + y + ".yml").toString(), null,
                        "is missing: the holiday files must cover every year from " + years.firstKey() + " to " + years.lastKey());
            }
        }
        return new HolidayCalendar(directory, years);
    }

    static Year read(Path file) {
        String name = file.toString();
        Matcher m = FILE_NAME.matcher(file.getFileName().toString());
        if (!m.matches()) throw new HolidayFileException(name, null, "file name must be vn-<year>.yml, e.g. vn-2026.yml");
        int fileYear = Integer.parseInt(m.group(1));
        RawFile raw;
        try (InputStream in = Files.newInputStream(file)) {
            raw = YAML.readValue(in, RawFile.class);
        } catch (JacksonException e) {
            throw fromJson(name, e);
        } catch (IOException e) {
            throw new HolidayFileException(name, null, "cannot be read: " + e.getMessage(), e);
        }
        if (raw == null) throw new HolidayFileException(name, null, "is empty");
        if (raw.year() == null) throw new HolidayFileException(name, "year", "is missing");
        if (raw.year() != fileYear) {
            throw new HolidayFileException(name, "year", "is " + raw.year() + " but the file name says " + fileYear);
        }
        if (raw.source() == null || raw.source().isBlank()) {
            throw new HolidayFileException(name, "source", "is missing: say which announcement the dates come from");
        }
        if (raw.daysOff() == null) throw new HolidayFileException(name, "daysOff", "is missing (use [] for none)");
        if (raw.workingWeekendDays() == null) {
            throw new HolidayFileException(name, "workingWeekendDays", "is missing (use [] for none)");
        }
        Map<LocalDate, String> daysOff = entries(name, fileYear, "daysOff", raw.daysOff(), false);
        Map<LocalDate, String> worked = entries(name, fileYear, "workingWeekendDays", raw.workingWeekendDays(), true);
        return new Year(fileYear, raw.source().strip(), Collections.unmodifiableMap(daysOff), Collections.unmodifiableMap(worked));
    }

    private static Map<LocalDate, String> entries(String file, int year, String list, List<RawEntry> raw, boolean weekend) {
        Map<LocalDate, String> result = new LinkedHashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            RawEntry e = raw.get(i);
            String where = list + "[" + i + "]";
            if (e == null || e.date() == null) throw new HolidayFileException(file, where, "has no date");
            where += " " + e.date();
            LocalDate date;
            try {
                date = LocalDate.parse(e.date().strip());
            } catch (DateTimeParseException ex) {
                throw new HolidayFileException(file, where, "is not a date like " + year + "-01-01", ex);
            }
            if (e.name() == null || e.name().isBlank()) throw new HolidayFileException(file, where, "has no name");
            if (date.getYear() != year) throw new HolidayFileException(file, where, "is outside " + year);
            boolean isWeekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            String day = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            if (!weekend && isWeekend) {
                throw new HolidayFileException(file, where, "is a " + day + ", already a day off: list only weekdays"
                        + " (a holiday on a weekend gives a compensating weekday off; list that day instead)");
            }
            if (weekend && !isWeekend) {
                throw new HolidayFileException(file, where, "is a " + day + ", already a working day: list only the"
                        + " Saturdays or Sundays made working days");
            }
            if (result.putIfAbsent(date, e.name().strip()) != null) {
                throw new HolidayFileException(file, where, "is listed twice");
            }
        }
        return result;
    }

    /** A parse or mapping error, with the entry named as a path ("daysOff[2]"). */
    private static HolidayFileException fromJson(String file, JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            else if (ref.getIndex() >= 0) path.append('[').append(ref.getIndex()).append(']');
        }
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
        String problem = e instanceof UnrecognizedPropertyException u
                ? "unknown key '" + u.getPropertyName() + "' (allowed: year, source, daysOff, workingWeekendDays; entries: date, name)"
                : e.getOriginalMessage();
        return new HolidayFileException(file, path.isEmpty() ? "at" + where : path + where, problem, e);
    }

    public Path directory() {
        return directory;
    }

    public SortedSet<Integer> years() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
    }

    public boolean covers(int year) {
        return years.containsKey(year);
    }

    /** @throws IllegalArgumentException if there is no file for {@code year} */
    public Year year(int year) {
        Year y = years.get(year);
        if (y == null) throw new IllegalArgumentException("No holiday file for " + year + " in " + directory);
        return y;
    }

    /**
     * Monday to Friday except the listed days off, plus the listed working weekend days. A year without a
     * file counts Monday to Friday only: the best estimate there is, which {@link WorkingCalendar} warns about.
     */
    public boolean isWorkingDay(LocalDate date) {
        Year y = years.get(date.getYear());
        DayOfWeek day = date.getDayOfWeek();
        boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        if (y == null) return !weekend;
        if (weekend) return y.workingWeekendDays().containsKey(date);
        return !y.daysOff().containsKey(date);
    }

    /** The holiday's name when {@code date} is a listed day off ("Tết Nguyên đán (mùng 1)"). */
    public Optional<String> dayOffName(LocalDate date) {
        return Optional.ofNullable(years.get(date.getYear())).map(y -> y.daysOff().get(date));
    }
}
