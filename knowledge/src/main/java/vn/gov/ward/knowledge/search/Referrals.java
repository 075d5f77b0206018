package vn.gov.ward.knowledge.search;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.core.type.TypeReference;
import vn.gov.ward.knowledge.catalogue.CatalogueException;
import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/** The services of other agencies a question names, from search/referrals.yml. */
final class Referrals {

    /** How many syllables before a service's name a purpose word may stand ("để đi xuất khẩu lao động"). */
    private static final int PURPOSE_REACH = 2;
    /** The share of the opening of a procedure's name the question must say besides a service's words to be about it. */
    static final double HEAD_SAID = 1.0 / 3;

    private final PhraseIndex<Referral> terms = new PhraseIndex<>();
    private final PhraseIndex<Phrase> purposeCues = new PhraseIndex<>();
    private final List<Referral> all;

    Referrals(List<Referral> referrals) {
        Set<String> ids = new HashSet<>();
        for (Referral r : referrals) {
            if (r.id() == null || !ids.add(r.id())) throw new CatalogueException("/search/referrals.yml", r.id(), "needs a unique id");
            r.terms().forEach(t -> terms.add(Phrase.of(t), r));
        }
        terms.longestFirst();
        for (String cue : List.of("để", "nhằm", "phục vụ", "dùng cho", "phục vụ cho")) purposeCues.add(Phrase.of(cue), Phrase.of(cue));
        this.all = List.copyOf(referrals);
    }

    static Referrals bundled() {
        return new Referrals(DataFiles.read("/search/referrals.yml", new TypeReference<List<Referral>>() { }));
    }

    /**
     * A service of another agency a question names.
     *
     * @param words the folded syllables it was named in
     * @param pairs the same as pairs
     */
    record Named(Referral referral, Set<String> words, Set<String> pairs) {

        /** Whether it is a paper this procedure asks for ("giấy chứng sinh" for the birth registration). */
        boolean requiredBy(ProcedureProfile p) {
            return !pairs.isEmpty() && p.bodyPairs().containsAll(pairs);
        }

        /**
         * Whether the question also names what this procedure does and to what, besides the service's words: a
         * third of the weight of the opening of its name ("tích hợp … vào thẻ căn cước" for "Tích hợp, cập nhật…
         * thông tin trên thẻ căn cước" while naming "giấy phép lái xe").
         */
        boolean outweighedBy(Candidate c, Set<String> said) {
            Set<String> besides = new HashSet<>(said);
            besides.removeAll(words);
            return 1 - c.profile().head().unsaid(besides) >= HEAD_SAID;
        }
    }

    /**
     * The first service of another agency the question names, if any, other than as the purpose of
     * something else: "giấy xác nhận độc thân để đi xuất khẩu lao động" asks for the ward's certificate.
     */
    Optional<Named> in(List<Token> tokens) {
        for (PhraseIndex.Match<Referral> m : terms.findAll(tokens)) {
            if (purposeBefore(tokens, m.start())) continue;
            List<String> words = m.phrase().folded();
            Set<String> pairs = new HashSet<>();
            for (int i = 0; i + 1 < words.size(); i++) pairs.add(words.get(i) + " " + words.get(i + 1));
            return Optional.of(new Named(m.value(), Set.copyOf(words), pairs));
        }
        return Optional.empty();
    }

    private boolean purposeBefore(List<Token> tokens, int start) {
        for (int i = Math.max(0, start - PURPOSE_REACH); i < start; i++) {
            if (purposeCues.longestAt(tokens, i) != null) return true;
        }
        return false;
    }

    List<Referral> all() {
        return all;
    }
}
