package vn.gov.ward.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;

import vn.gov.ward.knowledge.analysis.VietnameseAnalyzer;
import vn.gov.ward.knowledge.analysis.VietnameseAnalyzer.Form;
import vn.gov.ward.knowledge.analysis.VietnameseAnalyzer.Grams;
import vn.gov.ward.knowledge.analysis.VietnameseText;
import vn.gov.ward.knowledge.catalogue.Catalogue;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.catalogue.RequiredDocument;
import vn.gov.ward.knowledge.search.ParsedQuestion.Concept;
import vn.gov.ward.knowledge.search.ParsedQuestion.Token;

/**
 * Finds the procedures a citizen's question is about, in an in-memory Lucene index of the
 * catalogue, and decides whether to answer, ask which one, or decline.
 *
 * <p>Each text is indexed four ways (with and without tone marks, single syllables and syllable
 * pairs) so that "lam giay khai sinh" finds what "làm giấy khai sinh" finds while an exact-accent
 * match still scores higher. Thread-safe once built.
 */
public final class ProcedureSearch {

    static final int MAX_CHOICES = 4;
    /** Below this {@link Candidate#evidence} the best hit is a guess: decline (fitted on the evaluation set). */
    static final double EVIDENCE_BELOW = 30;
    /** A runner-up scoring at least this share of the winner's score makes the question ambiguous. */
    static final double CLARIFY_RATIO = 0.9;
    /** A procedure for another age group than the question gives keeps this share of its score. */
    private static final float WRONG_AGE = 0.3f;
    private static final Pattern UNDER_AGE = Pattern.compile("duoi (\\d+) tuoi");
    private static final Pattern FROM_AGE = Pattern.compile("(?:tu )?du (\\d+) tuoi");
    private static final int MAX_QUESTION_SYLLABLES = 48;
    /** How many of the index's best hits are re-ranked by what they share with the question. */
    private static final int RERANKED = 20;
    /**
     * How many meaningful syllables open a procedure's name with what it does and to what ("đăng ký kết
     * hôn"), before the qualifiers that many names share ("có yếu tố nước ngoài", "cho người dưới 14 tuổi").
     */
    private static final int HEAD_SYLLABLES = 5;

    private enum Field {
        NAME_EXACT("name_x", Form.EXACT, Grams.SYLLABLES, 1.5f),
        NAME_EXACT_PAIRS("name_xp", Form.EXACT, Grams.PAIRS, 2f),
        NAME("name_f", Form.FOLDED, Grams.SYLLABLES, 2f),
        NAME_PAIRS("name_fp", Form.FOLDED, Grams.PAIRS, 3f),
        KEYWORDS_EXACT("kw_x", Form.EXACT, Grams.SYLLABLES, 1.5f, KEYWORD_LIST),
        KEYWORDS_EXACT_PAIRS("kw_xp", Form.EXACT, Grams.PAIRS, 2f, KEYWORD_LIST),
        KEYWORDS("kw_f", Form.FOLDED, Grams.SYLLABLES, 2f, KEYWORD_LIST),
        KEYWORDS_PAIRS("kw_fp", Form.FOLDED, Grams.PAIRS, 3f, KEYWORD_LIST),
        BODY("body_f", Form.FOLDED, Grams.SYLLABLES, 0.3f),
        BODY_PAIRS("body_fp", Form.FOLDED, Grams.PAIRS, 0.5f);

        final String name;
        final Form form;
        final Grams grams;
        final float boost;
        final FieldType type;

        Field(String name, Form form, Grams grams, float boost) {
            this(name, form, grams, boost, TextField.TYPE_NOT_STORED);
        }

        Field(String name, Form form, Grams grams, float boost, FieldType type) {
            this.name = name;
            this.form = form;
            this.grams = grams;
            this.boost = boost;
            this.type = type;
        }
    }

    /** Keywords are a list of alternatives, not a text: a procedure with more of them must not score lower. */
    private static final FieldType KEYWORD_LIST = withoutNorms(TextField.TYPE_NOT_STORED);

    private static FieldType withoutNorms(FieldType base) {
        FieldType type = new FieldType(base);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    private static final float SYNONYM_WEIGHT = 0.6f;
    private static final float TYPO_WEIGHT = 0.8f;

    private final Map<String, Procedure> byCode = new HashMap<>();
    private final IndexSearcher searcher;
    /**
     * Each field's terms as queries that know where their postings are, made once: a clause then
     * costs no terms-dictionary seek, and a term the field lacks costs no clause.
     */
    private final Map<Field, Map<String, TermQuery>> termQueries;
    /** Each document's procedure as re-ranking sees it, read once rather than per hit. */
    private final Profile[] byDoc;
    private final QuestionParser parser;
    private final Map<String, Integer> titleDocFreq = new HashMap<>();
    private final Map<String, Integer> docFreq = new HashMap<>();
    private final Map<String, Integer> pairDocFreq = new HashMap<>();
    /**
     * Folded syllable pairs of procedure names made of words that are not chat: a chat word typed
     * without marks that forms one ("can cuoc") was another word ("căn", not "cần"), and is kept.
     */
    private final Set<String> namePairs = new HashSet<>();
    private final Set<String> allTerms = new HashSet<>();
    /** Each known syllable under itself and each way of leaving one letter out, to find typos cheaply. */
    private final Map<String, List<String>> byDeletion = new HashMap<>();
    private final int size;

    /**
     * What re-ranking needs of a procedure, worked out once at build time.
     *
     * @param title       folded syllables of its name, keywords and field
     * @param body        folded syllables of its documents and result
     * @param titlePairs  folded syllable pairs of its name, keywords and field
     * @param name        folded syllables of its name
     * @param head        the first {@link #HEAD_SYLLABLES} meaningful ones
     */
    private record Profile(Procedure procedure, Set<String> title, Set<String> body, Set<String> titlePairs,
                           Syllables name, Syllables head) {
    }

    /** Syllables weighted by how rare they are among procedure titles, and the sum of the weights. */
    private record Syllables(String[] folded, double[] weights, double total) {

        /** The share of the weight the question does not mention; none for no syllables. */
        double unsaid(Set<String> said) {
            double unsaid = 0;
            for (int i = 0; i < folded.length; i++) {
                if (!said.contains(folded[i])) unsaid += weights[i];
            }
            return total == 0 ? 0 : unsaid / total;
        }
    }

    private ProcedureSearch(Catalogue catalogue, Lexicon lexicon) throws IOException {
        Map<String, Analyzer> analyzers = new HashMap<>();
        for (Field f : Field.values()) analyzers.put(f.name, new VietnameseAnalyzer(f.form, f.grams));
        Analyzer analyzer = new PerFieldAnalyzerWrapper(new VietnameseAnalyzer(Form.FOLDED, Grams.SYLLABLES), analyzers);
        this.parser = new QuestionParser(lexicon, namePairs::contains);
        Set<String> chatWords = new HashSet<>();
        lexicon.stopPhrases().stream().filter(p -> p.length() == 1).forEach(p -> chatWords.add(p.syllables().get(0)));
        Map<String, Set<String>> titleTerms = new HashMap<>();
        Map<String, Set<String>> bodyTerms = new HashMap<>();
        Map<String, Set<String>> nameTerms = new HashMap<>();
        Map<String, Set<String>> titlePairsOf = new HashMap<>();

        // Each file read back as one buffer: every clause clones the postings input, and a clone of a
        // many-buffer file duplicates all its buffers.
        ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Procedure p : catalogue.procedures()) {
                byCode.put(p.code(), p);
                List<String> keywords = new ArrayList<>(p.keywords());
                if (p.field() != null) keywords.add(p.field());
                List<String> body = new ArrayList<>(p.documents().stream().map(RequiredDocument::name).toList());
                if (p.result() != null) body.add(p.result());

                Document doc = new Document();
                doc.add(new StringField("code", p.code(), org.apache.lucene.document.Field.Store.YES));
                addAll(doc, List.of(p.name()), Field.NAME_EXACT, Field.NAME_EXACT_PAIRS, Field.NAME, Field.NAME_PAIRS);
                addAll(doc, keywords, Field.KEYWORDS_EXACT, Field.KEYWORDS_EXACT_PAIRS, Field.KEYWORDS, Field.KEYWORDS_PAIRS);
                addAll(doc, body, Field.BODY, Field.BODY_PAIRS);
                writer.addDocument(doc);

                Set<String> title = new HashSet<>();
                Set<String> pairs = new HashSet<>();
                List<String> titleTexts = new ArrayList<>(keywords);
                titleTexts.add(p.name());
                for (String text : titleTexts) {
                    List<String> syllables = folded(text);
                    title.addAll(syllables);
                    for (int i = 0; i + 1 < syllables.size(); i++) pairs.add(syllables.get(i) + " " + syllables.get(i + 1));
                }
                List<Token> name = parser.tokens(p.name());
                for (int i = 0; i + 1 < name.size(); i++) {
                    if (!chatWords.contains(name.get(i).exact()) && !chatWords.contains(name.get(i + 1).exact())) {
                        namePairs.add(name.get(i).folded() + " " + name.get(i + 1).folded());
                    }
                }
                nameTerms.put(p.code(), new HashSet<>(name.stream().map(Token::folded).toList()));
                titleTerms.put(p.code(), title);
                titlePairsOf.put(p.code(), pairs);
                title.forEach(t -> titleDocFreq.merge(t, 1, Integer::sum));
                pairs.forEach(t -> pairDocFreq.merge(t, 1, Integer::sum));
                Set<String> bodySet = new HashSet<>();
                body.forEach(text -> bodySet.addAll(folded(text)));
                bodyTerms.put(p.code(), bodySet);
                Set<String> all = new HashSet<>(title);
                all.addAll(bodySet);
                all.forEach(t -> docFreq.merge(t, 1, Integer::sum));
                allTerms.addAll(title);
                allTerms.addAll(bodySet);
            }
            writer.forceMerge(1);
        }
        for (String term : allTerms) {
            for (String key : deletions(term, true)) byDeletion.computeIfAbsent(key, k -> new ArrayList<>()).add(term);
        }
        this.size = catalogue.size();
        this.searcher = new IndexSearcher(DirectoryReader.open(directory));
        this.termQueries = termQueries(searcher.getIndexReader());
        StoredFields stored = searcher.storedFields();
        this.byDoc = new Profile[searcher.getIndexReader().maxDoc()];
        for (int doc = 0; doc < byDoc.length; doc++) {
            String code = stored.document(doc).get("code");
            Procedure procedure = byCode.get(code);
            // Read as a question is, once every name's pairs are known, so that chat words drop out the same way.
            Set<String> head = new LinkedHashSet<>(parser.parse(procedure.name()).concepts().stream()
                    .limit(HEAD_SYLLABLES).map(Concept::folded).toList());
            byDoc[doc] = new Profile(procedure, titleTerms.get(code), bodyTerms.get(code), titlePairsOf.get(code),
                    syllables(nameTerms.get(code)), syllables(head));
        }
    }

    private Syllables syllables(Collection<String> folded) {
        String[] all = folded.toArray(String[]::new);
        double[] weights = new double[all.length];
        double total = 0;
        for (int i = 0; i < all.length; i++) {
            weights[i] = idf(titleDocFreq.getOrDefault(all[i], 0));
            total += weights[i];
        }
        return new Syllables(all, weights, total);
    }

    private static Map<Field, Map<String, TermQuery>> termQueries(IndexReader reader) throws IOException {
        Map<Field, Map<String, TermQuery>> all = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            Map<String, TermStates> byTerm = new HashMap<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(f.name);
                if (terms == null) continue;
                TermsEnum each = terms.iterator();
                for (BytesRef term; (term = each.next()) != null; ) {
                    byTerm.computeIfAbsent(term.utf8ToString(), t -> new TermStates(reader.getContext()))
                            .register(each.termState(), leaf.ord, each.docFreq(), each.totalTermFreq());
                }
            }
            Map<String, TermQuery> queries = new HashMap<>();
            byTerm.forEach((term, states) -> queries.put(term, new TermQuery(new Term(f.name, term), states)));
            all.put(f, queries);
        }
        return all;
    }

    public static ProcedureSearch build(Catalogue catalogue) {
        return build(catalogue, Lexicon.bundled());
    }

    public static ProcedureSearch build(Catalogue catalogue, Lexicon lexicon) {
        try {
            return new ProcedureSearch(catalogue, lexicon);
        } catch (IOException e) {
            throw new UncheckedIOException("Building the in-memory procedure index failed", e);
        }
    }

    private static void addAll(Document doc, Collection<String> texts, Field... fields) {
        List<String> present = texts.stream().filter(t -> t != null && !t.isBlank()).toList();
        // A procedure without such text still gets the field, empty: its norm is then 0 and every
        // document has one, so scoring reads norms directly instead of searching a sparse list.
        for (String text : present.isEmpty() ? List.of("") : present) {
            for (Field f : fields) doc.add(new org.apache.lucene.document.Field(f.name, text, f.type));
        }
    }

    private List<String> folded(String text) {
        return parser.tokens(text).stream().map(Token::folded).toList();
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
        ParsedQuestion parsed = parser.parse(text);
        if (parsed.isEmpty()) return new SearchResult(Decision.DECLINE, List.of(), 0);
        List<Candidate> ranked = rank(parsed);
        List<SearchResult.Hit> hits = ranked.stream().limit(Math.max(limit, MAX_CHOICES))
                .map(c -> new SearchResult.Hit(byCode.get(c.code), (float) c.rankScore(), c.coverage())).toList();
        return decide(ranked, hits, limit);
    }

    /**
     * A procedure the index found, with what its name and keywords share with the question.
     *
     * @param covered     weight of the question's syllables and pairs the procedure accounts for
     * @param total       weight of all of them
     * @param anchor      weight of the rarest one it accounts for ("khai sinh", not "đăng ký")
     * @param unexplained weight of the rarest one it does not ("visa", "karaoke")
     * @param unsaid      share of the weight of the procedure's name the question does not mention
     * @param headUnsaid  the same share of the opening of its name (see {@link #HEAD_SYLLABLES})
     */
    record Candidate(String code, float score, double covered, double total, double anchor, double unexplained, double unsaid,
                     double headUnsaid) {

        double coverage() {
            return total == 0 ? 0 : covered / total;
        }

        /**
         * The index's score, favouring procedures that explain more of the question and, among
         * those, the one whose name says least beyond it: the generic procedure unless the
         * question gives the specialising words.
         */
        double rankScore() {
            double explained = 0.1 + coverage();
            return score * explained * explained * (1 - unsaid / 2);
        }

        /**
         * How sure it is that the question is about this procedure at all. Long questions full of
         * context explain little of themselves yet share a rare word or pair with their procedure;
         * off-topic ones share only common words, or leave their rarest word unexplained, or share
         * only the qualifiers of its name ("người nước ngoài") but not what it does and to what.
         */
        double evidence() {
            // As in rankScore, a tenth is kept: a question may name the act in words the name does not use.
            double headSaid = 0.1 + (1 - headUnsaid);
            return anchor * Math.sqrt(covered * score * headSaid / (1 + unexplained));
        }
    }

    private List<Candidate> rank(ParsedQuestion parsed) {
        try {
            // Exact counts of matches are not needed: let the scorer skip what cannot make the top from the start.
            TopDocs top = searcher.search(query(parsed), new TopScoreDocCollectorManager(RERANKED, null, RERANKED));
            Weighed question = weigh(parsed);
            List<Candidate> candidates = new ArrayList<>();
            OptionalInt age = age(parsed);
            for (ScoreDoc sd : top.scoreDocs) {
                Profile profile = byDoc[sd.doc];
                float score = age.isPresent() && !forAge(profile.procedure().name(), age.getAsInt()) ? sd.score * WRONG_AGE : sd.score;
                candidates.add(candidate(profile, score, question));
            }
            candidates.sort(Comparator.comparingDouble(Candidate::rankScore).reversed());
            return candidates;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The age a question gives ("con em 15 tuổi"), if any. */
    private static OptionalInt age(ParsedQuestion parsed) {
        for (List<Token> segment : parsed.segments()) {
            for (int i = 0; i + 1 < segment.size(); i++) {
                if (segment.get(i + 1).folded().equals("tuoi") && segment.get(i).folded().matches("\\d{1,3}")) {
                    return OptionalInt.of(Integer.parseInt(segment.get(i).folded()));
                }
            }
        }
        return OptionalInt.empty();
    }

    /** Whether a procedure whose name bounds the age ("dưới 14 tuổi", "từ đủ 14 tuổi trở lên") applies at this age. */
    static boolean forAge(String name, int age) {
        Matcher under = UNDER_AGE.matcher(VietnameseText.fold(name));
        if (under.find() && age >= Integer.parseInt(under.group(1))) return false;
        Matcher from = FROM_AGE.matcher(VietnameseText.fold(name));
        return !from.find() || age >= Integer.parseInt(from.group(1));
    }

    private List<String> questionPairs(ParsedQuestion parsed) {
        List<String> pairs = new ArrayList<>();
        for (List<Token> segment : parsed.segments()) {
            for (int i = 0; i + 1 < segment.size(); i++) {
                String a = known(segment.get(i).folded());
                String b = known(segment.get(i + 1).folded());
                if (a != null && b != null && pairDocFreq.containsKey(a + " " + b)) pairs.add(a + " " + b);
            }
        }
        return pairs;
    }

    private SearchResult decide(List<Candidate> ranked, List<SearchResult.Hit> hits, int limit) {
        List<SearchResult.Hit> shown = hits.subList(0, Math.min(limit, hits.size()));
        if (ranked.isEmpty() || declines(ranked.get(0))) {
            return new SearchResult(Decision.DECLINE, shown, 0);
        }
        double best = ranked.get(0).rankScore();
        int close = 1;
        while (close < Math.min(MAX_CHOICES, ranked.size())
                && ranked.get(close).rankScore() >= CLARIFY_RATIO * best
                && !declines(ranked.get(close))) {
            close++;
        }
        Decision decision = close > 1 ? Decision.CLARIFY : Decision.ANSWER;
        return new SearchResult(decision, shown, Math.min(close, shown.size()));
    }

    private static boolean declines(Candidate c) {
        return c.evidence() < EVIDENCE_BELOW;
    }

    private Query query(ParsedQuestion parsed) {
        // One clause per term, at the strongest weight the question gives it.
        Map<Query, Float> clauses = new LinkedHashMap<>();
        int budget = MAX_QUESTION_SYLLABLES;
        for (List<Token> segment : parsed.segments()) {
            if (budget <= 0) break;
            List<Token> tokens = segment.subList(0, Math.min(segment.size(), budget));
            budget -= tokens.size();
            List<String> exact = tokens.stream().map(Token::exact).toList();
            List<String> folded = tokens.stream().map(Token::folded).toList();
            // Exact-form clauses only where the citizen typed marks: a plain word says nothing about accents.
            if (!tokens.stream().allMatch(Token::plain)) {
                addTerms(clauses, tokens.stream().filter(t -> !t.plain()).map(Token::exact).toList(), 1f,
                        Field.NAME_EXACT, Field.KEYWORDS_EXACT);
                addPairs(clauses, exact, 1f, Field.NAME_EXACT_PAIRS, Field.KEYWORDS_EXACT_PAIRS);
            }
            addTerms(clauses, folded, 1f, Field.NAME, Field.KEYWORDS, Field.BODY);
            addPairs(clauses, folded, 1f, Field.NAME_PAIRS, Field.KEYWORDS_PAIRS, Field.BODY_PAIRS);
            // A typo: the words it may have meant, and the pairs they make with its neighbours ("khai snih").
            for (int i = 0; i < folded.size(); i++) {
                if (allTerms.contains(folded.get(i))) continue;
                for (String meant : typoNeighbours(folded.get(i))) {
                    for (Field f : List.of(Field.NAME, Field.KEYWORDS)) addTerm(clauses, f, meant, TYPO_WEIGHT);
                    for (Field f : List.of(Field.NAME_PAIRS, Field.KEYWORDS_PAIRS, Field.BODY_PAIRS)) {
                        if (i > 0) addTerm(clauses, f, folded.get(i - 1) + " " + meant, TYPO_WEIGHT);
                        if (i + 1 < folded.size()) addTerm(clauses, f, meant + " " + folded.get(i + 1), TYPO_WEIGHT);
                    }
                }
            }
        }
        for (List<String> expansion : parsed.expansions()) {
            addTerms(clauses, expansion, SYNONYM_WEIGHT, Field.NAME, Field.KEYWORDS);
            addPairs(clauses, expansion, SYNONYM_WEIGHT, Field.NAME_PAIRS, Field.KEYWORDS_PAIRS);
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        clauses.entrySet().stream().limit(IndexSearcher.getMaxClauseCount())
                .forEach(c -> builder.add(new BoostQuery(c.getKey(), c.getValue()), BooleanClause.Occur.SHOULD));
        return builder.build();
    }

    private void addTerms(Map<Query, Float> clauses, Collection<String> syllables, float weight, Field... fields) {
        for (String s : syllables) {
            for (Field f : fields) addTerm(clauses, f, s, weight);
        }
    }

    private void addPairs(Map<Query, Float> clauses, List<String> syllables, float weight, Field... fields) {
        for (int i = 0; i + 1 < syllables.size(); i++) {
            String pair = syllables.get(i) + " " + syllables.get(i + 1);
            for (Field f : fields) addTerm(clauses, f, pair, weight);
        }
    }

    private void addTerm(Map<Query, Float> clauses, Field f, String term, float weight) {
        TermQuery query = termQueries.get(f).get(term);
        if (query != null) clauses.merge(query, f.boost * weight, Math::max);
    }

    /**
     * The question as re-ranking weighs it, once per search rather than per hit.
     *
     * @param known       per concept, the syllable the catalogue uses for it (see {@link #known}), or null
     * @param weights     per concept, its {@link #weight}
     * @param pairs       the question's syllable pairs some procedure's title has, with their weights
     * @param total       the sum of all those weights
     * @param said        what the question mentions, its synonyms included
     */
    private record Weighed(List<Concept> concepts, List<String> known, double[] weights, List<String> pairs, double[] pairWeights,
                           double total, Set<String> said) {
    }

    private Weighed weigh(ParsedQuestion parsed) {
        List<Concept> concepts = parsed.concepts();
        List<String> known = concepts.stream().map(c -> known(c.folded())).toList();
        Set<String> said = new HashSet<>(known);
        concepts.forEach(c -> c.alternatives().forEach(said::addAll));
        List<String> pairs = questionPairs(parsed).stream().distinct().toList();
        double total = 0;
        double[] weights = new double[concepts.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = weight(known.get(i));
            total += weights[i];
        }
        double[] pairWeights = new double[pairs.size()];
        for (int i = 0; i < pairWeights.length; i++) {
            pairWeights[i] = idf(pairDocFreq.get(pairs.get(i)));
            total += pairWeights[i];
        }
        return new Weighed(concepts, known, weights, pairs, pairWeights, total, said);
    }

    /**
     * What this procedure's name and keywords share with the question: the question's syllables they
     * account for, weighted by how rare they are among procedure names (its documents count half; a
     * syllable the catalogue has never seen weighs the most); the rare syllable pairs they share
     * ("khai sinh"); and the share of the name's own weight the question does not mention.
     */
    private static Candidate candidate(Profile p, float score, Weighed q) {
        double covered = 0;
        double anchor = 0;
        double unexplained = 0;
        for (int i = 0; i < q.weights().length; i++) {
            String k = q.known().get(i);
            double weight = q.weights()[i];
            if (k != null && p.title().contains(k) || coversAny(p.title(), q.concepts().get(i).alternatives())) {
                covered += weight;
                anchor = Math.max(anchor, weight);
            } else if (k != null && p.body().contains(k)) {
                covered += weight / 2;
                unexplained = Math.max(unexplained, weight / 2);
            } else {
                unexplained = Math.max(unexplained, weight);
            }
        }
        for (int i = 0; i < q.pairWeights().length; i++) {
            if (p.titlePairs().contains(q.pairs().get(i))) {
                covered += q.pairWeights()[i];
                anchor = Math.max(anchor, q.pairWeights()[i]);
            }
        }
        return new Candidate(p.procedure().code(), score, covered, q.total(), anchor, unexplained,
                p.name().unsaid(q.said()), p.head().unsaid(q.said()));
    }

    private static boolean coversAny(Set<String> title, List<List<String>> alternatives) {
        for (List<String> alternative : alternatives) {
            if (title.containsAll(alternative)) return true;
        }
        return false;
    }

    /**
     * How much a question's syllable says about which procedure is meant: the rarer in the
     * catalogue's texts, the more; one it never uses, the most. Numbers (ages, years) are context.
     */
    private double weight(String known) {
        if (known == null) return idf(0);
        return known.chars().allMatch(Character::isDigit) ? 0 : idf(docFreq.getOrDefault(known, 0));
    }

    private double idf(int docFreq) {
        return Math.log(1 + (size - docFreq + 0.5) / (docFreq + 0.5));
    }

    /** The syllable if the catalogue uses it, else the one it uses most in titles one edit away (a typo), else null. */
    private String known(String syllable) {
        if (allTerms.contains(syllable)) return syllable;
        String best = null;
        for (String term : typoNeighbours(syllable)) {
            if (best == null || titleDocFreq.getOrDefault(term, 0) > titleDocFreq.getOrDefault(best, 0)) best = term;
        }
        return best;
    }

    /**
     * The catalogue's syllables one edit (a letter wrong, missing, extra or two swapped) from a syllable
     * of three letters or more: what the citizen may have meant. Looked up through the words' deletions,
     * made at build time; a Levenshtein automaton per typo and field (FuzzyQuery) cost the longest
     * questions a fifth of their time.
     */
    private Set<String> typoNeighbours(String syllable) {
        if (syllable.length() < 3) return Set.of();
        Set<String> found = new LinkedHashSet<>();
        for (String variant : deletions(syllable, true)) {
            for (String term : byDeletion.getOrDefault(variant, List.of())) {
                if (!term.equals(syllable) && withinOneEdit(term, syllable)) found.add(term);
            }
        }
        return found;
    }

    /** The word with one letter left out, each way; with the word itself when asked. */
    static List<String> deletions(String word, boolean withWord) {
        List<String> out = new ArrayList<>();
        if (withWord) out.add(word);
        for (int i = 0; i < word.length(); i++) out.add(word.substring(0, i) + word.substring(i + 1));
        return out;
    }

    static boolean withinOneEdit(String a, String b) {
        if (a.length() > b.length()) return withinOneEdit(b, a);
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) i++;
        if (a.length() == b.length()) {
            if (i == a.length()) return true;
            boolean swapped = i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
            return swapped || a.substring(i + 1).equals(b.substring(i + 1));
        }
        return b.length() - a.length() == 1 && a.substring(i).equals(b.substring(i + 1));
    }

    public int size() {
        return size;
    }

    /** Looks a procedure up by its code. */
    public Optional<Procedure> procedure(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

}
