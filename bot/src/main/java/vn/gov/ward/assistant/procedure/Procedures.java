package vn.gov.ward.assistant.procedure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

import vn.gov.ward.knowledge.catalogue.Catalogue;
import vn.gov.ward.knowledge.catalogue.CatalogueException;
import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.search.Decision;
import vn.gov.ward.knowledge.search.ProcedureSearch;
import vn.gov.ward.knowledge.search.SearchResult;
import vn.gov.ward.knowledge.search.WardAdditions;

/**
 * The ward's procedures and their search. Importing the catalogue and building the index take
 * seconds in a fresh JVM, so they run on a thread of their own from the moment the context creates
 * this, while the rest of the context starts; a caller that asks before they are done waits. The
 * context itself waits for them before it serves anything, and a bad catalogue or ward file still
 * stops the start with its reason.
 *
 * <p>What the ward adds from its console ({@link WardAdditionsSource}) is picked up by the next search on every
 * instance: the version is read before each search (once for all the searches of one citizen's message, {@link
 * #forOneMessage}) and the search rebuilt when it moved. While the source cannot be read (Redis gone), the search goes
 * on with what it has and asks again a little later.
 *
 * <p>The search's decisions are read here and in the conversation's search step only.
 */
public final class Procedures implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(Procedures.class);
    private static final long UNKNOWN = Long.MIN_VALUE;
    private static final long RETRY_AFTER_NANOS = 10_000_000_000L;

    /**
     * The searches built in this JVM, by catalogue and additions, the last few used: a search is immutable and the same
     * for the same catalogue (the same instance, {@link ProcedureKnowledgeConfiguration} keeps its imports) and the
     * same additions. An undo in the console finds the search it goes back to, and the application contexts of one test
     * JVM share theirs.
     */
    private static final Map<Layer, ProcedureSearch> BUILT = lastUsed(4);

    private final Function<WardAdditions, Catalogue> catalogue;
    private final WardAdditionsSource source;
    private final CompletableFuture<Built> first;
    private volatile Built built;
    private volatile long sourceDownSince;
    private final ThreadLocal<ProcedureSearch> messageInHand = new ThreadLocal<>();

    /** @param catalogue the ward's catalogue imported with the keywords the additions bring to the ward layer */
    Procedures(Function<WardAdditions, Catalogue> catalogue, WardAdditionsSource source) {
        this.catalogue = catalogue;
        this.source = source;
        this.first = CompletableFuture.supplyAsync(() -> buildFrom(readSource().orElse(new WardAdditionsSource.Versioned(UNKNOWN, WardAdditions.none()))),
                task -> {
                    Thread thread = new Thread(task, "procedure-index");
                    thread.setDaemon(true);
                    thread.start();
                });
    }

    /** Ranked procedures for a citizen's question, with the decision (answer, clarify, refer, decline). */
    public SearchResult search(String question, int limit) {
        return ready().search(question, limit);
    }

    /** Whether a text names a procedure of the ward at all: the search neither declines nor refers it. */
    public boolean namesAProcedure(String text) {
        Decision decision = search(text, 1).decision();
        return decision != Decision.DECLINE && decision != Decision.REFER;
    }

    /** The administrative field of the procedure a text is most about, even among close ones; empty when it names none. */
    public Optional<String> fieldOf(String text) {
        SearchResult about = search(text, 1);
        if (about.decision() == Decision.DECLINE || about.decision() == Decision.REFER || about.hits().isEmpty()) return Optional.empty();
        return Optional.ofNullable(about.hits().get(0).procedure().field());
    }

    /** The words of a text that say something (chat and aspect words left out): whether "phí bao nhiêu" says more. */
    public List<String> meaningfulWords(String text) {
        return ready().meaningfulWords(text);
    }

    /** The sentence of a procedure's own text that answers a follow-up, if one says it. */
    public Optional<String> passage(String code, String question) {
        return ready().passage(code, question);
    }

    /** Whether a question may be about the procedure at all (shares its rare words), said or not in its text. */
    public boolean relatesTo(String code, String question) {
        return ready().relatesTo(code, question);
    }

    /** A procedure by its code. */
    public Optional<Procedure> procedure(String code) {
        return ready().procedure(code);
    }

    /** What is wrong with these additions against the ward's catalogue, in Vietnamese; empty when they can be searched. */
    public List<String> problemsWith(WardAdditions additions) {
        try {
            return additions.problems(catalogue.apply(additions));
        } catch (CatalogueException e) {
            // The ward layer's own checks at import (a processing time without a number and a unit).
            return List.of(e.getMessage().contains("processingTime") ? "Thời hạn giải quyết cần có số và đơn vị, ví dụ \"5 ngày làm việc\"."
                    : "Thông tin của phường chưa dùng được: " + e.getMessage());
        }
    }

    /**
     * Runs the handling of one citizen's message on one version of the search: the additions' version is read once
     * for it (a Redis round trip), not again before each of the several searches a message makes. The next message
     * reads it again, so a change is still in the next message's answer on every instance.
     */
    public <T> T forOneMessage(Supplier<T> handling) {
        if (messageInHand.get() != null) return handling.get();
        messageInHand.set(latest());
        try {
            return handling.get();
        } finally {
            messageInHand.remove();
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        ready();
    }

    private ProcedureSearch ready() {
        ProcedureSearch inHand = messageInHand.get();
        return inHand != null ? inHand : latest();
    }

    private ProcedureSearch latest() {
        Built now = built;
        if (now == null) now = first();
        long version = latestVersion(now.version());
        if (version != now.version()) now = rebuild(version);
        return now.search();
    }

    private synchronized Built rebuild(long seen) {
        Built now = built;
        if (now.version() == seen) return now;
        Optional<WardAdditionsSource.Versioned> current = readSource();
        if (current.isEmpty()) return now;
        try {
            return buildFrom(current.get());
        } catch (RuntimeException e) {
            // Additions are checked before they are stored; one that still fails keeps the search as it was.
            log.error("The ward's additions at version {} do not build; the search keeps version {}: {}", current.get().version(), now.version(), e.getMessage());
            built = new Built(current.get().version(), now.search());
            return built;
        }
    }

    private Built buildFrom(WardAdditionsSource.Versioned versioned) {
        long start = System.nanoTime();
        Catalogue imported = catalogue.apply(versioned.additions());
        ProcedureSearch search = BUILT.computeIfAbsent(new Layer(imported, versioned.additions()), l -> ProcedureSearch.build(l.catalogue(), l.additions()));
        built = new Built(versioned.version(), search);
        log.info("Procedure search at additions version {} built in {} ms", versioned.version(), (System.nanoTime() - start) / 1_000_000);
        return built;
    }

    private long latestVersion(long known) {
        if (sourceDownSince != 0 && System.nanoTime() - sourceDownSince < RETRY_AFTER_NANOS) return known;
        try {
            long version = source.version();
            sourceDownSince = 0;
            return version;
        } catch (RuntimeException e) {
            sourceDown(e);
            return known;
        }
    }

    private Optional<WardAdditionsSource.Versioned> readSource() {
        try {
            WardAdditionsSource.Versioned current = source.current();
            sourceDownSince = 0;
            return Optional.of(current);
        } catch (RuntimeException e) {
            sourceDown(e);
            return Optional.empty();
        }
    }

    private void sourceDown(RuntimeException e) {
        if (sourceDownSince == 0) log.warn("The ward's additions cannot be read ({}); the search goes on without news of them", e.getClass().getSimpleName());
        sourceDownSince = System.nanoTime();
    }

    private Built first() {
        try {
            return first.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
    }

    private record Built(long version, ProcedureSearch search) {
    }

    /** A map keeping the {@code kept} entries used last, for any thread. */
    static <K, V> Map<K, V> lastUsed(int kept) {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > kept;
            }
        });
    }

    /** A catalogue (by identity: the class has no equality of its own) and the additions searched with it. */
    private record Layer(Catalogue catalogue, WardAdditions additions) {
    }
}
