package vn.gov.ward.knowledge.search;

import java.util.List;

/**
 * Something that happened in a citizen's life and the procedures it leads to (search/life-events.yml, or the
 * ward's own additions): "vợ em mới đẻ" is about the birth registration though it names no procedure.
 *
 * @param event      a short label, unique
 * @param says       how people tell it, with tone marks (matched without them too), two syllables or more each
 * @param procedures what it leads to, the most needed first
 * @param note       optional, one line
 * @param rulesOut   procedures the event shows are not what is needed, though the question's words fit them ("sổ hộ tịch
 *                   cũng bị cháy": no copy can be made from the register), none when it shows nothing of the kind
 */
public record LifeEvent(String event, List<String> says, List<String> procedures, String note, List<String> rulesOut) {

    public LifeEvent {
        says = says == null ? List.of() : List.copyOf(says);
        procedures = procedures == null ? List.of() : List.copyOf(procedures);
        rulesOut = rulesOut == null ? List.of() : List.copyOf(rulesOut);
    }

    /** An event that rules nothing out: what a ward adds from the console. */
    public LifeEvent(String event, List<String> says, List<String> procedures, String note) {
        this(event, says, procedures, note, List.of());
    }
}
