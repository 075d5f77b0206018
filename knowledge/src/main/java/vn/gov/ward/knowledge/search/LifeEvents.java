package vn.gov.ward.knowledge.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/**
 * What happened in a citizen's life and the procedures it leads to, from search/life-events.yml:
 * "vợ em mới đẻ" is about the birth registration even though it names no procedure.
 */
final class LifeEvents {

    /**
     * @param says       how people tell it
     * @param procedures what it leads to, the most needed first
     */
    record LifeEvent(String event, List<String> says, List<String> procedures, String note) {
    }

    /** An event a question tells, and where. */
    record Told(LifeEvent event, int start, int end) {
    }

    private final PhraseIndex<LifeEvent> says = new PhraseIndex<>();

    LifeEvents(List<LifeEvent> events) {
        for (LifeEvent e : events) e.says().forEach(s -> says.add(Phrase.of(s), e));
        says.longestFirst();
    }

    static LifeEvents bundled() {
        return new LifeEvents(DataFiles.read("/search/life-events.yml", new TypeReference<List<LifeEvent>>() { }));
    }

    /** The events a question tells, each once, in the order told. */
    List<Told> in(List<Token> tokens) {
        Map<LifeEvent, Told> found = new LinkedHashMap<>();
        for (PhraseIndex.Match<LifeEvent> m : says.findAll(tokens)) found.putIfAbsent(m.value(), new Told(m.value(), m.start(), m.end()));
        return List.copyOf(found.values());
    }
}
