package vn.gov.ward.knowledge.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/** The {@link LifeEvent}s a question tells. */
final class LifeEvents {

    /** An event a question tells, and where. */
    record Told(LifeEvent event, int start, int end) {
    }

    private final PhraseIndex<LifeEvent> says = new PhraseIndex<>();

    LifeEvents(List<LifeEvent> events) {
        for (LifeEvent e : events) e.says().forEach(s -> says.add(Phrase.of(s), e));
        says.longestFirst();
    }

    /** The reviewed events of search/life-events.yml. */
    static List<LifeEvent> bundled() {
        return DataFiles.read("/search/life-events.yml", new TypeReference<List<LifeEvent>>() { });
    }

    /** The events a question tells, each once, in the order told. */
    List<Told> in(List<Token> tokens) {
        Map<LifeEvent, Told> found = new LinkedHashMap<>();
        for (PhraseIndex.Match<LifeEvent> m : says.findAll(tokens)) found.putIfAbsent(m.value(), new Told(m.value(), m.start(), m.end()));
        return List.copyOf(found.values());
    }
}
