package vn.gov.ward.knowledge.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

    private static final Pattern HEADING = Pattern.compile("^\\[([^\\]]*)]\\s*");
    private static final Pattern QUANTITY = Pattern.compile(
            "\\((\\d+) bản chính(?:\\s*,\\s*(\\d+) bản sao)?\\)\\s*$|\\((\\d+) bản sao\\)\\s*$");
    private static final Pattern FORM = Pattern.compile("\\(mẫu:\\s*");
    /** A form's title glued on to the document's name: "…NĐ-CP).Mẫu số 01 - …". */
    private static final Pattern GLUED_FORM_TITLE = Pattern.compile("(?<=[)\\p{Ll}])\\.(?=\\p{Lu})");
    private static final Pattern LIST_MARK = Pattern.compile("^[-+*•]+\\s*");
    private static final Pattern NOTE_START = Pattern.compile("^(lưu ý|ghi chú|chú ý)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern METHOD_PREFIX = Pattern.compile("^(Trực tiếp|Trực tuyến|Dịch vụ bưu chính):\\s*");
    private static final Pattern TIME = Pattern.compile(
            "^(\\d+(?:[.,]\\d+)?)\\s*(ngày làm việc|ngày|giờ làm việc|giờ)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMMEDIATE = Pattern.compile("(tiếp nhận|giải quyết|trả kết quả) ngay|trong ngày", Pattern.CASE_INSENSITIVE);
    private static final Pattern FEE = Pattern.compile("^(.*?)(?:\\s*\\((.*)\\))?$", Pattern.DOTALL);
    private static final Pattern FEE_NOTE_SAYS_NOTHING = Pattern.compile(
            "^[-\\s]*(không|không có|không quy định|chưa quy định|không thu|không thu phí|miễn phí|miễn lệ phí)[.\\s]*$",
            Pattern.CASE_INSENSITIVE);
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
        ProcessingTime time;
        if (override.processingTime() != null) {
            time = new ProcessingTime(List.of(parseTime(override.processingTime(), null).orElseThrow(() ->
                    new CatalogueException("ward layer", "procedures." + code,
                            "processingTime '" + override.processingTime() + "' needs a number and a unit, e.g. '5 ngày làm việc'"))));
        } else {
            time = processingTime(r, methods);
        }
        List<String> keywords = new ArrayList<>(override.keywords());
        return new Procedure(code, VietnameseText.nfc(r.name()), VietnameseText.nfc(r.field()),
                VietnameseText.nfc(r.agency()), VietnameseText.nfc(r.result()), documentGroups(r.documents()), time,
                fee(r, methods), methods, r.legalBasis().stream().map(l -> legalReference(VietnameseText.nfc(l))).toList(),
                VietnameseText.nfc(r.steps()), VietnameseText.nfc(r.requirements()), r.sourceUrl(), sourceKind(r), keywords);
    }

    private static Procedure.SourceKind sourceKind(RawProcedure r) {
        return switch (String.valueOf(r.sourceKind())) {
            case "portal-api" -> Procedure.SourceKind.PORTAL_API;
            case "index-only" -> Procedure.SourceKind.INDEX_ONLY;
            default -> Procedure.SourceKind.PORTAL_PAGE;
        };
    }

    // ---- documents -------------------------------------------------------------------------

    static List<DocumentGroup> documentGroups(List<String> rows) {
        Map<String, List<RequiredDocument>> documents = new LinkedHashMap<>();
        Map<String, List<String>> notes = new LinkedHashMap<>();
        for (String rawRow : rows) {
            if (rawRow == null || rawRow.isBlank()) continue;
            String row = VietnameseText.nfc(rawRow);
            String heading = "";
            Matcher h = HEADING.matcher(row);
            if (h.find()) {
                heading = cleanHeading(h.group(1));
                row = row.substring(h.end());
            }
            documents.computeIfAbsent(heading, k -> new ArrayList<>());
            notes.computeIfAbsent(heading, k -> new ArrayList<>());

            int originals = 0;
            int copies = 0;
            boolean quantified = false;
            Matcher q = QUANTITY.matcher(row);
            if (q.find()) {
                quantified = true;
                if (q.group(3) != null) {
                    copies = quantity(q.group(3));
                } else {
                    originals = quantity(q.group(1));
                    copies = q.group(2) == null ? 0 : quantity(q.group(2));
                }
                row = row.substring(0, q.start()).strip();
            }
            String form = null;
            Matcher f = FORM.matcher(row);
            int formStart = -1;
            while (f.find()) formStart = f.start();
            if (formStart >= 0) {
                String tail = row.substring(formStart).replaceFirst("^\\(mẫu:\\s*", "");
                form = tail.endsWith(")") ? tail.substring(0, tail.length() - 1).strip() : tail.strip();
                row = row.substring(0, formStart).strip();
                Matcher glued = GLUED_FORM_TITLE.matcher(row);
                if (glued.find()) {
                    String title = row.substring(glued.end()).strip();
                    row = row.substring(0, glued.start() + 1).strip();
                    form = title + (title.endsWith(".") || title.endsWith("(") ? "" : " ") + form;
                }
            }
            String name = LIST_MARK.matcher(row).replaceFirst("").strip();
            if (name.isEmpty()) continue;
            boolean note = heading.toLowerCase(Locale.ROOT).startsWith("lưu ý")
                    || (quantified && originals == 0 && copies == 0)
                    || NOTE_START.matcher(name).matches();
            if (note) notes.get(heading).add(name);
            else documents.get(heading).add(new RequiredDocument(name, originals, copies, form));
        }
        List<DocumentGroup> groups = new ArrayList<>();
        for (String heading : documents.keySet()) {
            if (documents.get(heading).isEmpty() && notes.get(heading).isEmpty()) continue;
            groups.add(new DocumentGroup(heading.isEmpty() ? null : heading, documents.get(heading), notes.get(heading)));
        }
        return groups;
    }

    private static String cleanHeading(String heading) {
        return heading.replaceFirst("^[*\\s]+", "").replaceFirst("[\\s:]+$", "").strip();
    }

    /** Form numbers glued in front of the quantity ("031 bản chính" is "mẫu 03" + "1 bản chính"). */
    private static int quantity(String digits) {
        int value = Integer.parseInt(digits.length() > 2 ? digits.substring(digits.length() - 1) : digits);
        return value > 9 ? value % 10 : value;
    }

    // ---- submission, time and fee ---------------------------------------------------------------

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
                time = parseTime(part.substring("Thời hạn:".length()), r).orElse(null);
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

    private static ProcessingTime processingTime(RawProcedure r, List<SubmissionMethod> methods) {
        Set<TimeLimit> limits = new LinkedHashSet<>();
        if (!blank(r.processingTime())) {
            for (String part : VietnameseText.nfc(r.processingTime()).split("\\s*\\|\\s*")) {
                parseTime(METHOD_PREFIX.matcher(part).replaceFirst(""), r).ifPresent(limits::add);
            }
        }
        if (limits.isEmpty()) {
            methods.stream().map(SubmissionMethod::timeLimit).filter(t -> t != null).forEach(limits::add);
        }
        return new ProcessingTime(new ArrayList<>(limits));
    }

    /**
     * A time value with its unit. A bare number takes the unit the procedure's own text gives that
     * number ("trong thời hạn 05 ngày làm việc"); with no such evidence it is unknown, never guessed.
     */
    static Optional<TimeLimit> parseTime(String value, RawProcedure context) {
        String text = VietnameseText.nfc(value);
        if (text == null || text.isEmpty()) return Optional.empty();
        if (IMMEDIATE.matcher(text).find()) return Optional.of(TimeLimit.immediate());
        Matcher m = TIME.matcher(text);
        if (!m.matches()) return Optional.empty();
        BigDecimal amount = new BigDecimal(m.group(1).replace(',', '.'));
        String unit = m.group(2);
        if (unit == null) {
            if (context == null) return Optional.empty();
            unit = unitFromText(amount, context).orElse(null);
            if (unit == null) return Optional.empty();
        }
        return Optional.of(new TimeLimit(amount, unit(unit)));
    }

    private static Optional<String> unitFromText(BigDecimal amount, RawProcedure r) {
        Pattern sameNumber = Pattern.compile("(?<![\\d.,])0*" + Pattern.quote(amount.toPlainString())
                + "\\s*(ngày làm việc|ngày|giờ làm việc|giờ)", Pattern.CASE_INSENSITIVE);
        for (String text : List.of(String.valueOf(r.steps()), String.join(" ", r.submission()), String.valueOf(r.requirements()))) {
            Matcher m = sameNumber.matcher(VietnameseText.nfc(text));
            if (m.find()) return Optional.of(m.group(1));
        }
        return Optional.empty();
    }

    private static TimeLimit.Unit unit(String label) {
        return switch (label.toLowerCase(Locale.ROOT)) {
            case "ngày làm việc" -> TimeLimit.Unit.WORKING_DAYS;
            case "ngày" -> TimeLimit.Unit.DAYS;
            default -> TimeLimit.Unit.WORKING_HOURS;
        };
    }

    static Fee fee(RawProcedure r, List<SubmissionMethod> methods) {
        List<String> parts = new ArrayList<>();
        if (!blank(r.fees())) {
            for (String part : VietnameseText.nfc(r.fees()).split("\\s*\\|\\s*")) {
                parts.add(METHOD_PREFIX.matcher(part).replaceFirst(""));
            }
        } else {
            methods.stream().map(SubmissionMethod::fee).filter(f -> f != null).forEach(parts::add);
        }
        List<Fee> fees = parts.stream().map(CatalogueImporter::fee).distinct().toList();
        if (fees.isEmpty()) return Fee.unknown();
        if (fees.size() == 1) return fees.get(0);
        // Several ways of submitting with different fees: a charged amount wins over "free", notes are kept.
        Fee charged = fees.stream().filter(f -> f.kind() == Fee.Kind.CHARGED).findFirst().orElse(null);
        if (charged != null) {
            String amounts = String.join("; ", fees.stream().filter(f -> f.amount() != null).map(Fee::amount).distinct().toList());
            return new Fee(Fee.Kind.CHARGED, amounts, charged.note());
        }
        return fees.stream().filter(f -> f.kind() == Fee.Kind.SET_ELSEWHERE).findFirst().orElse(fees.get(0));
    }

    private static Fee fee(String text) {
        Matcher m = FEE.matcher(text.strip());
        m.matches();
        String amount = m.group(1).strip();
        String note = m.group(2) == null ? null : m.group(2).strip();
        if (amount.toLowerCase(Locale.ROOT).startsWith("miễn phí") || amount.equalsIgnoreCase("không")) {
            boolean saysNothing = note == null || note.isEmpty() || FEE_NOTE_SAYS_NOTHING.matcher(note).matches();
            return saysNothing ? new Fee(Fee.Kind.FREE, null, null) : new Fee(Fee.Kind.SET_ELSEWHERE, null, note);
        }
        Matcher number = Pattern.compile("^([\\d.,]+)\\s*(?:VNĐ|VND|đồng|Việt Nam Đồng)?", Pattern.CASE_INSENSITIVE).matcher(amount);
        if (number.find()) {
            String money = number.group(1).replace(',', '.') + " đồng";
            if (note != null && note.startsWith("/")) {
                return new Fee(Fee.Kind.CHARGED, money + note, null);
            }
            return new Fee(Fee.Kind.CHARGED, money, note);
        }
        return new Fee(Fee.Kind.SET_ELSEWHERE, null, text.strip());
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
