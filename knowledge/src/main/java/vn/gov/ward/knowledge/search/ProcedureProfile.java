package vn.gov.ward.knowledge.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.gov.ward.knowledge.analysis.VietnameseText;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.search.ParsedQuestion.Concept;
import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/**
 * What re-ranking needs of a procedure, worked out once at build time.
 *
 * @param title      folded syllables of its name, keywords and field
 * @param body       folded syllables of its documents and result
 * @param bodyPairs  folded syllable pairs of the same
 * @param titlePairs folded syllable pairs of its name, keywords and field
 * @param namePairs  folded syllable pairs of its name
 * @param fieldPairs folded syllable pairs only its field says ({@link ProcedureWords#fieldPairs})
 * @param foldedName its name's syllables, folded, in order
 * @param name       folded syllables of its name, weighted, by each procedure it names
 * @param head       the opening of its name: what it does and to what (see {@link Reranker#HEAD_SYLLABLES})
 * @param actions    what its name says it does to its object (issue, reissue, close…)
 * @param objectPairs folded pairs of its name, keywords and field that name a thing, as they are written ({@link ObjectWords})
 * @param notYet     the folded syllables after each "chưa" of its name and keywords ("khai sinh cho con chưa đăng ký kết
 *                   hôn"): it is for people who have not done that
 * @param wardPhrases folded syllables of each keyword the ward gave it of two syllables or more: said whole, the
 *                    citizen named it in the ward's words, as good as saying what its name does
 * @param deniedInName folded syllable pairs its name says are not so, after "không" or "chưa" ("… không phải là người
 *                     thân thích của trẻ em", "… chưa tham gia bảo hiểm y tế"): a question denying them says what it is for
 */
record ProcedureProfile(Procedure procedure, Set<String> title, Set<String> body, Set<String> bodyPairs, Set<String> titlePairs,
                        Set<String> namePairs, Set<String> fieldPairs, List<String> foldedName, NameWeights name, WeightedSyllables head, Set<Actions.Action> actions,
                        Set<String> objectPairs, List<List<String>> notYet, List<List<String>> wardPhrases,
                        Set<String> deniedInName) {

    /** Whether the question's syllables say one of the ward's phrases whole, in order. */
    boolean saysWardPhrase(List<String> syllables) {
        for (List<String> phrase : wardPhrases) {
            if (Collections.indexOfSubList(syllables, phrase) >= 0) return true;
        }
        return false;
    }

    static ProcedureProfile of(ProcedureWords w, QuestionParser parser, CorpusStatistics statistics, Actions actions, ObjectWords objects) {
        // The name read as a question is, so that chat words drop out the same way.
        Set<String> head = new LinkedHashSet<>(parser.parse(w.procedure().name()).concepts().stream()
                .limit(Reranker.HEAD_SYLLABLES).map(Concept::folded).toList());
        List<String> folded = w.name().stream().map(Token::folded).toList();
        Set<String> namePairs = new HashSet<>();
        for (int i = 0; i + 1 < folded.size(); i++) namePairs.add(folded.get(i) + " " + folded.get(i + 1));
        Set<String> objectPairs = new HashSet<>();
        for (String toned : w.tonedTitlePairs()) {
            if (objects.namesObjectAsWritten(toned)) objectPairs.add(ObjectWords.foldedPair(toned));
        }
        return new ProcedureProfile(w.procedure(), w.title(), w.body(), w.bodyPairs(), w.titlePairs(), Set.copyOf(namePairs), w.fieldPairs(),
                folded, NameWeights.of(w.procedure().name(), statistics, actions), WeightedSyllables.of(head, statistics), actions.ofName(w.procedure().name()),
                Set.copyOf(objectPairs), notYet(w.procedure()), wardPhrases(w.procedure()), deniedInName(folded));
    }

    /** How many syllables after "chưa" say what is not yet done. */
    private static final int NOT_YET_SYLLABLES = 4;
    /** How many syllables after "không" or "chưa" in a name say what is not so. */
    private static final int DENIED_IN_NAME_SYLLABLES = 5;

    private static List<List<String>> notYet(Procedure p) {
        List<List<String>> notYet = new ArrayList<>();
        List<String> texts = new ArrayList<>(p.keywords());
        texts.add(p.name());
        for (String text : texts) {
            for (List<String> after : runsAfter(Syllables.tokens(text).stream().map(Token::folded).toList(), Set.of("chua"), NOT_YET_SYLLABLES)) {
                if (after.size() >= 2) notYet.add(after);
            }
        }
        return List.copyOf(notYet);
    }

    private static Set<String> deniedInName(List<String> name) {
        Set<String> pairs = new HashSet<>();
        for (List<String> after : runsAfter(name, Set.of("khong", "chua"), DENIED_IN_NAME_SYLLABLES)) {
            for (int k = 0; k + 1 < after.size(); k++) pairs.add(after.get(k) + " " + after.get(k + 1));
        }
        return Set.copyOf(pairs);
    }

    /** The folded syllables after each of these words, up to {@code reach} of them. */
    private static List<List<String>> runsAfter(List<String> folded, Set<String> words, int reach) {
        List<List<String>> runs = new ArrayList<>();
        for (int i = 0; i < folded.size(); i++) {
            if (words.contains(folded.get(i))) runs.add(folded.subList(i + 1, Math.min(folded.size(), i + 1 + reach)));
        }
        return runs;
    }

    private static List<List<String>> wardPhrases(Procedure p) {
        return p.keywords().stream().map(k -> List.of(VietnameseText.fold(k).replaceAll("[^a-z0-9]+", " ").strip().split(" ")))
                .filter(syllables -> syllables.size() >= 2).toList();
    }

    /**
     * A name's syllables weighted, by each procedure it names: "Đăng ký thay đổi nội dung đăng ký hợp tác xã…; Đăng ký thay
     * đổi nội dung đối với trường hợp hợp tác xã … bị tách, nhận sáp nhập" names two, and a question asks one of them.
     */
    record NameWeights(List<WeightedSyllables> parts) {

        static NameWeights of(String name, CorpusStatistics statistics, Actions actions) {
            List<WeightedSyllables> parts = new ArrayList<>();
            for (String part : procedures(name, actions)) {
                Set<String> folded = new HashSet<>(Syllables.tokens(part).stream().map(Token::folded).toList());
                if (!folded.isEmpty()) parts.add(WeightedSyllables.of(folded, statistics));
            }
            return new NameWeights(List.copyOf(parts));
        }

        /**
         * The name cut at each ";" outside brackets that opens another procedure (an action's name): "(khai sinh; giám
         * hộ; …)" and "…: Xây dựng công trình mới; Lập bến, bãi…" list what one procedure is for.
         */
        private static List<String> procedures(String name, Actions actions) {
            List<String> parts = new ArrayList<>();
            int depth = 0;
            int from = 0;
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c == '(') depth++;
                else if (c == ')') depth = Math.max(0, depth - 1);
                else if (c == ';' && depth == 0 && actions.opensWithAction(name.substring(i + 1))) {
                    parts.add(name.substring(from, i));
                    from = i + 1;
                }
            }
            parts.add(name.substring(from));
            return parts;
        }

        /** The share of the weight of the best-said procedure the name names that the question does not mention. */
        double unsaid(Set<String> said) {
            if (parts.isEmpty()) return 0;
            double least = parts.get(0).unsaid(said);
            for (int i = 1; i < parts.size(); i++) least = Math.min(least, parts.get(i).unsaid(said));
            return least;
        }
    }

    /** Syllables weighted by how rare they are among procedure titles, and the sum of the weights. */
    record WeightedSyllables(String[] folded, double[] weights, double total) {

        static WeightedSyllables of(Collection<String> folded, CorpusStatistics statistics) {
            String[] all = folded.toArray(String[]::new);
            double[] weights = new double[all.length];
            double total = 0;
            for (int i = 0; i < all.length; i++) {
                weights[i] = statistics.titleIdf(all[i]);
                total += weights[i];
            }
            return new WeightedSyllables(all, weights, total);
        }

        /** The share of the weight the question does not mention; none for no syllables. */
        double unsaid(Set<String> said) {
            double unsaid = 0;
            for (int i = 0; i < folded.length; i++) {
                if (!said.contains(folded[i])) unsaid += weights[i];
            }
            return total == 0 ? 0 : unsaid / total;
        }
    }
}
