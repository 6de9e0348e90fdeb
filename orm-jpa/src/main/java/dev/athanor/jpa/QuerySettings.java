package dev.athanor.jpa;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.session.QueryOptions;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How a JPQL or Criteria query runs: the page (first and max results), lock mode, flush mode,
 * timeout, read-only and the hints given. Hints Athanor does not know are kept (and returned by
 * {@code getHints()}) and otherwise ignored, as the specification asks; a known hint with a value
 * it cannot take fails.
 */
final class QuerySettings {

    static final String QUERY_TIMEOUT = "jakarta.persistence.query.timeout";
    static final String LOCK_TIMEOUT = "jakarta.persistence.lock.timeout";
    static final String FETCH_GRAPH = "jakarta.persistence.fetchgraph";
    static final String LOAD_GRAPH = "jakarta.persistence.loadgraph";
    static final String RETRIEVE_MODE = "jakarta.persistence.cache.retrieveMode";
    static final String STORE_MODE = "jakarta.persistence.cache.storeMode";
    private static final String LEGACY_QUERY_TIMEOUT = "javax.persistence.query.timeout";
    private static final String READ_ONLY = "athanor.readOnly";
    private static final String HIBERNATE_READ_ONLY = "org.hibernate.readOnly";

    // made at the first hint: most queries take none, and a query is made on every call
    private Map<String, Object> hints;
    private int firstResult;
    private int maxResults = Integer.MAX_VALUE;
    private LockModeType lockMode = LockModeType.NONE;
    private FlushModeType flushMode;
    private Integer timeoutMillis;
    private boolean readOnly;
    private CacheRetrieveMode retrieveMode = CacheRetrieveMode.USE;
    private CacheStoreMode storeMode = CacheStoreMode.USE;

    void firstResult(int position) {
        if (position < 0) {
            throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.QUERY_STATE, "setFirstResult(" + position
                    + "): the position of the first result is 0 or more").render());
        }
        firstResult = position;
    }

    int firstResult() {
        return firstResult;
    }

    void maxResults(int max) {
        if (max < 0) {
            throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.QUERY_STATE, "setMaxResults(" + max
                    + "): the maximum number of results is 0 or more").render());
        }
        maxResults = max;
    }

    int maxResults() {
        return maxResults;
    }

    void lockMode(LockModeType mode) {
        lockMode = mode == null ? LockModeType.NONE : mode;
    }

    LockModeType lockMode() {
        return lockMode;
    }

    void flushMode(FlushModeType mode) {
        flushMode = mode;
    }

    /** The query's own flush mode, or null when it follows its EntityManager's. */
    FlushModeType flushMode() {
        return flushMode;
    }

    void timeout(Integer millis) {
        if (millis != null && millis < 0) {
            throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.QUERY_STATE, "a query timeout of " + millis
                    + " ms").hint("Give a timeout of 0 ms or more, or null for none.").render());
        }
        timeoutMillis = millis;
        if (millis == null) {
            if (hints != null) {
                hints.remove(QUERY_TIMEOUT);
            }
        } else {
            keep(QUERY_TIMEOUT, millis);
        }
    }

    Integer timeout() {
        return timeoutMillis;
    }

    void retrieveMode(CacheRetrieveMode mode) {
        retrieveMode = mode;
    }

    CacheRetrieveMode retrieveMode() {
        return retrieveMode;
    }

    void storeMode(CacheStoreMode mode) {
        storeMode = mode;
    }

    CacheStoreMode storeMode() {
        return storeMode;
    }

    boolean readOnly() {
        return readOnly;
    }

    /** Takes a hint: applies the ones Athanor knows, keeps every one. */
    void hint(String name, Object value) {
        switch (name == null ? "" : name) {
            case QUERY_TIMEOUT, LEGACY_QUERY_TIMEOUT -> timeout(value == null ? null : millis(name, value));
            case LOCK_TIMEOUT -> millis(name, value);
            case READ_ONLY, HIBERNATE_READ_ONLY -> readOnly = bool(name, value);
            case RETRIEVE_MODE -> retrieveMode = value instanceof CacheRetrieveMode mode ? mode
                    : CacheRetrieveMode.valueOf(enumName(name, value));
            case STORE_MODE -> storeMode = value instanceof CacheStoreMode mode ? mode
                    : CacheStoreMode.valueOf(enumName(name, value));
            default -> {
                // kept for getHints(); the specification has unknown hints ignored
            }
        }
        keep(name, value);
    }

    private void keep(String name, Object value) {
        if (hints == null) {
            hints = new LinkedHashMap<>();
        }
        hints.put(name, value);
    }

    Map<String, Object> hints() {
        return hints == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(hints));
    }

    /** The options of one run; {@code sessionFlushMode} applies when the query has none of its own. */
    QueryOptions options(FlushModeType sessionFlushMode) {
        return new QueryOptions(firstResult, maxResults, lockMode, flushMode != null ? flushMode : sessionFlushMode,
                timeoutMillis == null ? 0 : timeoutMillis, readOnly);
    }

    private static int millis(String hint, Object value) {
        try {
            long millis = value instanceof Number number ? number.longValue() : Long.parseLong(String.valueOf(value)
                    .trim());
            if (millis >= 0 && millis <= Integer.MAX_VALUE) {
                return (int) millis;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the other bad values
        }
        throw badHint(hint, value, "a number of milliseconds, 0 or more");
    }

    private static boolean bool(String hint, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        String text = String.valueOf(value).trim().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw badHint(hint, value, "true or false");
    }

    private static String enumName(String hint, Object value) {
        String text = String.valueOf(value).trim().toUpperCase(Locale.ROOT);
        if (text.equals("USE") || text.equals("BYPASS") || (hint.equals(STORE_MODE) && text.equals("REFRESH"))) {
            return text;
        }
        throw badHint(hint, value, hint.equals(STORE_MODE) ? "USE, BYPASS or REFRESH" : "USE or BYPASS");
    }

    private static IllegalArgumentException badHint(String hint, Object value, String expected) {
        return new IllegalArgumentException(ErrorMessage.of(ErrorCode.QUERY_STATE, "hint " + hint + " was given "
                + value).hint("Give " + hint + " " + expected + ".").render());
    }
}
