package vn.gov.ward.knowledge.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.type.TypeReference;
import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/** The {@link LifeEvent}s a question tells. */
final class LifeEvents {

    /** An event a question tells, and where. */
    record Told(LifeEvent event, int start, int end) {
    }

    /** How a phrase told in two parts is written: "thương binh … mới mất". */
    private static final String APART = "…";
    /**
     * How many words may come between the two parts of a phrase told apart: "thương binh [hạng 2/4, hằng tháng vẫn lĩnh
     * tiền ưu đãi ở phường. Ông nhà tôi] vừa mất", as a letter tells it.
     */
    static final int APART_GAP = 16;

    private final PhraseIndex<LifeEvent> says = new PhraseIndex<>();
    /** Phrases told in two parts: who, then what happened to them, and where the second part starts. */
    private final PhraseIndex<LifeEvent> saysApart = new PhraseIndex<>();
    private final Map<Phrase, Integer> apartAt = new HashMap<>();

    LifeEvents(List<LifeEvent> events) {
        // Read past in the phrases as in the questions, or a phrase saying one ("sinh em bé") could never be told.
        for (LifeEvent e : events) {
            for (String s : e.says()) {
                int apart = s.indexOf(APART);
                List<String> first = told(apart < 0 ? s : s.substring(0, apart));
                if (apart < 0) {
                    if (first.size() >= 2) says.add(new Phrase(first), e);
                    continue;
                }
                List<String> whole = new ArrayList<>(first);
                whole.addAll(told(s.substring(apart + APART.length())));
                Phrase phrase = new Phrase(whole);
                says.add(phrase, e);
                saysApart.add(phrase, e);
                apartAt.put(phrase, first.size());
            }
        }
        says.longestFirst();
    }

    private static List<String> told(String text) {
        return Phrase.of(text.strip()).syllables().stream().filter(w -> !WHOSE.contains(w)).toList();
    }

    /** The reviewed events of search/life-events.yml. */
    static List<LifeEvent> bundled() {
        return DataFiles.read("/search/life-events.yml", new TypeReference<List<LifeEvent>>() { });
    }

    /**
     * The events a question tells, each once, in the order told: by a phrase as written, with a word of direction
     * inside, or in two parts a few words apart. Whose it is does not change what happened: "ba em
     * mới mất" tells what "ba mới mất" does, so the words saying whose ({@link #WHOSE}) are read past.
     */
    List<Told> in(List<Token> tokens) {
        List<Token> told = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (WHOSE.contains(tokens.get(i).exact())) continue;
            // "ông nội", "bà ngoại" typed plain: the side after a grandparent is read past, not "nói" or "ngoài".
            if (i > 0 && SIDE.contains(tokens.get(i).exact()) && GRANDPARENT.contains(tokens.get(i - 1).folded())) continue;
            told.add(tokens.get(i));
            at.add(i);
        }
        Map<LifeEvent, Told> found = new LinkedHashMap<>();
        for (PhraseIndex.Match<LifeEvent> m : says.findAll(told)) {
            found.putIfAbsent(m.value(), new Told(m.value(), at.get(m.start()), at.get(m.end() - 1) + 1));
        }
        // A word of direction inside a phrase of two: "lấn [qua] đất", "chuyển [về] hộ khẩu".
        for (int i = 0; i < told.size(); i++) {
            PhraseIndex.Match<LifeEvent> m = says.gappedAt(told, i, 1, p -> p.length() == 2 ? 1 : 0,
                    between -> DIRECTIONS.contains(told.get(between).folded()));
            if (m != null) found.putIfAbsent(m.value(), new Told(m.value(), at.get(m.start()), at.get(m.end() - 1) + 1));
        }
        // Who, and a few words on what happened to them: "thương binh [hạng 2] mới mất".
        for (int i = 0; i < told.size(); i++) {
            PhraseIndex.Match<LifeEvent> m = saysApart.gappedAt(told, i, APART_GAP, apartAt::get, between -> true);
            if (m != null && !lostSomething(told, m.end())) found.putIfAbsent(m.value(), new Told(m.value(), at.get(m.start()), at.get(m.end() - 1) + 1));
        }
        return List.copyOf(found.values());
    }

    /** Whether what was told ends in "mất" followed by a thing: "mới mất giấy tờ" lost papers, no one died. */
    private static boolean lostSomething(List<Token> told, int end) {
        if (end >= told.size() || !told.get(end - 1).folded().equals("mat")) return false;
        Token next = told.get(end);
        return LOST_THINGS.contains(next.exact()) || next.plain() && LOST_THINGS_PLAIN.contains(next.folded());
    }

    /**
     * Things people lose, as written with marks (papers, cards, books, wallets, vehicles, money, phones); typed without
     * marks, only those that fold to no other word ("can" is also "cần": "vừa mất cần làm gì").
     */
    private static final Set<String> LOST_THINGS = Set.of("giấy", "thẻ", "sổ", "ví", "bóp", "bằng", "căn", "xe", "tiền", "điện", "chứng", "cà",
            "hết");
    private static final Set<String> LOST_THINGS_PLAIN = Set.of("giay", "vi", "bop", "cmnd", "cccd", "gks", "xe", "tien");

    /** Folded words of direction a verb may take before its object ("lấn qua đất", "xây lấn sang nhà bên"). */
    private static final Set<String> DIRECTIONS = Set.of("qua", "sang", "vao", "ra", "len", "xuong", "ve");

    /** Words saying whose a relative is ("vợ em", "bố tôi", "mẹ của mình"), with their marks; "toi" typed plain is no other word. */
    private static final Set<String> WHOSE = Set.of("em", "tôi", "toi", "mình", "tao", "tui", "của", "e", "t");
    /** Grandparents (folded), and the side of the family they are on (as typed, with marks or with none). */
    private static final Set<String> GRANDPARENT = Set.of("ong", "ba");
    private static final Set<String> SIDE = Set.of("nội", "ngoại", "noi", "ngoai");
}
