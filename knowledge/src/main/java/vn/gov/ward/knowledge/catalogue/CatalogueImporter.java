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
        try (InputStream in = CatalogueImporter.class.getResourceAsStream(BUNDLED)) {
            if (in == null) throw new CatalogueException(BUNDLED, null, "is missing from the class path");
            return importFrom(BUNDLED, in, ward);
        } catch (IOException e) {
            throw new CatalogueException(BUNDLED, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    public static ImportResult importFrom(String fileName, InputStream json, WardProfile ward) {
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
        for (String code : ward.procedures().keySet()) {
            if (!byCode.containsKey(code)) {
                throw new CatalogueException("ward layer", "procedures." + code, "names a code that is not in " + fileName);
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
        List<Quarantined> quarantined = new ArrayList<>();
        Set<String> quarantinedCodes = new LinkedHashSet<>();
        for (List<String> group : copies.values()) {
            if (group.size() < 2) continue;
            for (String code : group) {
                if (ward.override(code).reviewed()) continue;
                quarantinedCodes.add(code);
                quarantined.add(new Quarantined(code, VietnameseText.nfc(byCode.get(code).name()),
                        "same name and content as " + String.join(", ", group.stream().filter(c -> !c.equals(code)).toList())));
            }
        }

        List<Procedure> procedures = new ArrayList<>();
        int disabled = 0;
        for (RawProcedure r : byCode.values()) {
            if (quarantinedCodes.contains(r.code())) continue;
            if (ward.disabledFields().contains(VietnameseText.nfc(r.field()))) {
                disabled++;
                continue;
            }
            procedures.add(normalise(r, ward.override(r.code())));
        }
        return new ImportResult(new Catalogue(procedures), quarantined, disabled);
    }

    private static Procedure normalise(RawProcedure r, WardProfile.ProcedureOverride override) {
        String code = r.code().strip();
        List<SubmissionMethod> methods = r.submission().stream()
                .map(row -> submissionMethod(VietnameseText.nfc(row), r))
                .flatMap(Optional::stream).distinct().toList();
        List<String> keywords = new ArrayList<>(override.keywords());
        return new Procedure(code, VietnameseText.nfc(r.name()), VietnameseText.nfc(r.field()),
                VietnameseText.nfc(r.agency()), VietnameseText.nfc(r.result()), DocumentRows.groups(r.documents()),
                ProcessingTimes.of(r, methods, override.processingTime()), fee(Fees.of(r, methods), override), methods,
                r.legalBasis().stream().map(l -> legalReference(VietnameseText.nfc(l))).toList(),
                VietnameseText.nfc(r.steps()), VietnameseText.nfc(r.requirements()), r.sourceUrl(), sourceKind(r), keywords,
                blankToNull(override.note()));
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
