package vn.gov.ward.knowledge.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.gov.ward.knowledge.catalogue.DocumentGroup;
import vn.gov.ward.knowledge.catalogue.Fee;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.catalogue.ProcessingTime;
import vn.gov.ward.knowledge.catalogue.RequiredDocument;

/**
 * A handful of hand-built procedures and the search's parts over them, wired as {@link ProcedureSearch} wires
 * them, with the bundled data files: each part's test shows its mechanism on names one can read, in
 * milliseconds, instead of on the 449 procedures of the real catalogue.
 */
final class SmallCatalogue {

    static final Lexicon LEXICON = Lexicon.bundled();
    static final Actions ACTIONS = Actions.bundled();
    static final ObjectWords OBJECTS = new ObjectWords(ACTIONS);
    static final LifeEvents EVENTS = new LifeEvents(LifeEvents.bundled());
    static final DomainRules RULES = DomainRules.bundled();

    final List<ProcedureWords> words;
    final CorpusStatistics statistics;
    final TypoCorrector typos;
    final QuestionParser parser;
    final Variants variants;
    final Audiences audiences;
    final Map<String, ProcedureProfile> profiles = new HashMap<>();

    SmallCatalogue(Procedure... procedures) {
        this.words = Arrays.stream(procedures).map(ProcedureWords::of).toList();
        this.statistics = new CorpusStatistics(words);
        this.typos = new TypoCorrector(statistics);
        this.variants = new Variants(List.of(procedures), LEXICON.chatWords());
        this.parser = new QuestionParser(LEXICON, ProcedureSearch.namePairs(words, LEXICON)::contains, variants.qualifierRuns(), ACTIONS);
        this.audiences = Audiences.bundled(List.of(procedures));
        for (ProcedureWords w : words) profiles.put(w.procedure().code(), ProcedureProfile.of(w, parser, statistics, ACTIONS, OBJECTS));
    }

    /** A procedure with only a name, and the documents it asks for. */
    static Procedure procedure(String code, String name, String... documents) {
        return procedure(code, name, List.of(), documents);
    }

    /** A procedure with the ward's keywords for it. */
    static Procedure procedure(String code, String name, List<String> keywords, String... documents) {
        List<RequiredDocument> required = Arrays.stream(documents).map(d -> new RequiredDocument(d, 1, 0, null, null)).toList();
        return new Procedure(code, name, null, null, null, List.of(new DocumentGroup(null, DocumentGroup.Kind.GENERAL, required, List.of())),
                ProcessingTime.unknown(), Fee.unknown(), List.of(), List.of(), null, null, null, Procedure.SourceKind.PORTAL_PAGE,
                keywords, null);
    }

    ProcedureProfile profile(String code) {
        return profiles.get(code);
    }

    ParsedQuestion parse(String question) {
        return parser.parse(question);
    }

    /** A question weighed for re-ranking, as the search weighs it. */
    WeighedQuestion weigh(String question) {
        return WeighedQuestion.of(parse(question), statistics, typos, ACTIONS, EVENTS);
    }

    /** The catalogue in a Lucene index, as the search indexes it. */
    ProcedureIndex index() {
        return new ProcedureIndex(words, profiles);
    }

    /** One procedure as re-ranking sees it for a question: what it shares with it and how it fits. */
    Candidate candidate(String question, String code) {
        return reranker().rank(parse(question), weigh(question), List.of(new ProcedureIndex.Hit(profile(code), 10))).stream()
                .filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    /** The parts that re-rank, over this catalogue. */
    Reranker reranker() {
        return new Reranker(new CandidatePool(variants, profiles), new FitRules(variants, profiles, OBJECTS), variants, OBJECTS, RULES, audiences, statistics);
    }
}
