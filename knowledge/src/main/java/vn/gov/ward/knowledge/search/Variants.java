package vn.gov.ward.knowledge.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/**
 * Which procedures are variants of another, read from the catalogue's names: "đăng ký khai sinh lưu
 * động", "đăng ký lại khai sinh" and "đăng ký khai sinh có yếu tố nước ngoài" all say "đăng ký khai
 * sinh" and more. A variant's base is the procedure whose name says least of what the variant's name
 * says, starting the same way; the words the variant adds, in runs ("lưu động", "lại", "có yếu tố nước
 * ngoài"), are its qualifiers. A variant is the answer only when the question gives (or implies) its
 * qualifiers; otherwise its base is. A procedure "thực hiện tại cấp huyện" is a variant of the same
 * procedure at commune level: the district level no longer exists.
 */
final class Variants {

    /** Parenthesised remarks on level or code: "(thực hiện tại cấp xã)", "(cấp Xã)", "(1.010736)". */
    private static final Pattern REMARK = Pattern.compile("\\((?:[^()]*cấp (?:xã|huyện|tỉnh)[^()]*|[\\d.]+)\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROCEDURE_WORD = Pattern.compile("^(thủ tục|thủ Tục)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern DISTRICT = Pattern.compile("cấp huyện", Pattern.CASE_INSENSITIVE);
    /** The citizen's word for doing anything, folded: "làm lại" says the "lại" of "đăng ký lại" as well. */
    private static final String ANY_DOING = "lam";

    /**
     * @param base       the code of the procedure it varies
     * @param qualifiers the runs of folded syllables its name adds to the base's, chat words left out
     * @param leads      for a qualifier of one syllable, the syllable before it in the name ("ki" of "đăng ký lại"): said
     *                   without it, so common a word asks nothing ("kết hôn lại" is to marry again)
     */
    record Variant(String base, List<List<String>> qualifiers, Map<List<String>, String> leads) {

        Variant(String base, List<List<String>> qualifiers) {
            this(base, qualifiers, Map.of());
        }
    }

    private final Map<String, Variant> byCode = new HashMap<>();
    private final Map<String, List<String>> ofBase = new HashMap<>();

    Variants(Collection<Procedure> procedures, Set<String> chatWords) {
        Map<String, List<Token>> names = new HashMap<>();
        Map<String, Set<String>> content = new HashMap<>();
        for (Procedure p : procedures) {
            List<Token> name = Syllables.tokens(PROCEDURE_WORD.matcher(REMARK.matcher(p.name()).replaceAll(" ")).replaceFirst(""));
            names.put(p.code(), name);
            Set<String> words = new LinkedHashSet<>();
            for (Token t : name) if (!chatWords.contains(t.exact())) words.add(t.folded());
            content.put(p.code(), words);
        }
        Map<String, String> parent = new HashMap<>();
        for (Procedure p : procedures) {
            String code = p.code();
            String best = null;
            for (Procedure other : procedures) {
                String b = other.code();
                if (b.equals(code) || !sameStart(names.get(code), names.get(b))) continue;
                Set<String> sb = content.get(b);
                Set<String> sp = content.get(code);
                boolean subset = sp.containsAll(sb) && sb.size() >= 2;
                boolean properSubset = subset && sb.size() < sp.size();
                // The same name at district and at commune level: the district one varies the commune one.
                boolean districtCopy = subset && sb.size() == sp.size() && DISTRICT.matcher(p.name()).find()
                        && !DISTRICT.matcher(other.name()).find();
                if ((properSubset || districtCopy) && (best == null || content.get(best).size() > sb.size())) best = b;
            }
            if (best != null) parent.put(code, best);
        }
        for (Procedure p : procedures) {
            if (!parent.containsKey(p.code())) continue;
            String base = parent.get(p.code());
            Set<String> baseWords = content.get(base);
            List<List<String>> qualifiers = new ArrayList<>();
            Map<List<String>, String> leads = new HashMap<>();
            List<String> run = new ArrayList<>();
            String before = null;
            String lead = null;
            for (Token t : names.get(p.code())) {
                boolean chat = chatWords.contains(t.exact());
                if (!chat && !baseWords.contains(t.folded())) {
                    if (run.isEmpty()) lead = before;
                    run.add(t.folded());
                } else if (!chat && !run.isEmpty()) {
                    qualifiers.add(run);
                    if (run.size() == 1 && lead != null) leads.put(run, lead);
                    run = new ArrayList<>();
                }
                before = t.folded();
            }
            if (!run.isEmpty()) {
                qualifiers.add(run);
                if (run.size() == 1 && lead != null) leads.put(run, lead);
            }
            if (DISTRICT.matcher(p.name()).find() && qualifiers.isEmpty()) qualifiers.add(List.of("cap", "huyen"));
            byCode.put(p.code(), new Variant(base, List.copyOf(qualifiers), Map.copyOf(leads)));
            ofBase.computeIfAbsent(base, b -> new ArrayList<>()).add(p.code());
        }
    }

    /** The qualifiers of two syllables or more of every variant ("yếu tố nước ngoài", "khu vực biên giới"), folded. */
    Set<List<String>> qualifierRuns() {
        Set<List<String>> runs = new HashSet<>();
        byCode.values().forEach(v -> v.qualifiers().stream().filter(q -> q.size() >= 2).forEach(runs::add));
        return runs;
    }

    /** The codes of a procedure's variants, none when it is no base. */
    List<String> ofBase(String code) {
        return ofBase.getOrDefault(code, List.of());
    }

    /** Names that open with the same syllable (without marks): "đăng ký…" and "Đăng ký lại…". */
    private static boolean sameStart(List<Token> a, List<Token> b) {
        return !a.isEmpty() && !b.isEmpty() && a.get(0).folded().equals(b.get(0).folded());
    }

    Optional<Variant> of(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Whether a folded syllable pair lies inside one of the qualifiers a procedure's name adds to its base's
     * ("nước ngoài" of "đăng ký kết hôn có yếu tố nước ngoài"): what sets it apart, not what it is about.
     */
    boolean qualifies(String code, String pair) {
        Variant v = byCode.get(code);
        if (v == null) return false;
        for (List<String> q : v.qualifiers()) {
            for (int i = 0; i + 1 < q.size(); i++) {
                if (pair.equals(q.get(i) + " " + q.get(i + 1))) return true;
            }
        }
        return false;
    }

    /** How a question stands to a variant's qualifiers. */
    enum Asked { ALL, SOME, NONE, DENIED }

    /**
     * @param saidPairs   the question's syllable pairs (synonyms included)
     * @param said        its syllables
     * @param deniedPairs its denied syllable pairs, qualifier denials included
     * @param denied      its denied syllables
     * @param typed       its syllables as typed, folded, chat words included
     */
    static Asked asked(Variant variant, Set<String> saidPairs, Set<String> said, Set<String> deniedPairs, Set<String> denied,
                       List<String> typed) {
        int saidCount = 0;
        for (List<String> qualifier : variant.qualifiers()) {
            String lead = variant.leads().get(qualifier);
            if (mentions(qualifier, lead, deniedPairs, denied, List.of())) return Asked.DENIED;
            if (mentions(qualifier, lead, saidPairs, said, typed)) saidCount++;
        }
        return saidCount == 0 ? Asked.NONE : saidCount == variant.qualifiers().size() ? Asked.ALL : Asked.SOME;
    }

    /**
     * A qualifier of one syllable is mentioned by that syllable typed right after the syllable it follows in the name, when
     * there is one ("đăng ký lại"), or after "làm" ("làm lại khai sinh"); a longer one by one of its pairs.
     */
    private static boolean mentions(List<String> qualifier, String lead, Set<String> pairs, Set<String> syllables, List<String> typed) {
        if (qualifier.size() == 1) {
            String q = qualifier.get(0);
            if (lead == null) return syllables.contains(q);
            if (pairs.contains(lead + " " + q)) return true;
            for (int i = 1; i < typed.size(); i++) {
                if (typed.get(i).equals(q) && (typed.get(i - 1).equals(lead) || typed.get(i - 1).equals(ANY_DOING))) return true;
            }
            return false;
        }
        for (int i = 0; i + 1 < qualifier.size(); i++) {
            if (pairs.contains(qualifier.get(i) + " " + qualifier.get(i + 1))) return true;
        }
        return false;
    }
}
