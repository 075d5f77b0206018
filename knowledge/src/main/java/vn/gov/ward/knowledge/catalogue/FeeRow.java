package vn.gov.ward.knowledge.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One fee row of the portal, for one way of submitting or for all: "50,000 Việt Nam Đồng (- Mức lệ phí cụ thể do …)"
 * read into what it charges (the amount with the unit its note gives), whether the note agrees it is free, defers
 * to the province or contradicts the amount, and the riders a citizen should know (exemptions, copies charged apart,
 * a rate for a period).
 */
final class FeeRow {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern HEAD_AMOUNT = Pattern.compile("^([\\d.,]+)\\s*(VNĐ|VND|Việt Nam Đồng|đồng|USD)?", CI);
    private static final Pattern FREE_HEAD = Pattern.compile("^(?:miễn phí|không)\\b", CI);
    private static final Pattern NO_INFORMATION = Pattern.compile("^không có thông tin", CI);
    /** "Lệ phí : 400.000 Đồng (…)", "Đồng (…)": the portal's label around the note. */
    private static final Pattern LABELLED = Pattern.compile("^(?:lệ phí|phí)\\s*:\\s*(?:[\\d.,]+\\s*)?đồng\\s*(.*)$", CI | Pattern.DOTALL);
    private static final Pattern CURRENCY_WRAPPED = Pattern.compile("^(?:[\\d.,]+\\s*)?đồng\\s*\\((.*)\\)$", CI | Pattern.DOTALL);
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.;])\\s+(?=\\p{Lu})|\\s+-\\s+|^\\s*[-+]\\s*|\\s*[:.;]\\s*\\+\\s+");
    private static final Pattern AMOUNT_IN_NOTE = Pattern.compile("(\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s*(?:đồng|đ|Đồng)(?!\\p{L})\\s*(/[^.;,()]+)?");
    private static final Pattern UNIT_TAIL = Pattern.compile("\\s+(?:về|của|đối với|theo|cho|khi|trong|do)\\s.*$");
    private static final Pattern SAYS_NOTHING = Pattern.compile(
            "^(?:không|không có|không quy định|chưa quy định|không thu|không thu phí|miễn phí|miễn lệ phí)[.\\s]*$", CI);
    private static final Pattern PROVINCE = Pattern.compile("hội đồng nhân dân|hđnd", CI);
    private static final Pattern FEE_LAW = Pattern.compile("luật phí và lệ phí", CI);
    private static final Pattern NOT_CHARGED = Pattern.compile("^không thu (?:lệ )?phí", CI);
    private static final Pattern EXEMPTION = Pattern.compile("^miễn (?:lệ )?phí\\s+\\S", CI);
    private static final Pattern COPY_FEE = Pattern.compile("^phí cấp (bản sao .+?) thực hiện theo", CI);
    private static final Pattern PERIOD = Pattern.compile("^(?:kể )?từ ngày .*?đến hết ngày (\\d{1,2})/(\\d{1,2})/(\\d{4})", CI);
    private static final Pattern PERIOD_SHARE = Pattern.compile("^(?:kể )?từ ngày (\\S+) đến hết ngày (\\S+?),? .*? bằng (\\d+%) mức thu", CI);
    private static final Pattern SERVICE = Pattern.compile("^trả phí cho đơn vị cung cấp dịch vụ", CI);
    private static final Pattern LEGAL_TAIL = Pattern.compile(",?\\s+(?:theo quy định tại|theo|tại) (?:Thông tư|Nghị định|Luật|Quyết định)\\b.*$");
    private static final Pattern LEGAL_NUMBER = Pattern.compile("(Thông tư|Nghị định|Quyết định|Nghị quyết)(?: số)? (\\d+(?:\\.\\d+)?/\\d{4}/[\\p{Lu}Đ][\\p{L}\\d\\-]*)");

    private SubmissionChannel channel;
    private Fee.Kind kind;
    private String amount;
    private String currency;
    /** The portal's note as printed, its label taken off. */
    private String note;
    /** For {@link Fee.Kind#SET_ELSEWHERE}: where the amount is set, or what is wrong with the one printed. */
    private String elsewhere;
    private boolean province;
    private String latestPeriod;
    private final List<String> riders = new ArrayList<>();

    static FeeRow parse(SubmissionChannel channel, String text, List<SubmissionMethod> methods) {
        FeeRow p = new FeeRow();
        p.channel = channel;
        String t = text.strip();
        int open = t.indexOf(" (");
        String head = open < 0 ? t : t.substring(0, open).strip();
        p.note = open < 0 ? null : unwrap(t.substring(open + 1).strip());
        List<String> sentences = sentences(p.note);
        Matcher amount = HEAD_AMOUNT.matcher(head);
        if (NO_INFORMATION.matcher(head).find()) {
            p.kind = Fee.Kind.UNKNOWN;
        } else if (head.equals("0")) {
            p.kind = Fee.Kind.SET_ELSEWHERE;
            p.elsewhere = "Cổng ghi mức 0 đồng, không kèm ghi chú";
        } else if (amount.find()) {
            p.charged(amount, sentences, methods);
        } else if (FREE_HEAD.matcher(head).find()) {
            p.free(sentences);
        } else {
            p.kind = Fee.Kind.SET_ELSEWHERE;
            p.elsewhere = head;
        }
        return p;
    }

    private void charged(Matcher head, List<String> sentences, List<SubmissionMethod> methods) {
        kind = Fee.Kind.CHARGED;
        BigDecimal value = new BigDecimal(head.group(1).replaceAll("[.,]", ""));
        currency = head.group(2) != null && head.group(2).equalsIgnoreCase("USD") ? "USD" : "đồng";
        String unit = note != null && note.startsWith("/") ? note.strip().replaceFirst("\\.$", "") : "";
        List<String> others = new ArrayList<>();
        for (String s : sentences) {
            Matcher m = AMOUNT_IN_NOTE.matcher(s);
            while (m.find()) {
                BigDecimal stated = new BigDecimal(m.group(1).replace(".", ""));
                if (stated.compareTo(value) == 0) {
                    if (unit.isEmpty() && m.group(2) != null) unit = unitOf(m.group(2));
                } else {
                    others.add(m.group().strip());
                }
            }
            read(s, value);
        }
        amount = money(value) + " " + currency + unit;
        if (!others.isEmpty() && sentences.stream().noneMatch(s -> mentions(s, value))) {
            // The note states another amount than the row: neither is told as the fee.
            kind = Fee.Kind.SET_ELSEWHERE;
            elsewhere = "Cổng ghi không thống nhất (" + amount + " và " + others.get(0) + ")";
            return;
        }
        for (SubmissionMethod m : methods) {
            String description = m.description() == null ? "" : m.description();
            int at = description.indexOf(money(value) + " đồng" + unit);
            if (at < 0 || unit.isEmpty()) continue;
            String rest = description.substring(at + (money(value) + " đồng" + unit).length());
            int end = rest.indexOf(". ");
            String more = (end < 0 ? rest : rest.substring(0, end)).replaceFirst("^[\\s;,]+", "").replaceFirst("\\.$", "").strip();
            if (!more.isEmpty() && !more.startsWith("(")) riders.add(more);
        }
    }

    private void free(List<String> sentences) {
        kind = Fee.Kind.FREE;
        boolean agrees = true;
        boolean exempts = false;
        for (String s : sentences) {
            if (SAYS_NOTHING.matcher(s).matches() || NOT_CHARGED.matcher(s).find()) continue;
            if (EXEMPTION.matcher(s).find()) exempts = true;
            if (!read(s, null)) agrees = false;
        }
        if (province) return;
        if (!agrees || (exempts && sentences.stream().noneMatch(s -> SAYS_NOTHING.matcher(s).matches()))) {
            kind = Fee.Kind.SET_ELSEWHERE;
            if (elsewhere == null) elsewhere = riders.isEmpty() ? where(sentences) : String.join("; ", riders);
        }
    }

    /** Takes what a note sentence says for the citizen; false when it is a sentence this cannot read. */
    private boolean read(String s, BigDecimal amount) {
        Matcher copy = COPY_FEE.matcher(s);
        if (PROVINCE.matcher(s).find()) {
            province = true;
        } else if (EXEMPTION.matcher(s).find()) {
            riders.add(lowerFirst(s.replaceFirst("[.;]$", "")));
        } else if (copy.find()) {
            riders.add(copy.group(1).replace(" (nếu có yêu cầu)", ", nếu có yêu cầu,") + " tính phí riêng");
        } else if (PERIOD.matcher(s).find()) {
            // A rate for a period: under an amount it qualifies it (the latest period is the one in force); under
            // "Miễn phí" it says the amount is set elsewhere.
            if (amount == null) return false;
            period(s);
        } else if (SERVICE.matcher(s).find()) {
            elsewhere = "trả phí cho đơn vị cung cấp dịch vụ";
            return false;
        } else if (FEE_LAW.matcher(s).find()) {
            elsewhere = "theo quy định của pháp luật về phí, lệ phí";
            return false;
        } else {
            return amount != null && mentions(s, amount);
        }
        return true;
    }

    private void period(String sentence) {
        String text = periodText(sentence);
        if (latestPeriod == null || end(sentence).compareTo(end(latestPeriod)) > 0) {
            if (latestPeriod != null) riders.remove(periodText(latestPeriod));
            latestPeriod = sentence;
            riders.add(text);
        }
    }

    /** "Kể từ ngày 01/7/2025 đến hết ngày 31/12/2026 mức thu … bằng 50% mức thu nêu trên" → "từ ngày 01/7/2025 đến hết ngày 31/12/2026 thu 50% mức này". */
    private static String periodText(String sentence) {
        Matcher share = PERIOD_SHARE.matcher(sentence);
        if (share.find()) return "từ ngày " + share.group(1) + " đến hết ngày " + share.group(2) + " thu " + share.group(3) + " mức này";
        return lowerFirst(LEGAL_TAIL.matcher(sentence).replaceFirst("").replaceFirst("[.;]$", ""));
    }

    /** "yyyymmdd" of the period's last day. */
    private static String end(String sentence) {
        Matcher m = PERIOD.matcher(sentence);
        m.find();
        return m.group(3) + "%02d%02d".formatted(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }

    private static boolean mentions(String sentence, BigDecimal value) {
        Matcher m = AMOUNT_IN_NOTE.matcher(sentence);
        while (m.find()) if (new BigDecimal(m.group(1).replace(".", "")).compareTo(value) == 0) return true;
        return false;
    }

    /** What a note that names no amount says of where it is set: the acts it names, or its first sentence. */
    private static String where(List<String> sentences) {
        Set<String> acts = new LinkedHashSet<>();
        for (String s : sentences) {
            Matcher m = LEGAL_NUMBER.matcher(s);
            while (m.find()) acts.add(m.group(1) + " " + m.group(2));
        }
        if (!acts.isEmpty()) return "mức thu theo " + String.join(", ", acts);
        return sentences.isEmpty() ? null : lowerFirst(sentences.get(0).replaceFirst("[.;]$", ""));
    }

    private static String unwrap(String note) {
        String n = note;
        for (String before = null; !n.equals(before); ) {
            before = n;
            if (enclosed(n)) n = n.substring(1, n.length() - 1).strip();
            for (Pattern label : List.of(LABELLED, CURRENCY_WRAPPED)) {
                Matcher w = label.matcher(n);
                if (w.matches()) n = w.group(1).strip();
            }
        }
        return n;
    }

    /** "(…)" whose first bracket closes at its end. */
    private static boolean enclosed(String text) {
        if (!text.startsWith("(") || !text.endsWith(")")) return false;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) return i == text.length() - 1;
        }
        return false;
    }

    private static List<String> sentences(String note) {
        if (note == null) return List.of();
        List<String> result = new ArrayList<>();
        for (String s : SENTENCE_BREAK.split(note)) {
            String t = s.strip().replaceFirst("^[-+]\\s*", "");
            if (!t.isEmpty()) result.add(t);
        }
        return result;
    }

    /** "/Văn bản xác nhận về một việc hộ tịch…" → "/văn bản xác nhận". */
    private static String unitOf(String unit) {
        String u = UNIT_TAIL.matcher(unit.strip()).replaceFirst("").strip();
        if (u.length() > 2 && Character.isUpperCase(u.charAt(1)) && !Character.isUpperCase(u.charAt(2))) {
            u = "/" + u.substring(1, 2).toLowerCase(Locale.ROOT) + u.substring(2);
        }
        return u;
    }

    private static String money(BigDecimal value) {
        return String.format(Locale.ROOT, "%,d", value.longValue()).replace(',', '.');
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() || (s.length() > 1 && Character.isUpperCase(s.charAt(1))) ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    SubmissionChannel channel() {
        return channel;
    }

    Fee.Kind kind() {
        return kind;
    }

    String amount() {
        return amount;
    }

    String currency() {
        return currency;
    }

    String note() {
        return note;
    }

    String elsewhere() {
        return elsewhere;
    }

    boolean province() {
        return province;
    }

    List<String> riders() {
        return riders;
    }
}
