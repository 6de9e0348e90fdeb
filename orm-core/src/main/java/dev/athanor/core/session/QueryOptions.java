package dev.athanor.core.session;

import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;

/**
 * How one execution of a query plan runs: which page of results, under which lock, with which flush
 * mode and timeout, and whether the entities it returns are read-only.
 *
 * @param firstResult the position of the first result, from 0
 * @param maxResults the most results returned ({@code Integer.MAX_VALUE}: all)
 * @param lockMode the lock taken on the entities returned; null or NONE for none
 * @param flushMode whether pending changes are flushed before the query; null for the session's
 * @param timeoutMillis the statement's timeout (rounded up to whole seconds, JDBC's unit); 0 for none
 * @param readOnly whether the entities returned are left out of dirty checking
 */
public record QueryOptions(int firstResult, int maxResults, LockModeType lockMode, FlushModeType flushMode,
        int timeoutMillis, boolean readOnly) {

    /** From the first result, all of them, no lock, the session's flush mode, no timeout, not read-only. */
    public static final QueryOptions DEFAULT = new QueryOptions(0, Integer.MAX_VALUE, null, null, 0, false);

    public QueryOptions {
        if (firstResult < 0) {
            throw new IllegalArgumentException("firstResult is 0 or more, got " + firstResult);
        }
        if (maxResults < 0) {
            throw new IllegalArgumentException("maxResults is 0 or more, got " + maxResults);
        }
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeoutMillis is 0 or more, got " + timeoutMillis);
        }
    }

    public QueryOptions withFirstResult(int first) {
        return new QueryOptions(first, maxResults, lockMode, flushMode, timeoutMillis, readOnly);
    }

    public QueryOptions withMaxResults(int max) {
        return new QueryOptions(firstResult, max, lockMode, flushMode, timeoutMillis, readOnly);
    }

    public QueryOptions withLockMode(LockModeType mode) {
        return new QueryOptions(firstResult, maxResults, mode, flushMode, timeoutMillis, readOnly);
    }

    public QueryOptions withFlushMode(FlushModeType mode) {
        return new QueryOptions(firstResult, maxResults, lockMode, mode, timeoutMillis, readOnly);
    }

    public QueryOptions withTimeoutMillis(int millis) {
        return new QueryOptions(firstResult, maxResults, lockMode, flushMode, millis, readOnly);
    }

    public QueryOptions withReadOnly(boolean value) {
        return new QueryOptions(firstResult, maxResults, lockMode, flushMode, timeoutMillis, value);
    }

    /** Whether a page was asked for: a first result past 0, or fewer than all results. */
    public boolean paged() {
        return firstResult > 0 || maxResults < Integer.MAX_VALUE;
    }

    /** Whether a lock other than NONE was asked for. */
    public boolean locking() {
        return lockMode != null && lockMode != LockModeType.NONE;
    }
}
