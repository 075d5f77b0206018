package vn.gov.ward.knowledge.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.knowledge.analysis.VietnameseText;
import vn.gov.ward.knowledge.ward.WardProfile;

/**
 * Turns the crawled national catalogue into the project's own: documents split from glued form
 * names and told apart from notes, processing times with units, fees with their notes, copies of
 * another procedure's page quarantined, the ward's layer applied. See shared/catalogue/README.md.
 */
public final class CatalogueImporter {

    /** The catalogue shipped with the knowledge module. */
    public static final String BUNDLED = "/catalogue/ward-procedures.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Pattern LEGAL_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?/\\d{4}/[\\p{Lu}Đ][\\p{L}\\d\\-]*");
    private static final Pattern GLUED_NUMBER_TAIL = Pattern.compile("(?<=\\p{L})\\d+/\\d{4}$");

    private CatalogueImporter() {
    }

    /** Imports the catalogue shipped with this module. */
    public static ImportResult importBundled(WardProfile ward) {
        return readBundled().withWard(ward);
    }

    public static ImportResult importFrom(String fileName, InputStream json, WardProfile ward) {
        return read(fileName, json).withWard(ward);
    }

    /**
     * The catalogue shipped with this module, read and checked, for a process that imports it again with each change of
     * the ward's layer: see {@link NationalRecords}.
     */
    public static NationalRecords readBundled() {
        try (InputStream in = CatalogueImporter.class.getResourceAsStream(BUNDLED)) {
            if (in == null) throw new CatalogueException(BUNDLED, null, "is missing from the class path");
            return read(BUNDLED, in);
        } catch (IOException e) {
            throw new CatalogueException(BUNDLED, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** A catalogue file read and checked record by record, the ward's layer not yet applied. */
    public static NationalRecords read(String fileName, InputStream json) {
        List<RawProcedure> raw;
        try {
            raw = JSON.readValue(json, new TypeReference<List<RawProcedure>>() { });
        } catch (JacksonException e) {
            throw CatalogueException.fromJson(fileName, e);
        }
        if (raw == null || raw.isEmpty()) throw new CatalogueException(fileName, null, "holds no procedures");

        Map<String, RawProcedure> byCode = new LinkedHashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            RawProcedure r = raw.get(i);
            String where = "record #" + (i + 1);
            if (r == null) throw new CatalogueException(fileName, where, "is null");
            if (blank(r.code())) throw new CatalogueException(fileName, where, "has no code");
            if (blank(r.name())) throw new CatalogueException(fileName, where + " (" + r.code() + ")", "has no name");
            if (byCode.putIfAbsent(r.code().strip(), r) != null) {
                throw new CatalogueException(fileName, where + " (" + r.code() + ")", "repeats a code already in the file");
            }
        }

        Map<String, String> contentOwner = new LinkedHashMap<>();
        Map<String, List<String>> copies = new LinkedHashMap<>();
        for (RawProcedure r : byCode.values()) {
            if ("index-only".equals(r.sourceKind())) continue;
            String content = VietnameseText.nfc(String.join("\u0001", r.name(), String.valueOf(r.documents()),
                    String.valueOf(r.steps()), String.valueOf(r.requirements()), String.valueOf(r.result())));
            String first = contentOwner.putIfAbsent(content, r.code());
            copies.computeIfAbsent(first == null ? r.code() : first, k -> new ArrayList<>()).add(r.code());
        }
        return new NationalRecords(fileName, byCode, copies.values().stream().filter(group -> group.size() > 1).map(List::copyOf).toList());
    }

    /**
     * A catalogue file's records, read and checked, with what does not depend on the ward's layer worked out once: which
     * records are copies of another page, and each record's cleaned text (documents split and told from notes, times
     * and fees read: most of an import's work). {@link #withWard} applies a layer to them: the first import cleans the
     * records it keeps, a later one with another layer (another keyword, fee or note from the ward's console) only
     * applies the layer, and procedures a layer leaves as they were are the same instances in both catalogues. Safe
     * for use by several threads.
     */
    public static final class NationalRecords {

        private final String fileName;
        private final Map<String, RawProcedure> byCode;
        private final List<List<String>> copies;
        private final Map<String, Cleaned> cleaned = new ConcurrentHashMap<>();

        private NationalRecords(String fileName, Map<String, RawProcedure> byCode, List<List<String>> copies) {
            this.fileName = fileName;
            this.byCode = byCode;
            this.copies = copies;
        }

        /** The catalogue with the ward's layer applied: its fields switched off, its reviews, keywords, times, fees and notes. */
        public ImportResult withWard(WardProfile ward) {
            for (String code : ward.procedures().keySet()) {
                if (!byCode.containsKey(code)) {
                    throw new CatalogueException("ward layer", "procedures." + code, "names a code that is not in " + fileName);
                }
            }
            List<Quarantined> quarantined = new ArrayList<>();
            Set<String> quarantinedCodes = new LinkedHashSet<>();
            for (List<String> group : copies) {
                for (String code : group) {
                    if (ward.override(code).reviewed()) continue;
                    quarantinedCodes.add(code);
                    quarantined.add(new Quarantined(code, VietnameseText.nfc(byCode.get(code).name()),
                            "same name and content as " + String.join(", ", group.stream().filter(c -> !c.equals(code)).toList())));
                }
            }

            List<Procedure> procedures = new ArrayList<>();
            int disabled = 0;
            for (Map.Entry<String, RawProcedure> record : byCode.entrySet()) {
                RawProcedure r = record.getValue();
                if (quarantinedCodes.contains(r.code())) continue;
                if (ward.disabledFields().contains(VietnameseText.nfc(r.field()))) {
                    disabled++;
                    continue;
                }
                procedures.add(cleaned.computeIfAbsent(record.getKey(), code -> clean(r)).withOverride(ward.override(r.code())));
            }
            return new ImportResult(new Catalogue(procedures), quarantined, disabled);
        }
    }

    /**
     * A record as the portal gives it, cleaned, without the ward's layer: what a layer changes is worked out again from
     * the raw record (the ward's processing time), the rest is kept.
     */
    private record Cleaned(RawProcedure raw, List<SubmissionMethod> methods, Procedure procedure) {

        Procedure withOverride(WardProfile.ProcedureOverride override) {
            String fee = blankToNull(override.fee());
            String note = blankToNull(override.note());
            if (override.keywords().isEmpty() && override.processingTime() == null && fee == null && note == null) return procedure;
            ProcessingTime time = override.processingTime() == null ? procedure.processingTime()
                    : ProcessingTimes.of(raw, methods, override.processingTime());
            Procedure p = procedure;
            return new Procedure(p.code(), p.name(), p.field(), p.agency(), p.result(), p.documentGroups(), time, fee(p.fee(), override),
                    p.submissionMethods(), p.legalBasis(), p.steps(), p.requirements(), p.sourceUrl(), p.sourceKind(), override.keywords(),
                    note);
        }
    }

    private static Cleaned clean(RawProcedure r) {
        String code = r.code().strip();
        List<SubmissionMethod> methods = r.submission().stream()
                .map(row -> submissionMethod(VietnameseText.nfc(row), r))
                .flatMap(Optional::stream).distinct().toList();
        return new Cleaned(r, methods, new Procedure(code, VietnameseText.nfc(r.name()), VietnameseText.nfc(r.field()),
                VietnameseText.nfc(r.agency()), VietnameseText.nfc(r.result()), DocumentRows.groups(r.documents()),
                ProcessingTimes.of(r, methods, null), Fees.of(r, methods), methods,
                r.legalBasis().stream().map(l -> legalReference(VietnameseText.nfc(l))).toList(),
                VietnameseText.nfc(r.steps()), VietnameseText.nfc(r.requirements()), r.sourceUrl(), sourceKind(r), List.of(), null));
    }

    /** The ward's own amount under its local decision wins over the portal's; the portal's notes stay the basis. */
    private static Fee fee(Fee portal, WardProfile.ProcedureOverride override) {
        if (blankToNull(override.fee()) == null) return portal;
        String decision = blankToNull(override.feeDecision());
        return new Fee(Fee.Kind.CHARGED, override.fee().strip(), decision == null ? null : "theo " + decision, portal.basis());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Procedure.SourceKind sourceKind(RawProcedure r) {
        return switch (String.valueOf(r.sourceKind())) {
            case "portal-api" -> Procedure.SourceKind.PORTAL_API;
            case "index-only" -> Procedure.SourceKind.INDEX_ONLY;
            default -> Procedure.SourceKind.PORTAL_PAGE;
        };
    }

    // ---- ways of submitting ------------------------------------------------------------------

    private static Optional<SubmissionMethod> submissionMethod(String row, RawProcedure r) {
        String[] parts = row.split(" — ");
        Optional<SubmissionChannel> channel = SubmissionChannel.fromLabel(parts[0]);
        if (channel.isEmpty()) return Optional.empty();
        TimeLimit time = null;
        String fee = null;
        String description = null;
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.startsWith("Thời hạn:")) {
                time = ProcessingTimes.parse(part.substring("Thời hạn:".length()), r).orElse(null);
            } else if (part.startsWith("Phí, lệ phí:")) {
                String value = part.substring("Phí, lệ phí:".length()).strip();
                fee = value.equalsIgnoreCase("Không có thông tin") ? null : value;
            } else if (part.startsWith("Mô tả:")) {
                description = String.join(" — ", Arrays.copyOfRange(parts, i, parts.length))
                        .substring("Mô tả:".length()).strip();
                break;
            }
        }
        return Optional.of(new SubmissionMethod(channel.get(), time, fee, description));
    }

    // ---- legal basis -----------------------------------------------------------------------------

    static LegalReference legalReference(String row) {
        int split = row.lastIndexOf(" — ");
        if (split > 0) return new LegalReference(row.substring(0, split).strip(), row.substring(split + 3).strip());
        Matcher number = LEGAL_NUMBER.matcher(row);
        String title = GLUED_NUMBER_TAIL.matcher(row).replaceFirst("").strip();
        return new LegalReference(title, number.find() ? number.group() : null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A record kept out of the knowledge base until a person reviews it in the ward layer. */
    public record Quarantined(String code, String name, String reason) {
    }

    /**
     * @param disabledByWard procedures left out because the ward switched their field off
     */
    public record ImportResult(Catalogue catalogue, List<Quarantined> quarantined, int disabledByWard) {
        public ImportResult {
            quarantined = List.copyOf(quarantined);
        }

        /** One line for the start-up log. */
        public String summary() {
            return "%d procedures imported, %d quarantined as copies of another page (%s), %d in fields the ward switched off"
                    .formatted(catalogue.size(), quarantined.size(),
                            String.join(", ", quarantined.stream().map(Quarantined::code).toList()), disabledByWard);
        }
    }
}
