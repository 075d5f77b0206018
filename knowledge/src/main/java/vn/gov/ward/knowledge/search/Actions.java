package vn.gov.ward.knowledge.search;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.type.TypeReference;
import vn.gov.ward.knowledge.analysis.VietnameseText;
import vn.gov.ward.knowledge.catalogue.CatalogueException;
import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/**
 * What a procedure does to its object and what a question asks to be done, from search/actions.yml:
 * a citizen who lost their ID card wants it issued again, not for the first time; one who says
 * nothing of the kind wants the first-time procedure, not the reissue.
 */
final class Actions {

    /** What is done to an object. */
    enum Action {
        ISSUE, ESTABLISH, RECOGNISE, REISSUE, COPY, EXCHANGE, EXTEND, CHANGE, MERGE, PAUSE, RESUME, CLOSE, REVOKE, WITHDRAW, REPORT_LOSS, ACCESS;

        static Action of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** The question says an action, and the procedure does another. */
    static final double OTHER_ACTION = 0.3;
    /** The question says an action, and the procedure issues for the first time. */
    static final double FIRST_TIME_INSTEAD = 0.4;
    /** The question says an action, and the procedure's name says none. */
    static final double NO_ACTION_NAMED = 0.8;
    /** The question says no action, and the procedure does something other than issuing for the first time. */
    static final double ACTION_NOT_ASKED = 0.6;

    private static final Pattern PROCEDURE_WORD = Pattern.compile("^thủ tục\\s+", Pattern.CASE_INSENSITIVE);

    /** @param wordsOfThings its names' words also name things elsewhere ("khai" of "khai thác", "khai báo"): no doing words */
    private record Entry(String action, List<String> names, List<String> says, Boolean wordsOfThings) {
    }

    private final PhraseIndex<Action> inNames = new PhraseIndex<>();
    private final PhraseIndex<Set<Action>> inQuestions = new PhraseIndex<>();
    private final Set<String> actionPairs = new java.util.HashSet<>();
    private final Set<String> saidPairs = new java.util.HashSet<>();
    private final Set<String> words = new java.util.HashSet<>();
    private final Set<String> tonedWords = new java.util.HashSet<>();

    private Actions(List<Entry> entries) {
        Map<Phrase, Set<Action>> says = new LinkedHashMap<>();
        for (Entry e : entries) {
            Action action = Action.of(e.action());
            for (String n : e.names()) {
                Phrase name = Phrase.of(n);
                inNames.add(name, action);
                if (Boolean.TRUE.equals(e.wordsOfThings())) continue;
                words.addAll(name.folded());
                name.syllables().forEach(s -> tonedWords.add(VietnameseText.toned(s)));
                for (int i = 0; i + 1 < name.length(); i++) actionPairs.add(name.folded().get(i) + " " + name.folded().get(i + 1));
            }
            e.says().forEach(s -> says.computeIfAbsent(Phrase.of(s), k -> EnumSet.noneOf(Action.class)).add(action));
            e.says().stream().map(Phrase::of).filter(p -> p.length() == 2).forEach(p -> saidPairs.add(String.join(" ", p.folded())));
        }
        says.forEach(inQuestions::add);
    }

    static Actions bundled() {
        String resource = "/search/actions.yml";
        List<Entry> entries = DataFiles.read(resource, new TypeReference<List<Entry>>() { });
        try {
            return new Actions(entries);
        } catch (IllegalArgumentException e) {
            throw new CatalogueException(resource, null, "names an unknown action: " + e.getMessage());
        }
    }

    /** The folded words of the actions' names ("cap", "lai", "gia", "han", "mat"). */
    Set<String> words() {
        return words;
    }

    /**
     * The words of the actions' names with their marks ({@link VietnameseText#toned}): "hồi" of "thu hồi" is not the
     * "hội" of "thành lập hội", nor "đổi" the "đối" of "đối tượng".
     */
    Set<String> tonedWords() {
        return tonedWords;
    }

    /** Whether a folded syllable pair is one of the actions' names ("cap lai", "gia han", "dang ki"): no object. */
    boolean isActionPair(String pair) {
        return actionPairs.contains(pair);
    }

    /** Whether a folded syllable pair is what citizens say when they want an action done ("bị cháy", "hết hạn"). */
    boolean isSaidPair(String pair) {
        return saidPairs.contains(pair);
    }

    /**
     * The actions a procedure's name opens with ("Cấp lại, đổi, điều chỉnh…" does three), and those its
     * later words name in two syllables or more ("Cấp chứng nhận đăng ký xe… trong trường hợp thay đổi chủ xe").
     */
    Set<Action> ofName(String name) {
        List<Token> tokens = Syllables.tokens(PROCEDURE_WORD.matcher(name.strip()).replaceFirst(""));
        Set<Action> actions = EnumSet.noneOf(Action.class);
        boolean opening = true;
        for (int i = 0; i < tokens.size(); ) {
            PhraseIndex.Match<Action> m = inNames.longestAt(tokens, i);
            if (m != null && (opening || m.length() > 1)) {
                actions.add(m.value());
                i = m.end();
            } else {
                opening = false;
                i++;
            }
        }
        return actions;
    }

    /** Whether a text opens with an action's name ("Dừng thực hiện thủ tục…", "Đăng ký thay đổi…"). */
    boolean opensWithAction(String text) {
        List<Token> tokens = Syllables.tokens(PROCEDURE_WORD.matcher(text.strip()).replaceFirst(""));
        return !tokens.isEmpty() && inNames.longestAt(tokens, 0) != null;
    }

    /**
     * The actions asked for between two tokens of a question, but none said where it is denied ("mở quán mới chứ không
     * phải thay đổi gì" asks no change) nor across a clause break ("bình thường thôi, làm khai sinh" asks no "thôi làm").
     */
    Set<Action> ofQuestion(List<Token> tokens, int from, int to, Set<Integer> denied, Set<Integer> clauseStarts) {
        Set<Action> actions = new LinkedHashSet<>();
        for (PhraseIndex.Match<Set<Action>> m : inQuestions.findAll(tokens.subList(from, to))) {
            int start = from + m.start();
            if (denied.contains(start)) continue;
            boolean crosses = false;
            for (int i = start + 1; i < start + m.length(); i++) crosses |= clauseStarts.contains(i);
            if (crosses) continue;
            // "làm lại mặt tiền", "làm lại kết cấu mái": done to the building, not to a paper.
            int next = start + m.length();
            if (next < to && BUILDING_PARTS.contains(tokens.get(next).exact())) continue;
            // "giấy bán xe", "giấy mua bán": a sale's paper the buyer holds, not the seller's doing.
            if (start > 0 && tokens.get(start).folded().equals("ban") && SALE_PAPER_BEFORE.contains(tokens.get(start - 1).folded())) continue;
            // Closing for a while is a pause: "nghỉ bán khoảng 3 tháng rồi mở lại", "đóng cửa vài tuần".
            if (m.value().contains(Action.CLOSE) && forAWhile(tokens, start + m.length(), to)) actions.add(Action.PAUSE);
            else actions.addAll(m.value());
        }
        return actions;
    }

    /** Folded words that make a sale said right after them the name of a paper ("giấy bán xe", "mua bán xe"). */
    private static final Set<String> SALE_PAPER_BEFORE = Set.of("giay", "mua");

    /** Parts of a building, as written with marks ("mặt" of "mặt tiền", "kết" of "kết cấu"): what is done to them is building work. */
    private static final Set<String> BUILDING_PARTS = Set.of("mái", "tường", "nhà", "mặt", "sàn", "cổng", "móng", "nền", "trần", "bếp", "kết", "tầng");

    /**
     * Folded words that count a span of time ("3", "vài", "mấy") and the units they count ("một thời gian"); not "năm"
     * or "sáu", which folded are also "year" and "after" ("nghỉ hẳn sau tháng này").
     */
    private static final Set<String> COUNTS = Set.of("vai", "may", "mot", "hai", "ba", "bon", "muoi");
    private static final Set<String> TIME_UNITS = Set.of("ngay", "tuan", "thang", "thoi");

    /**
     * Whether a span of time is said within a few syllables from here: a count and then a unit ("khoảng 3 tháng"), not
     * how long ago it was ("đóng cửa 3 tháng trước").
     */
    private static boolean forAWhile(List<Token> tokens, int from, int to) {
        for (int i = from; i + 1 < Math.min(to, from + 4); i++) {
            String count = tokens.get(i).folded();
            boolean ago = i + 2 < tokens.size() && tokens.get(i + 2).folded().equals("truoc");
            if ((count.chars().allMatch(Character::isDigit) || COUNTS.contains(count)) && TIME_UNITS.contains(tokens.get(i + 1).folded()) && !ago) {
                return true;
            }
        }
        return false;
    }

    /** Every phrase of the question that asks an action, where it stands and what it asks. */
    List<PhraseIndex.Match<Set<Action>>> saidIn(List<Token> tokens) {
        return inQuestions.findAll(tokens);
    }

    /** How well a procedure doing these actions fits a question asking for those. */
    static double fit(Set<Action> procedure, Set<Action> asked) {
        boolean firstTime = procedure.stream().anyMatch(FIRST_TIME::contains);
        if (asked.isEmpty()) return procedure.isEmpty() || firstTime ? 1 : ACTION_NOT_ASKED;
        if (procedure.isEmpty()) return NO_ACTION_NAMED;
        for (Action a : procedure) {
            if (asked.contains(a)) return 1;
        }
        // Applying again is how some papers are renewed or replaced; nothing else is done by issuing one.
        return firstTime && asked.stream().anyMatch(RENEWALS::contains) ? FIRST_TIME_INSTEAD : OTHER_ACTION;
    }

    /** What is done for the first time: what a question asking no action wants. */
    static final Set<Action> FIRST_TIME = EnumSet.of(Action.ISSUE, Action.ESTABLISH, Action.RECOGNISE);

    /** What issuing a paper anew can stand for when the catalogue has no procedure doing it. */
    private static final Set<Action> RENEWALS = EnumSet.of(Action.REISSUE, Action.EXCHANGE, Action.EXTEND, Action.COPY);
}
