package vn.gov.ward.assistant.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

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
 * appointmentAt and submission may be empty (submission may be left out).
 */
@Component
class DossierCsvImport {

    static final List<String> COLUMNS = List.of("code", "procedureCode", "applicantName", "applicantPhone", "zaloUserId",
            "officerId", "receivedAt", "appointmentAt", "status", "submission");
    private static final Set<String> OPTIONAL = Set.of("zaloUserId", "appointmentAt", "submission");
    private static final int BATCH = 1000;
    private static final int PROGRESS_EVERY = 10_000;
    private static final int MAX_ERRORS_LISTED = 1000;
    private static final Logger log = LoggerFactory.getLogger(DossierCsvImport.class);

    private final DossierService dossiers;
    private final DossierStore store;
    private final IntakeValidator validator;
    private final ApplicationEventPublisher events;

    DossierCsvImport(DossierService dossiers, DossierStore store, IntakeValidator validator, ApplicationEventPublisher events) {
        this.dossiers = dossiers;
        this.store = store;
        this.validator = validator;
        this.events = events;
    }

    /**
     * @param rejected rows refused; {@code errors} lists the first {@value #MAX_ERRORS_LISTED} of them
     */
    record Report(long rows, long created, long updated, long unchanged, long rejected, List<RowError> errors) {
    }

    record RowError(long line, String reason) {
    }

    Report run(InputStream body) throws IOException {
        Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get();
        Counts counts = new Counts();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            checkHeader(parser.getHeaderNames());
            Map<String, Row> batch = new LinkedHashMap<>();
            for (CSVRecord record : parser) {
                counts.rows++;
                Row row = row(record, counts);
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
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new InvalidDossier("The CSV cannot be read: " + e.getMessage(), List.of());
        }
        log.info("Dossier import done: {} rows, {} created, {} updated, {} unchanged, {} rejected",
                counts.rows, counts.created, counts.updated, counts.unchanged, counts.rejected);
        counts.errors.sort(Comparator.comparingLong(RowError::line));
        return new Report(counts.rows, counts.created, counts.updated, counts.unchanged, counts.rejected, counts.errors);
    }

    private static void checkHeader(List<String> header) {
        List<String> missing = COLUMNS.stream().filter(c -> !OPTIONAL.contains(c) && !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidDossier("The CSV header lacks columns: " + String.join(", ", missing),
                    missing.stream().map(c -> new DossierRefusal.Field(c, "missing column")).toList());
        }
    }

    private record Row(long line, String code, DossierService.Intake intake) {
    }

    private Row row(CSVRecord record, Counts counts) {
        long line = record.getParser().getCurrentLineNumber();
        try {
            String code = validator.code(value(record, "code"));
            DossierRequest request = new DossierRequest(value(record, "procedureCode"), value(record, "applicantName"),
                    value(record, "applicantPhone"), value(record, "zaloUserId"), value(record, "officerId"),
                    value(record, "receivedAt"), value(record, "appointmentAt"), value(record, "status"), value(record, "submission"));
            return new Row(line, code, validator.validate(request));
        } catch (DossierRefusal e) {
            counts.reject(line, e.reason());
            return null;
        }
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
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
            }
        }
        store.saveAll(merged, stored);
        moved.forEach(events::publishEvent);
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
