package vn.gov.ward.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;

import vn.gov.ward.knowledge.analysis.VietnameseAnalyzer;

/**
 * The catalogue in an in-memory Lucene index, one document per procedure with the fields of
 * {@link IndexField}, and each document's {@link ProcedureProfile}. Thread-safe once built.
 */
final class ProcedureIndex {

    private static final String CODE = "code";

    private final IndexSearcher searcher;
    /**
     * Each field's terms as queries that know where their postings are, made once: a clause then
     * costs no terms-dictionary seek, and a term the field lacks costs no clause.
     */
    private final Map<IndexField, Map<String, TermQuery>> termQueries;
    private final ProcedureProfile[] byDoc;

    ProcedureIndex(Collection<ProcedureWords> procedures, Map<String, ProcedureProfile> profiles) {
        Map<String, Analyzer> analyzers = new HashMap<>();
        for (IndexField f : IndexField.values()) analyzers.put(f.name, new VietnameseAnalyzer(f.form, f.grams));
        Analyzer analyzer = new PerFieldAnalyzerWrapper(
                new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED, VietnameseAnalyzer.Grams.SYLLABLES), analyzers);
        // Each file read back as one buffer: every clause clones the postings input, and a clone of a
        // many-buffer file duplicates all its buffers.
        ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        try {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (ProcedureWords p : procedures) {
                    Document doc = new Document();
                    doc.add(new StringField(CODE, p.procedure().code(), Field.Store.YES));
                    addAll(doc, List.of(p.procedure().name()), IndexField.NAME_EXACT, IndexField.NAME_EXACT_PAIRS,
                            IndexField.NAME, IndexField.NAME_PAIRS);
                    addAll(doc, p.keywords(), IndexField.KEYWORDS_EXACT, IndexField.KEYWORDS_EXACT_PAIRS,
                            IndexField.KEYWORDS, IndexField.KEYWORDS_PAIRS);
                    addAll(doc, p.bodyTexts(), IndexField.BODY, IndexField.BODY_PAIRS);
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
            this.termQueries = termQueries(searcher.getIndexReader());
            StoredFields stored = searcher.storedFields();
            this.byDoc = new ProcedureProfile[searcher.getIndexReader().maxDoc()];
            for (int doc = 0; doc < byDoc.length; doc++) byDoc[doc] = profiles.get(stored.document(doc).get(CODE));
        } catch (IOException e) {
            throw new UncheckedIOException("Building the in-memory procedure index failed", e);
        }
    }

    private static void addAll(Document doc, Collection<String> texts, IndexField... fields) {
        List<String> present = texts.stream().filter(t -> t != null && !t.isBlank()).toList();
        // A procedure without such text still gets the field, empty: its norm is then 0 and every
        // document has one, so scoring reads norms directly instead of searching a sparse list.
        for (String text : present.isEmpty() ? List.of("") : present) {
            for (IndexField f : fields) doc.add(new Field(f.name, text, f.type));
        }
    }

    private static Map<IndexField, Map<String, TermQuery>> termQueries(IndexReader reader) throws IOException {
        Map<IndexField, Map<String, TermQuery>> all = new EnumMap<>(IndexField.class);
        for (IndexField f : IndexField.values()) {
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

    /** The term's query in that field, or null when no procedure has the term there. */
    TermQuery termQuery(IndexField field, String term) {
        return termQueries.get(field).get(term);
    }

    /** A hit of the index: a procedure's profile and Lucene's score. */
    record Hit(ProcedureProfile profile, float score) {
    }

    /** The best hits, without exact counts of matches: the scorer skips what cannot make the top. */
    List<Hit> top(Query query, int n) {
        try {
            ScoreDoc[] docs = searcher.search(query, new TopScoreDocCollectorManager(n, null, n)).scoreDocs;
            Hit[] hits = new Hit[docs.length];
            for (int i = 0; i < docs.length; i++) hits[i] = new Hit(byDoc[docs[i].doc], docs[i].score);
            return List.of(hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
