package vn.gov.ward.knowledge.search;

import java.util.ArrayList;
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

    private final PhraseIndex<LifeEvent> says = new PhraseIndex<>();

    LifeEvents(List<LifeEvent> events) {
        // Read past in the phrases as in the questions, or a phrase saying one ("sinh em bé") could never be told.
        for (LifeEvent e : events) {
            for (String s : e.says()) {
                List<String> told = Phrase.of(s).syllables().stream().filter(w -> !WHOSE.contains(w)).toList();
                if (told.size() >= 2) says.add(new Phrase(told), e);
            }
        }
        says.longestFirst();
    }

    /** The reviewed events of search/life-events.yml. */
    static List<LifeEvent> bundled() {
        return DataFiles.read("/search/life-events.yml", new TypeReference<List<LifeEvent>>() { });
    }

    /**
     * The events a question tells, each once, in the order told. Whose it is does not change what happened: "ba em
     * mới mất" tells what "ba mới mất" does, so the words saying whose ({@link #WHOSE}) are read past.
     */
    List<Told> in(List<Token> tokens) {
        List<Token> told = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (WHOSE.contains(tokens.get(i).exact())) continue;
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
        return List.copyOf(found.values());
    }

    /** Folded words of direction a verb may take before its object ("lấn qua đất", "xây lấn sang nhà bên"). */
    private static final Set<String> DIRECTIONS = Set.of("qua", "sang", "vao", "ra", "len", "xuong", "ve");

    /** Words saying whose a relative is ("vợ em", "bố tôi", "mẹ của mình"), with their marks. */
    private static final Set<String> WHOSE = Set.of("em", "tôi", "mình", "tao", "tui", "của", "e", "t");
}
