package vn.gov.ward.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.gov.ward.knowledge.catalogue.Catalogue;
import vn.gov.ward.knowledge.catalogue.CatalogueImporter;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.catalogue.RequiredDocument;
import vn.gov.ward.knowledge.ward.WardProfile;

/**
 * Answer quality on the evaluation set's two splits (src/test/resources/eval: {@code dev}, tuned on,
 * and {@code test}, held out), printed beside the same search without the ward's per-procedure
 * keywords (what the general mechanisms do alone) and a plain StandardAnalyzer BM25 index of the
 * same catalogue; the quality reached is asserted on {@code test}. {@code -Deval.misses=dev} lists the dev
 * split's misses, for tuning; the test split's are not listed, so that nobody tunes on them.
 */
class RetrievalQualityTest {

    static EvaluationSet dev;
    static EvaluationSet test;
    static Catalogue catalogue;
    static RetrievalQuality devResults;
    static RetrievalQuality testResults;
    static RetrievalQuality testWithoutKeywords;

    @BeforeAll
    static void measure() throws Exception {
        dev = EvaluationSet.load("dev");
        test = EvaluationSet.load("test");
        catalogue = RealCatalogue.catalogue();
        ProcedureSearch search = RealCatalogue.search();
        ProcedureSearch withoutKeywords = ProcedureSearch.build(CatalogueImporter.importBundled(withoutKeywords(RealCatalogue.ward())).catalogue());
        var baseline = standardAnalyzerBaseline(catalogue);
        devResults = RetrievalQuality.measure("dev", dev, ours(search));
        testResults = RetrievalQuality.measure("test", test, ours(search));
        RetrievalQuality devWithoutKeywords = RetrievalQuality.measure("dev, no keywords", dev, ours(withoutKeywords));
        testWithoutKeywords = RetrievalQuality.measure("test, no keywords", test, ours(withoutKeywords));
        System.out.printf("%nRetrieval quality: dev %d questions (%d out of scope), test %d (%d out of scope); "
                        + "'no keywords': the ward's per-procedure keywords switched off%n%s%n",
                dev.questions().size(), devResults.count(EvaluationSet.Question::outOfScope),
                test.questions().size(), testResults.count(EvaluationSet.Question::outOfScope),
                RetrievalQuality.table(devResults, testResults, devWithoutKeywords, testWithoutKeywords,
                        RetrievalQuality.measure("dev, plain BM25", dev, baseline), RetrievalQuality.measure("test, plain BM25", test, baseline)));
        System.out.println("Targets on test (issue #10): top-1 >= 93, top-3 >= 98, out of scope declined or referred >= 92, "
                + "near misses >= 85, in scope declined < 2.");
        if ("dev".equals(System.getProperty("eval.misses"))) {
            devResults.rows().stream().filter(r -> r.question().outOfScope() ? !r.notAnswered()
                            : r.question().multi() ? !r.offeredAsChoice() : !r.top(1) || r.notAnswered())
                    .forEach(r -> System.out.printf("line %d %s %s %s -> %s %s%n", r.question().line(), r.question().expected(),
                            r.question().tags(), r.question().text(), r.decision(), r.ranked().stream().limit(3).toList()));
        }
    }

    private static java.util.function.Function<String, RetrievalQuality.Outcome> ours(ProcedureSearch search) {
        return q -> {
            SearchResult r = search.search(q, 5);
            return new RetrievalQuality.Outcome(r.hits().stream().map(h -> h.procedure().code()).toList(), r.choiceCount(), r.decision());
        };
    }

    /** The same ward layer with every procedure's keywords taken out. */
    private static WardProfile withoutKeywords(WardProfile ward) {
        Map<String, WardProfile.ProcedureOverride> overrides = new HashMap<>();
        ward.procedures().forEach((code, o) -> overrides.put(code, new WardProfile.ProcedureOverride(List.of(), o.processingTime(), o.reviewed())));
        return new WardProfile(ward.office(), ward.disabledFields(), overrides);
    }

    @Test
    void theSplitsAreAsSpecified() {
        List<EvaluationSet.Question> all = new ArrayList<>(dev.questions());
        all.addAll(test.questions());
        assertThat(all).hasSizeGreaterThanOrEqualTo(800);
        assertThat(all.stream().filter(EvaluationSet.Question::outOfScope).count()).isGreaterThanOrEqualTo(150);
        assertThat(all.stream().filter(q -> q.tags().contains("near-miss")).count()).isGreaterThanOrEqualTo(60);
        for (EvaluationSet split : List.of(dev, test)) {
            List<EvaluationSet.Question> qs = split.questions();
            assertThat(qs.stream().filter(EvaluationSet.Question::plain).count()).as(split.split() + ": without tone marks")
                    .isGreaterThanOrEqualTo(qs.size() * 45 / 100);
            assertThat(qs.stream().filter(q -> q.single()).map(q -> q.expected().get(0)).distinct().count())
                    .as(split.split() + ": distinct procedures").isGreaterThanOrEqualTo(150);
            qs.stream().flatMap(q -> q.expected().stream()).forEach(code ->
                    assertThat(catalogue.find(code)).as("%s: expected code %s is in the ward's catalogue", split.split(), code).isPresent());
        }
        Set<String> fieldsAsked = test.questions().stream().filter(EvaluationSet.Question::single)
                .map(q -> catalogue.find(q.expected().get(0)).orElseThrow().field()).collect(Collectors.toSet());
        assertThat(fieldsAsked).as("test: fields of the catalogue asked about").hasSizeGreaterThanOrEqualTo(60);
    }

    /**
     * The targets on the held-out split (top-1 93, top-3 98, without tone marks within 2 points of with, out of
     * scope 92, near misses 85, in scope declined under 2), asserted as they are; the table prints both splits. Never
     * lowered to pass.
     */
    @Test
    void reachesTheTargetsOnTheHeldOutSplit() {
        assertThat(testResults.top1()).as("top-1, the issue's target").isGreaterThanOrEqualTo(93.0);
        assertThat(testResults.top3()).as("top-3, the issue's target").isGreaterThanOrEqualTo(98.0);
        assertThat(testResults.top1Plain()).as("top-1 without tone marks vs accented").isGreaterThanOrEqualTo(testResults.top1Accented() - 2);
        assertThat(testResults.notAnsweredOutOfScope()).as("out of scope declined or referred, the issue's target").isGreaterThanOrEqualTo(92.0);
        assertThat(testResults.notAnsweredNearMiss()).as("near misses declined or referred, the issue's target").isGreaterThanOrEqualTo(85.0);
        assertThat(testResults.notAnsweredInScope()).as("in scope wrongly declined, the issue's target").isLessThan(2.0);
    }

    /** Without the ward's per-procedure keywords the search keeps at least nine tenths of its top-1: the general mechanisms carry it. */
    @Test
    void theGeneralMechanismsCarryMostOfTheQuality() {
        assertThat(testWithoutKeywords.top1()).as("top-1 on test without the ward's keywords")
                .isGreaterThanOrEqualTo(0.9 * testResults.top1());
    }

    /** Plain Lucene: StandardAnalyzer, BM25, name, field and documents, the question as OR-ed terms. */
    static java.util.function.Function<String, RetrievalQuality.Outcome> standardAnalyzerBaseline(Catalogue catalogue) throws Exception {
        StandardAnalyzer analyzer = new StandardAnalyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Procedure p : catalogue.procedures()) {
                Document doc = new Document();
                doc.add(new StringField("code", p.code(), Field.Store.YES));
                doc.add(new TextField("name", p.name(), Field.Store.NO));
                if (p.field() != null) doc.add(new TextField("field", p.field(), Field.Store.NO));
                List<String> docs = new ArrayList<>(p.documents().stream().map(RequiredDocument::name).toList());
                doc.add(new TextField("documents", String.join("\n", docs), Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
        return q -> {
            // A query parser per question: the questions are searched on several threads, and a parser is not thread-safe.
            MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"name", "field", "documents"}, analyzer);
            try {
                ScoreDoc[] hits = searcher.search(parser.parse(QueryParser.escape(q)), 5).scoreDocs;
                List<String> codes = new ArrayList<>();
                for (ScoreDoc sd : hits) codes.add(searcher.storedFields().document(sd.doc).get("code"));
                return new RetrievalQuality.Outcome(codes, 0, null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
