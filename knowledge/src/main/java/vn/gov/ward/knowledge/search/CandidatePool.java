package vn.gov.ward.knowledge.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What re-ranking considers beyond the index's best hits: the bases of the variants among them (a
 * question a variant matches without its qualifiers is about the base) and the procedures the life
 * events told lead to (a question that only tells the event names none of them).
 */
final class CandidatePool {

    private final Variants variants;
    private final Map<String, ProcedureProfile> profiles;

    CandidatePool(Variants variants, Map<String, ProcedureProfile> profiles) {
        this.variants = variants;
        this.profiles = profiles;
    }

    /** The hits, then the others at the score of the hit they come from (an event's, at the best hit's). */
    List<ProcedureIndex.Hit> expand(List<ProcedureIndex.Hit> hits, WeighedQuestion question) {
        Map<String, ProcedureIndex.Hit> byCode = new LinkedHashMap<>();
        hits.forEach(h -> byCode.put(h.profile().procedure().code(), h));
        float best = hits.isEmpty() ? 1f : hits.get(0).score();
        for (ToldEvents.Told told : question.told().events()) {
            for (String code : told.event().procedures()) {
                ProcedureProfile profile = profiles.get(code);
                if (profile != null) byCode.putIfAbsent(code, new ProcedureIndex.Hit(profile, best));
            }
        }
        for (ProcedureIndex.Hit hit : List.copyOf(byCode.values())) {
            Optional<Variants.Variant> variant = variants.of(hit.profile().procedure().code());
            while (variant.isPresent()) {
                String base = variant.get().base();
                byCode.putIfAbsent(base, new ProcedureIndex.Hit(profiles.get(base), hit.score()));
                variant = variants.of(base);
            }
        }
        return List.copyOf(byCode.values());
    }
}
