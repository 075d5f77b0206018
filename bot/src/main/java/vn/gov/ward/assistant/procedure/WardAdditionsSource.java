package vn.gov.ward.assistant.procedure;

import vn.gov.ward.knowledge.search.WardAdditions;

/**
 * Where the ward's additions to the search come from while it runs (the knowledge upkeep keeps them in Redis,
 * shared by every instance). {@link Procedures} reads the version before each search and rebuilds when it moved.
 */
public interface WardAdditionsSource {

    /** The additions and the version they are at, read together. */
    Versioned current();

    /** A number that moves whenever the additions change; read on every search, so it must be cheap. */
    long version();

    record Versioned(long version, WardAdditions additions) {
    }
}
