package vn.gov.ward.assistant.procedure;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.springframework.beans.factory.SmartInitializingSingleton;

import vn.gov.ward.knowledge.catalogue.Procedure;
import vn.gov.ward.knowledge.search.Decision;
import vn.gov.ward.knowledge.search.ProcedureSearch;
import vn.gov.ward.knowledge.search.SearchResult;

/**
 * The ward's procedures and their search. Importing the catalogue and building the index take
 * seconds in a fresh JVM, so they run on a thread of their own from the moment the context creates
 * this, while the rest of the context starts; a caller that asks before they are done waits. The
 * context itself waits for them before it serves anything, and a bad catalogue or ward file still
 * stops the start with its reason.
 *
 * <p>The search's decisions are read here and in the conversation's search step only.
 */
public final class Procedures implements SmartInitializingSingleton {

    private final CompletableFuture<ProcedureSearch> index;

    Procedures(Supplier<ProcedureSearch> build) {
        this.index = CompletableFuture.supplyAsync(build, task -> {
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

    @Override
    public void afterSingletonsInstantiated() {
        ready();
    }

    private ProcedureSearch ready() {
        try {
            return index.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
    }
}
