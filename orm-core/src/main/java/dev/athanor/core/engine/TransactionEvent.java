package dev.athanor.core.engine;

/**
 * A transaction began, committed or rolled back on a connection.
 *
 * @param kind         which of the three
 * @param elapsedNanos how long the commit or rollback took (0 for BEGIN)
 * @param connectionId which pooled connection
 */
public record TransactionEvent(Kind kind, long elapsedNanos, int connectionId) {

    /** What happened to the transaction. */
    public enum Kind {
        BEGIN, COMMIT, ROLLBACK
    }
}
