package vn.gov.ward.knowledge.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.type.TypeReference;
import vn.gov.ward.knowledge.catalogue.CatalogueException;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/**
 * Procedures whose name says they concern particular people ("… đối với lực lượng Công an nhân dân") and what
 * citizens call those people, read from search/audiences.yml: such a procedure is not what a question naming none
 * of them asks ("khiếu nại chỉ số công tơ điện" is no complaint against the police).
 */
final class Audiences {

    static final String RESOURCE = "/search/audiences.yml";

    /**
     * @param others other people or bodies the question may name instead ("công ty" for a household business's
     *               procedure): when given, a procedure keeps {@code keeps} only if the question names one of them and
     *               none of {@code said}; a question naming neither leaves it alone
     */
    record Audience(String who, List<String> names, List<String> said, double keeps, List<String> others) {
        Audience(String who, List<String> names, List<String> said, double keeps) {
            this(who, names, said, keeps, null);
        }

        List<String> othersNamed() {
            return others == null ? List.of() : others;
        }
    }

    private record Compiled(List<List<String>> names, double keeps, boolean againstOthers) {
    }

    /** A phrase citizens call people by, and the audiences it names. */
    private record Said(Phrase phrase, List<Integer> audiences) {
    }

    private final List<Compiled> audiences = new ArrayList<>();
    /** What citizens call the people, for every audience at once: a question is read once, not once per audience. */
    private final PhraseIndex<Said> said = new PhraseIndex<>();
    /** The others each audience's question may name instead. */
    private final PhraseIndex<Said> others = new PhraseIndex<>();
    /** Per procedure whose name sets audiences, which (their places in {@link #audiences}). */
    private final Map<String, List<Integer>> setBy = new HashMap<>();

    Audiences(List<Audience> audiences, Collection<Procedure> procedures) {
        Map<Phrase, List<Integer>> saidBy = new LinkedHashMap<>();
        Map<Phrase, List<Integer>> othersBy = new LinkedHashMap<>();
        for (Audience a : audiences) {
            if (a.names() == null || a.names().isEmpty() || a.said() == null || a.said().isEmpty() || !(a.keeps() >= 0 && a.keeps() < 1)) {
                throw new CatalogueException(RESOURCE, a.who(), "needs names, what citizens say and a share kept between 0 and 1");
            }
            int at = this.audiences.size();
            a.said().forEach(s -> saidBy.computeIfAbsent(Phrase.of(s), k -> new ArrayList<>()).add(at));
            a.othersNamed().forEach(s -> othersBy.computeIfAbsent(Phrase.of(s), k -> new ArrayList<>()).add(at));
            this.audiences.add(new Compiled(a.names().stream().map(n -> Phrase.of(n).folded()).toList(), a.keeps(), !a.othersNamed().isEmpty()));
        }
        saidBy.forEach((phrase, named) -> said.add(phrase, new Said(phrase, named)));
        othersBy.forEach((phrase, named) -> others.add(phrase, new Said(phrase, named)));
        for (Procedure p : procedures) {
            List<String> name = Syllables.folded(p.name());
            for (int i = 0; i < this.audiences.size(); i++) {
                if (this.audiences.get(i).names().stream().anyMatch(phrase -> Collections.indexOfSubList(name, phrase) >= 0)) {
                    setBy.computeIfAbsent(p.code(), c -> new ArrayList<>()).add(i);
                }
            }
        }
    }

    static Audiences bundled(Collection<Procedure> procedures) {
        return new Audiences(DataFiles.read(RESOURCE, new TypeReference<List<Audience>>() { }), procedures);
    }

    /**
     * Per audience, whether a question names its people, and whether it names the others an audience may be set
     * against: for {@link #keeps}.
     */
    record Named(boolean[] people, boolean[] others) {
    }

    Named named(List<Token> question) {
        Named named = new Named(new boolean[audiences.size()], new boolean[audiences.size()]);
        // Every phrase said, overlapping ones too: "cán bộ phường" names commune officials and officials at once.
        for (int at = 0; at < question.size(); at++) {
            // The officer a letter is addressed to ("Kính gửi cán bộ phường", "Thưa cán bộ") is no one it is about.
            if (addressed(question, at)) continue;
            for (Said s : said.startingWith(question.get(at).folded())) {
                if (s.phrase().matchesAt(question, at)) s.audiences().forEach(i -> named.people()[i] = true);
            }
            for (Said s : others.startingWith(question.get(at).folded())) {
                if (s.phrase().matchesAt(question, at)) s.audiences().forEach(i -> named.others()[i] = true);
            }
        }
        return named;
    }

    /** Whether the words from here are addressed: after "kính gửi", "thưa" or "chào" (not "gửi công an phường đơn"). */
    private static boolean addressed(List<Token> question, int at) {
        if (at == 0) return false;
        String before = question.get(at - 1).folded();
        return ADDRESSING.contains(before) || before.equals("gui") && at > 1 && question.get(at - 2).folded().equals("kinh");
    }

    /** Folded words that address the one spoken to. */
    private static final Set<String> ADDRESSING = Set.of("thua", "chao");

    /**
     * The share of its score a procedure keeps: 1 unless its name sets an audience the question does not name (or,
     * for an audience with others, names others of instead).
     */
    double keeps(String code, Named named) {
        double keeps = 1;
        for (int i : setBy.getOrDefault(code, List.of())) {
            Compiled a = audiences.get(i);
            if (!named.people()[i] && (!a.againstOthers() || named.others()[i])) keeps = Math.min(keeps, a.keeps());
        }
        return keeps;
    }
}
