package vn.gov.ward.knowledge.search;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import vn.gov.ward.knowledge.analysis.VietnameseText;
import vn.gov.ward.knowledge.catalogue.Catalogue;
import vn.gov.ward.knowledge.catalogue.CatalogueException;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.search.ParsedQuestion.Concept;
import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/**
 * Finds the procedures a citizen's question is about and decides whether to answer, ask which one,
 * or decline: the question is parsed ({@link QuestionParser}), searched in the catalogue's index
 * ({@link QueryBuilder}, {@link ProcedureIndex}), the best hits re-ranked by what they share with it
 * ({@link Reranker}) and a decision taken ({@link DecisionPolicy}). Thread-safe once built.
 */
public final class ProcedureSearch {

    private final Map<String, Procedure> byCode = new HashMap<>();
    private final QuestionParser parser;
    private final ProcedureIndex index;
    private final QueryBuilder queries;
    private final Reranker reranker;
    private final CorpusStatistics statistics;
    private final TypoCorrector typos;
    private final Actions actions;
    private final LifeEvents events;
    private final Referrals referrals;
    private final Passages passages;
    private final DecisionPolicy policy = new DecisionPolicy();
    private final SeveralAsked severalAsked;
    private final OpinionCues opinions = OpinionCues.bundled();
    private final int size;

    private ProcedureSearch(Catalogue catalogue, Lexicon lexicon, WardAdditions additions) {
        Variants variants = new Variants(catalogue.procedures(), lexicon.chatWords());
        List<ProcedureWords> words = catalogue.procedures().stream().map(p -> ProcedureWords.of(p, variants.of(p.code())
                .flatMap(v -> catalogue.find(v.base())).map(Procedure::keywords).orElse(List.of()))).toList();
        words.forEach(w -> byCode.put(w.procedure().code(), w.procedure()));
        this.statistics = new CorpusStatistics(words);
        this.typos = new TypoCorrector(statistics);
        this.actions = Actions.bundled();
        Set<String> chat = new HashSet<>();
        lexicon.chatWords().forEach(w -> chat.add(VietnameseText.foldSyllable(w)));
        this.parser = new QuestionParser(lexicon, readThroughTypos(namePairs(words, lexicon), typos, statistics, chat), variants.qualifierRuns(), actions);
        this.events = new LifeEvents(additions.withBundledEvents());
        Set<String> doing = new HashSet<>(actions.words());
        doing.addAll(chat);
        Set<String> acting = new HashSet<>(actions.words());
        acting.removeIf(w -> chat.contains(w) || lexicon.stopPhrases().phrasesStartingWith(w).stream().anyMatch(p -> p.length() > 1));
        CorpusStatistics known = statistics;
        this.referrals = new Referrals(additions.withBundledReferrals(catalogue), doing, acting, text -> text.contains(" ") ? known.isTitlePair(text) : known.isKnown(text),
                actions::isActionPair);
        this.passages = new Passages(statistics, catalogue.procedures());
        ObjectWords objects = new ObjectWords(actions);
        Map<String, ProcedureProfile> profiles = new HashMap<>();
        for (ProcedureWords w : words) profiles.put(w.procedure().code(), ProcedureProfile.of(w, parser, statistics, actions, objects));
        this.index = new ProcedureIndex(words, profiles);
        this.queries = new QueryBuilder(index, statistics, typos);
        this.severalAsked = new SeveralAsked(objects, variants);
        this.reranker = new Reranker(new CandidatePool(variants, profiles), new FitRules(variants, profiles, objects), variants, objects,
                DomainRules.bundled(), Audiences.bundled(catalogue.procedures()), statistics);
        this.size = catalogue.size();
    }

    public static ProcedureSearch build(Catalogue catalogue) {
        return build(catalogue, WardAdditions.none());
    }

    /**
     * The search with the ward's own life events and referrals beside the reviewed ones.
     *
     * @throws CatalogueException naming what is wrong with the additions ({@link WardAdditions#problems})
     */
    public static ProcedureSearch build(Catalogue catalogue, WardAdditions additions) {
        List<String> problems = additions.problems(catalogue);
        if (!problems.isEmpty()) throw new CatalogueException("ward additions", null, String.join(" ", problems));
        return new ProcedureSearch(catalogue, Lexicon.bundled(), additions);
    }

    /**
     * Folded syllable pairs of procedure names made of words that are not chat: a chat word typed
     * without marks that forms one ("can cuoc") was another word ("căn", not "cần"), and is kept.
     */
    static Set<String> namePairs(List<ProcedureWords> words, Lexicon lexicon) {
        Set<String> chatWords = lexicon.chatWords();
        Set<String> pairs = new HashSet<>();
        for (ProcedureWords w : words) {
            List<Token> name = w.name();
            for (int i = 0; i + 1 < name.size(); i++) {
                if (!chatWords.contains(name.get(i).exact()) && !chatWords.contains(name.get(i + 1).exact())) {
                    pairs.add(name.get(i).folded() + " " + name.get(i + 1).folded());
                }
            }
        }
        return pairs;
    }

    /**
     * Whether a folded pair is one of the names' pairs, as typed or with a syllable the catalogue does not know, and no chat
     * word, read as a neighbour it does: "can cuco" is "căn cước" mistyped, so its "can" is no chat word ("cần").
     */
    private static Predicate<String> readThroughTypos(Set<String> pairs, TypoCorrector typos, CorpusStatistics statistics, Set<String> chat) {
        return pair -> {
            if (pairs.contains(pair)) return true;
            String[] words = pair.split(" ");
            for (int side = 0; side < 2; side++) {
                if (statistics.isKnown(words[side]) || chat.contains(words[side])) continue;
                for (String meant : typos.neighbours(words[side])) {
                    if (pairs.contains(side == 0 ? meant + " " + words[1] : words[0] + " " + meant)) return true;
                }
            }
            return false;
        };
    }

    /**
     * @param question as the citizen typed it (any normalisation form, any case, marks or not)
     * @param limit    how many ranked procedures to return at most
     */
    public SearchResult search(String question, int limit) {
        String text = VietnameseText.nfc(question == null ? "" : question);
        Procedure byExactCode = byCode.get(text);
        if (byExactCode != null) {
            return new SearchResult(Decision.ANSWER, List.of(new SearchResult.Hit(byExactCode, 1f, 1.0)), 1);
        }
        DecisionPolicy.Verdict verdict = severalAsked.decide(text, this::verdict, part -> parser.parse(part).concepts().size());
        List<SearchResult.Hit> hits = verdict.ordered().stream().limit(Math.max(limit, verdict.choices()))
                .map(c -> new SearchResult.Hit(c.profile().procedure(), (float) c.rankScore(), c.coverage())).toList();
        return new SearchResult(verdict.decision(), hits, verdict.choices(), verdict.referral());
    }

    /** The decision on one question, or one part of a question asking several things. */
    private DecisionPolicy.Verdict verdict(String text) {
        ParsedQuestion parsed = parser.parse(text);
        if (parsed.isEmpty() || opinions.askedIn(parsed.tokens())) {
            return new DecisionPolicy.Verdict(Decision.DECLINE, List.of(), 0, Optional.empty(), Set.of());
        }
        WeighedQuestion question = weigh(parsed);
        return policy.decide(rank(parsed, question), referralIn(parsed, question), parsed.said(), parsed.saidPairs());
    }

    /**
     * The service of another agency the question names, weighed in it; none when it is named in what the question denies
     * or says is held already ("tôi không muốn kiện ra tòa ngay", "đã có hộ chiếu"): that is not what is asked.
     */
    private Optional<NamedReferral> referralIn(ParsedQuestion parsed, WeighedQuestion question) {
        return referrals.in(parsed.tokens()).filter(n -> !parsed.unaskedTokens().contains(n.at())).map(n -> n.weighed(question, parsed));
    }

    private WeighedQuestion weigh(ParsedQuestion parsed) {
        return WeighedQuestion.of(parsed, statistics, typos, actions, events);
    }

    private List<Candidate> rank(ParsedQuestion parsed, WeighedQuestion question) {
        return reranker.rank(parsed, question, index.top(queries.build(parsed), Reranker.RERANKED));
    }

    /** The ranked candidates behind a search, with their features: for tests and tuning. */
    List<Candidate> explain(String question) {
        ParsedQuestion parsed = parser.parse(VietnameseText.nfc(question));
        return parsed.isEmpty() ? List.of() : rank(parsed, weigh(parsed));
    }

    /** The service of another agency a question names, if any, weighed in the question: for tests and tuning. */
    Optional<NamedReferral> referralNamed(String question) {
        ParsedQuestion parsed = parse(question);
        return referralIn(parsed, weigh(parsed));
    }

    ParsedQuestion parse(String question) {
        return parser.parse(VietnameseText.nfc(question));
    }

    /**
     * The meaningful words of a text, folded (chat words and words denied outright left out): whether a message
     * says anything beyond "phí bao nhiêu".
     */
    public List<String> meaningfulWords(String text) {
        return parser.parse(VietnameseText.nfc(text == null ? "" : text)).concepts().stream()
                .filter(c -> !c.denied()).map(Concept::folded).toList();
    }

    /**
     * The sentence of a procedure's own text that answers a question no aspect word names, if one shares enough of
     * its meaningful words ("cả hai người có phải có mặt không" for the marriage registration).
     */
    public Optional<String> passage(String code, String question) {
        Procedure p = byCode.get(code);
        return p == null ? Optional.empty() : passages.find(p, meaningfulWords(question));
    }

    /** Whether a question shares a rare word with a procedure's name or own text: it may be about that procedure. */
    public boolean relatesTo(String code, String question) {
        Procedure p = byCode.get(code);
        return p != null && passages.relates(p, meaningfulWords(question));
    }

    public int size() {
        return size;
    }

    /** Looks a procedure up by its code. */
    public Optional<Procedure> procedure(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
