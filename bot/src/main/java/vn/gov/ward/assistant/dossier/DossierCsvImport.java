package vn.gov.ward.assistant.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import vn.gov.ward.assistant.dossier.internal.DossierStore;

/**
 * Imports a CSV export of the one-stop system in one streaming pass: rows are validated like the
 * API's, written in pipelined batches, and each bad row is reported with its line number and
 * reason. A row equal to what is stored writes nothing, so re-importing a file changes nothing.
 * A stored dossier whose status the file moves is announced like an API change (the citizen's Zalo
 * notice, the survey on return, reminders withdrawn on close); a dossier first seen in a file is
 * not: it may be history (a first import of last year's dossiers must not survey their citizens).
 *
 * <p>Columns (UTF-8, header row, any order): {@code code, procedureCode, applicantName,
 * applicantPhone, zaloUserId, officerId, receivedAt, appointmentAt, status, submission}; zaloUserId,
 * appointmentAt and submission may be empty (submission may be left out). One dossier a line: quoted fields may
 * hold commas and quotes, not line breaks, so every line is judged on its own (broken quoting, invalid UTF-8, a
 * wrong number of fields, a bad value) and the import goes on after it. Only a header problem refuses the whole
 * file; its message names columns by position, never what the line holds (it may be a citizen's row).
 */
@Component
class DossierCsvImport {

    static final List<String> COLUMNS = List.of("code", "procedureCode", "applicantName", "applicantPhone", "zaloUserId",
            "officerId", "receivedAt", "appointmentAt", "status", "submission");
    private static final Set<String> OPTIONAL = Set.of("zaloUserId", "appointmentAt", "submission");
    private static final CSVFormat LINE = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();
    /** No dossier row comes near this: a longer line is refused without keeping it in memory. */
    private static final int MAX_LINE = 16 * 1024;
    private static final int BATCH = 1000;
    private static final int PROGRESS_EVERY = 10_000;
    private static final int MAX_ERRORS_LISTED = 1000;
    private static final Logger log = LoggerFactory.getLogger(DossierCsvImport.class);

    private final DossierService dossiers;
    private final DossierStore store;
    private final IntakeValidator validator;
    private final long maxSize;

    DossierCsvImport(DossierService dossiers, DossierStore store, IntakeValidator validator,
                     @Value("${assistant.csv-import-max-size:10MB}") DataSize maxSize) {
        this.dossiers = dossiers;
        this.store = store;
        this.validator = validator;
        this.maxSize = maxSize.toBytes();
    }

    /** The largest body the import reads ({@code assistant.csv-import-max-size}). */
    long maxSize() {
        return maxSize;
    }

    /**
     * @param complete false when the body went past {@link #maxSize()}: the lines before it were imported, the rest not read
     * @param rejected rows refused; {@code errors} lists the first {@value #MAX_ERRORS_LISTED} of them
     */
    record Report(boolean complete, long rows, long created, long updated, long unchanged, long rejected, List<RowError> errors) {
    }

    record RowError(long line, String reason) {
    }

    /**
     * @throws InvalidDossier (400) when the file has no usable header; every other problem is reported against its line
     */
    Report run(InputStream body) throws IOException {
        CsvLines lines = new CsvLines(body, maxSize, MAX_LINE);
        List<String> header = header(lines);
        Counts counts = new Counts();
        Map<String, Row> batch = new LinkedHashMap<>();
        for (byte[] bytes = lines.next(); bytes != null; bytes = lines.next()) {
            long line = lines.number;
            if (lines.tooLong) {
                counts.rows++;
                counts.reject(line, "longer than " + MAX_LINE / 1024 + " KB");
                continue;
            }
            String text;
            try {
                text = utf8(bytes);
            } catch (CharacterCodingException e) {
                counts.rows++;
                counts.reject(line, "not valid UTF-8");
                continue;
            }
            if (text.isBlank()) continue;
            counts.rows++;
            Row row = row(line, text, header, counts);
            if (row != null) {
                Row earlier = batch.put(row.code(), row);
                if (earlier != null) counts.reject(earlier.line(), "the same code appears again at line " + row.line());
            }
            if (batch.size() >= BATCH) flush(batch, counts);
            if (counts.rows % PROGRESS_EVERY == 0) {
                log.info("Dossier import: {} rows read, {} created, {} updated, {} unchanged, {} rejected",
                        counts.rows, counts.created, counts.updated, counts.unchanged, counts.rejected);
            }
        }
        flush(batch, counts);
        if (lines.overLimit) {
            counts.reject(lines.number + 1, "the file is over the import's limit of " + readable(maxSize)
                    + ": nothing from here on was read; send the rest in another file");
        }
        log.info("Dossier import done: {} rows, {} created, {} updated, {} unchanged, {} rejected{}",
                counts.rows, counts.created, counts.updated, counts.unchanged, counts.rejected,
                lines.overLimit ? "; cut at the size limit" : "");
        counts.errors.sort(Comparator.comparingLong(RowError::line));
        return new Report(!lines.overLimit, counts.rows, counts.created, counts.updated, counts.unchanged, counts.rejected,
                counts.errors);
    }

    /** The header's column names, or 400 naming what is wrong by position (a first line may be a citizen's row). */
    private static List<String> header(CsvLines lines) throws IOException {
        byte[] bytes = lines.next();
        if (bytes == null) throw new InvalidDossier("The CSV is empty: its first line must be the header", List.of());
        if (lines.tooLong) throw new InvalidDossier("The CSV's first line is too long for a header", List.of());
        if (lines.number == 1 && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);  // the byte-order mark Excel writes
        }
        List<String> names;
        try {
            String text = utf8(bytes);
            if (text.isBlank()) throw new InvalidDossier("The CSV's first line is blank: it must be the header", List.of());
            names = fields(text).stream().map(String::strip).toList();
        } catch (CharacterCodingException e) {
            throw new InvalidDossier("The CSV's header is not valid UTF-8", List.of());
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InvalidDossier("The CSV's header is not valid CSV (a quote out of place)", List.of());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isEmpty()) throw new InvalidDossier("The CSV's header has no name for column " + (i + 1), List.of());
            if (!seen.add(names.get(i))) throw new InvalidDossier("The CSV's header names column " + (i + 1) + " twice", List.of());
        }
        List<String> missing = COLUMNS.stream().filter(c -> !OPTIONAL.contains(c) && !names.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidDossier("The CSV header lacks columns: " + String.join(", ", missing),
                    missing.stream().map(c -> new DossierRefusal.Field(c, "missing column")).toList());
        }
        return names;
    }

    private record Row(long line, String code, DossierService.Intake intake) {
    }

    private Row row(long line, String text, List<String> header, Counts counts) {
        List<String> values;
        try {
            values = fields(text);
        } catch (UncheckedIOException | IllegalStateException e) {
            counts.reject(line, "not valid CSV (a quote out of place)");
            return null;
        }
        if (values.size() != header.size()) {
            counts.reject(line, "has " + values.size() + " fields; the header has " + header.size());
            return null;
        }
        Map<String, String> byColumn = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) byColumn.put(header.get(i), values.get(i));
        try {
            String code = validator.code(byColumn.get("code"));
            DossierRequest request = new DossierRequest(byColumn.get("procedureCode"), byColumn.get("applicantName"),
                    byColumn.get("applicantPhone"), byColumn.get("zaloUserId"), byColumn.get("officerId"),
                    byColumn.get("receivedAt"), byColumn.get("appointmentAt"), byColumn.get("status"), byColumn.get("submission"));
            return new Row(line, code, validator.validate(request));
        } catch (DossierRefusal e) {
            counts.reject(line, e.reason());
            return null;
        }
    }

    /** The fields of one line of CSV. */
    private static List<String> fields(String line) {
        try (CSVParser parser = CSVParser.parse(line, LINE)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) throw new IllegalStateException("not one record");
            return records.get(0).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readable(long bytes) {
        if (bytes >= 1024 * 1024) return bytes / (1024 * 1024) + " MB";
        return bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " bytes";
    }

    /** Strict UTF-8: a byte sequence that is not UTF-8 is an error, never U+FFFD. */
    private static String utf8(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    }

    private void flush(Map<String, Row> batch, Counts counts) {
        if (batch.isEmpty()) return;
        Map<String, Dossier> stored = store.findAll(batch.keySet());
        List<Dossier> merged = new ArrayList<>();
        List<DossierStatusChanged> moved = new ArrayList<>();
        for (Row row : batch.values()) {
            Optional<Dossier> existing = Optional.ofNullable(stored.get(row.code()));
            try {
                Dossier d = dossiers.merged(existing, row.code(), row.intake());
                if (existing.isPresent() && existing.get().equals(d)) counts.unchanged++;
                else {
                    merged.add(d);
                    if (existing.isPresent()) counts.updated++;
                    else counts.created++;
                    if (existing.isPresent() && existing.get().status() != d.status()) {
                        moved.add(new DossierStatusChanged(d, existing.get().status()));
                    }
                }
            } catch (DossierRefusal e) {
                counts.reject(row.line(), e.reason());
            } catch (RuntimeException e) {
                // A row the checks let through but the dossier rules could not take: that row fails, not the import.
                log.warn("Dossier import: line {} could not be merged: {}", row.line(), e.getClass().getSimpleName());
                counts.reject(row.line(), "could not be taken in (an internal problem; the other rows go on)");
            }
        }
        store.saveAll(merged, stored, moved);
        batch.clear();
    }

    private static final class Counts {
        long rows;
        long created;
        long updated;
        long unchanged;
        long rejected;
        final List<RowError> errors = new ArrayList<>();

        void reject(long line, String reason) {
            rejected++;
            if (errors.size() < MAX_ERRORS_LISTED) errors.add(new RowError(line, reason));
        }
    }
}
