package vn.gov.ward.knowledge.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;
import vn.gov.ward.knowledge.catalogue.Catalogue;
import vn.gov.ward.knowledge.catalogue.CatalogueException;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/** The services of other agencies a question names, from search/referrals.yml. */
final class Referrals {

    /** Folded words that make what follows a place or a direction ("chết ở bệnh viện"), not the thing done to. */
    private static final Set<String> PLACE_WORDS = Set.of("o", "tai", "ve", "vao", "tu", "den", "sang", "qua");
    /** Folded words that make what follows the place where something is done ("công chứng ở văn phòng công chứng"). */
    private static final Set<String> AT_WORDS = Set.of("o", "tai");
    /** Words after a plain "phuong" that make it no ward ("phương tiện", "phương án", "phương thức"). */
    private static final Set<String> NOT_WARD_AFTER_PHUONG = Set.of("tien", "an", "thuc", "phap", "huong", "cham");
    /** How many syllables before a service's name a purpose word may stand ("để đi xuất khẩu lao động"). */
    private static final int PURPOSE_REACH = 2;
    /** Words that make what follows the purpose of something, or the other way of doing it. */
    private static final List<String> CONTEXT_CUES = List.of("để", "nhằm", "phục vụ", "dùng cho", "phục vụ cho",
            "hay phải", "hay là", "hay ra", "hay lên", "hay đến", "thay vì", "chứ không phải", "hoặc phải");
    /**
     * How many syllables may stand after the first of a service's name of three or more, its verb ("lãnh [bảo hiểm]
     * thất nghiệp", "hưởng [trợ cấp] thất nghiệp"), the first not a doing word unless it opens a word of the catalogue
     * that is more than doing ("trợ cấp", not "cấp lại"). Not in shorter names: "con [bị sai] dấu" is no seal.
     */
    private static final int MAX_GAP = 2;
    /**
     * How many syllables may stand inside a service's name of five or more, after its second to fourth syllable, not
     * at its last two: "chứng chỉ hành nghề [giám sát] xây dựng".
     */
    private static final int INNER_GAP = 5;
    /**
     * How many syllables may stand between a service's object said first and its verb said after, as citizens put
     * the thing first: "sổ đỏ mẫu cũ đổi sang sổ mới" for "đổi sổ đỏ".
     */
    private static final int OBJECT_FIRST_REACH = 3;

    /** A service's name that opens with its verb ({@code verbLength} syllables) and goes on with an object of two or more. */
    private record VerbFirst(Phrase term, int verbLength, Referral referral) {
    }

    private final PhraseIndex<Referral> terms = new PhraseIndex<>();
    private final PhraseIndex<Phrase> purposeCues = new PhraseIndex<>();
    /** The terms a verb opens, by the first syllable of their object (folded): a question looks up only its own words'. */
    private final Map<String, List<VerbFirst>> verbFirst = new HashMap<>();
    private final List<Referral> all;
    /** Per service's id, what it is about ({@link NamedReferral#about}). */
    private final Map<String, Set<String>> about = new HashMap<>();
    private final Set<String> doing;
    private final Predicate<String> knows;
    private final Predicate<String> actionPair;

    /**
     * @param doing    folded words that say what is done (chat words, actions' words)
     * @param acting   those of them that say nothing else: an action's words that are no chat word and open no chat
     *                 phrase ("đổi", not "mất" of "mất bao lâu" nor "muốn")
     * @param knows    whether the catalogue knows a folded syllable pair or single syllable (in a title, for a pair)
     * @param actionPair whether a folded syllable pair is an action's name ("cap lai")
     */
    Referrals(List<Referral> referrals, Set<String> doing, Set<String> acting, Predicate<String> knows, Predicate<String> actionPair) {
        Set<String> ids = new HashSet<>();
        Map<Phrase, Referral> byPhrase = new LinkedHashMap<>();
        for (Referral r : referrals) {
            if (r.id() == null || !ids.add(r.id())) throw new CatalogueException("/search/referrals.yml", r.id(), "needs a unique id");
            for (String t : r.terms()) {
                Phrase term = Phrase.of(t);
                byPhrase.putIfAbsent(term, r);
                objectOf(term, doing, knows).ifPresent(object -> byPhrase.putIfAbsent(object, r));
                int verb = 0;
                while (verb < term.length() && acting.contains(term.folded().get(verb))) verb++;
                if (verb > 0 && term.length() - verb >= 2) {
                    verbFirst.computeIfAbsent(term.folded().get(verb), k -> new ArrayList<>()).add(new VerbFirst(term, verb, r));
                }
            }
        }
        byPhrase.forEach(terms::add);
        terms.longestFirst();
        for (String cue : CONTEXT_CUES) purposeCues.add(Phrase.of(cue), Phrase.of(cue));
        purposeCues.longestFirst();
        this.all = List.copyOf(referrals);
        this.doing = Set.copyOf(doing);
        for (Referral r : referrals) {
            Set<String> words = new HashSet<>(Syllables.folded(r.service()));
            r.terms().forEach(t -> words.addAll(Syllables.folded(t)));
            words.removeAll(doing);
            about.put(r.id(), Set.copyOf(words));
        }
        this.knows = knows;
        this.actionPair = actionPair;
    }

    /** The reviewed referrals of search/referrals.yml. */
    static List<Referral> bundled() {
        return DataFiles.read("/search/referrals.yml", new TypeReference<List<Referral>>() { });
    }

    /** A referral that holds while a field is switched off (search/field-referrals.yml). */
    private record ForFieldOff(String whenFieldOff, Referral referral) {
    }

    /** The referrals for the fields none of the catalogue's procedures is in: the ward switched them off. */
    static List<Referral> forFieldsOff(Catalogue catalogue) {
        Set<String> fields = catalogue.procedures().stream().map(Procedure::field).filter(Objects::nonNull).collect(Collectors.toSet());
        return DataFiles.read("/search/field-referrals.yml", new TypeReference<List<ForFieldOff>>() { }).stream()
                .filter(f -> !fields.contains(f.whenFieldOff())).map(ForFieldOff::referral).toList();
    }

    /**
     * What a term is about with the words for what is done taken off its front ("bằng lái" of "đổi bằng lái"),
     * when the catalogue does not know it whole (one of its pairs is no title's: "bằng tốt" of "bằng tốt nghiệp"):
     * then any mention of it is about the other agency's service, whatever is asked done to it. Not when the
     * catalogue knows it ("hộ chiếu": the ward takes reports of lost ones), nor when it is a place ("bệnh viện" of
     * "chết ở bệnh viện").
     */
    private static Optional<Phrase> objectOf(Phrase term, Set<String> doing, Predicate<String> knows) {
        List<String> folded = term.folded();
        int start = 0;
        while (start < folded.size() && doing.contains(folded.get(start))) start++;
        if (start == 0 || start == folded.size() || PLACE_WORDS.contains(folded.get(start - 1))) return Optional.empty();
        List<String> object = folded.subList(start, folded.size());
        boolean knownWhole = object.size() == 1 ? knows.test(object.get(0)) : true;
        for (int i = 0; i + 1 < object.size(); i++) knownWhole &= knows.test(object.get(i) + " " + object.get(i + 1));
        return knownWhole ? Optional.empty() : Optional.of(new Phrase(term.syllables().subList(start, folded.size())));
    }

    /**
     * The service of another agency the question names, if any, other than as the purpose of something else
     * ("giấy xác nhận độc thân để đi xuất khẩu lao động" asks for the ward's certificate) or as the other way of
     * doing it ("công chứng ở phường hay phải ra văn phòng công chứng" asks about the ward): of those named as
     * written, the one named in most words ("giấy chứng sinh" in "bệnh viện ghi sai tên trong giấy chứng sinh",
     * not "bệnh viện"); else the first named with words inside (after its verb, then inside a long name) or its
     * object first.
     */
    Optional<NamedReferral> in(List<Token> tokens) {
        PhraseIndex.Match<Referral> longest = null;
        List<PhraseIndex.Match<Referral>> named = new ArrayList<>();
        for (PhraseIndex.Match<Referral> m : terms.findAll(tokens)) {
            if (purposeBefore(tokens, m.start()) || tellsTheCitizen(tokens, m.end())) continue;
            named.add(m);
            if (longest == null || m.length() > longest.length()) longest = m;
        }
        if (longest != null) {
            // Named in several of its terms ("công ty nợ lương … tranh chấp lao động"): all their words are the service's.
            Referral referral = longest.value();
            List<String> others = named.stream().filter(m -> m.value() == referral).flatMap(m -> m.phrase().folded().stream()).toList();
            return Optional.of(named(longest, tokens, others));
        }
        // Then with a few words inside the name, as citizens say it: "hưởng trợ cấp thất nghiệp", "lãnh bh thất nghiệp".
        for (int i = 0; i < tokens.size(); i++) {
            PhraseIndex.Match<Referral> m = terms.gappedAt(tokens, i, MAX_GAP, term -> term.length() >= 3 ? 1 : 0, at -> opensGap(tokens, at));
            if (m != null && !purposeBefore(tokens, m.start())) return Optional.of(named(m, tokens));
        }
        for (int i = 0; i < tokens.size(); i++) {
            PhraseIndex.Match<Referral> m = objectFirstAt(tokens, i);
            if (m != null && !purposeBefore(tokens, m.start())) return Optional.of(named(m, tokens));
        }
        // A long name with a qualifier inside it: "chứng chỉ hành nghề [giám sát] xây dựng".
        for (int split = 2; split <= 4; split++) {
            int at = split;
            for (int i = 0; i < tokens.size(); i++) {
                PhraseIndex.Match<Referral> m = terms.gappedAt(tokens, i, INNER_GAP, term -> term.length() >= 5 && at <= term.length() - 2 ? at : 0,
                        inside -> true);
                if (m != null && !purposeBefore(tokens, m.start())) return Optional.of(named(m, tokens));
            }
        }
        return Optional.empty();
    }

    /** A service named with its object first and its verb a few syllables after ("sổ đỏ mẫu cũ đổi…"), at {@code start}. */
    private PhraseIndex.Match<Referral> objectFirstAt(List<Token> tokens, int start) {
        for (VerbFirst v : verbFirst.getOrDefault(tokens.get(start).folded(), List.of())) {
            Phrase term = v.term();
            int objectLength = term.length() - v.verbLength();
            if (!term.matchesPart(v.verbLength(), term.length(), tokens, start)) continue;
            for (int at = start + objectLength; at <= start + objectLength + OBJECT_FIRST_REACH; at++) {
                if (term.matchesPart(0, v.verbLength(), tokens, at) && !hasItsOwnObject(tokens, at + v.verbLength())) {
                    return new PhraseIndex.Match<>(start, at + v.verbLength() - start, term, v.referral());
                }
            }
        }
        return null;
    }

    /**
     * Whether the verb said after the object is followed by a thing of its own, a pair the catalogue knows: "công ty đóng
     * bảo hiểm" is the company paying the insurance, not the company closed ("đóng công ty").
     */
    private boolean hasItsOwnObject(List<Token> tokens, int afterVerb) {
        return afterVerb + 1 < tokens.size() && knows.test(tokens.get(afterVerb).folded() + " " + tokens.get(afterVerb + 1).folded());
    }

    private boolean opensGap(List<Token> tokens, int at) {
        String word = tokens.get(at).folded();
        if (!doing.contains(word)) return true;
        if (at + 1 == tokens.size()) return false;
        String pair = word + " " + tokens.get(at + 1).folded();
        return knows.test(pair) && !actionPair.test(pair);
    }

    private NamedReferral named(PhraseIndex.Match<Referral> m, List<Token> tokens) {
        return named(m, tokens, List.of());
    }

    /** @param alsoNamedIn the folded words of the service's other terms the question says */
    private NamedReferral named(PhraseIndex.Match<Referral> m, List<Token> tokens, List<String> alsoNamedIn) {
        // "ở văn phòng công chứng", or a term that says the place itself: "tại đại sứ quán".
        boolean venue = (m.start() > 0 && AT_WORDS.contains(tokens.get(m.start() - 1).folded()) || AT_WORDS.contains(tokens.get(m.start()).folded()))
                && !namesAWard(tokens);
        List<String> phrase = m.phrase().folded();
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < phrase.size(); i++) pairs.add(phrase.get(i) + " " + phrase.get(i + 1));
        Set<String> words = new HashSet<>(phrase);
        words.addAll(alsoNamedIn);
        return new NamedReferral(m.value(), m.start(), venue, Set.copyOf(words), pairs, 0, Set.of(), Set.of(), about.get(m.value().id()),
                purposeAfter(tokens, m.end()), Set.of());
    }

    /** Whether the question names a ward ("ở phường", "UBND", "xã"; not the "phuong" of "phuong tien"). */
    private static boolean namesAWard(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.exact().equals("phường") || t.exact().equals("xã") || t.folded().equals("ubnd")) return true;
            if (t.plain() && t.folded().equals("phuong") && (i + 1 == tokens.size() || !NOT_WARD_AFTER_PHUONG.contains(tokens.get(i + 1).folded()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the agency named right before is who told the citizen what to do ("văn phòng công chứng bảo phải sửa giấy
     * khai sinh", "ngân hàng yêu cầu giấy xác nhận độc thân"): it is the story, not the service asked. As written with
     * marks: typed plain, "bao" is also "bao nhiêu".
     */
    private static boolean tellsTheCitizen(List<Token> tokens, int end) {
        if (end >= tokens.size()) return false;
        String next = tokens.get(end).exact();
        return TELLING.contains(next) || tokens.get(end).folded().equals("yeu") && end + 1 < tokens.size() && tokens.get(end + 1).folded().equals("cau");
    }

    /** Words, with marks, of an agency telling the citizen to do something. */
    private static final Set<String> TELLING = Set.of("bảo", "đòi", "nói", "kêu", "bắt", "hướng");

    private boolean purposeBefore(List<Token> tokens, int start) {
        for (int i = Math.max(0, start - PURPOSE_REACH - 1); i < start; i++) {
            PhraseIndex.Match<Phrase> cue = purposeCues.longestAt(tokens, i);
            if (cue != null && cue.end() <= start && start - cue.end() <= PURPOSE_REACH) return true;
        }
        return false;
    }

    /** Where a purpose word stands a few syllables after a service's name ("lý lịch tư pháp để đi…"); -1 if none. */
    private int purposeAfter(List<Token> tokens, int end) {
        for (int i = end; i < tokens.size() && i - end <= PURPOSE_REACH; i++) {
            if (purposeCues.longestAt(tokens, i) != null) return i;
        }
        return -1;
    }

    List<Referral> all() {
        return all;
    }
}
