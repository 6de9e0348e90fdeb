package dev.athanor.core.config;

import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The persistence context's options, validated once at boot like {@link EngineSettings}: a value
 * of the wrong type throws naming the option, an unwise one is clamped with a warning.
 *
 * @param batchSize the most rows one JDBC batch carries at flush ({@code jdbc.batch_size}, default 100)
 * @param identityInserts when an entity with an IDENTITY id is inserted
 * @param enhancement whether classes the agent did not enhance are accepted ({@code enhancement})
 * @param lazy what a lazy load does ({@code lazy}): load in batches, or fail
 * @param lazyBatchSize how many sibling instances one lazy load loads at most ({@code lazy.batch_size}, default 16)
 * @param lazyWarnThreshold after how many lazy loads from one call site a warning names it ({@code lazy.warn_threshold})
 * @param lazyAfterClose what reading an unloaded attribute of a detached instance does ({@code lazy.after_close})
 * @param queryPlanCacheSize how many compiled JPQL and Criteria queries the factory keeps ({@code query.plan_cache_size}, default 2048)
 */
public record SessionSettings(int batchSize, IdentityInserts identityInserts, Enhancement enhancement, Lazy lazy,
        int lazyBatchSize, int lazyWarnThreshold, AfterClose lazyAfterClose, int queryPlanCacheSize) {

    public static final String BATCH_SIZE = "jdbc.batch_size";
    public static final String IDENTITY_INSERTS = "identity_inserts";
    public static final String ENHANCEMENT = "enhancement";
    public static final String LAZY = "lazy";
    public static final String LAZY_BATCH_SIZE = "lazy.batch_size";
    public static final String LAZY_WARN_THRESHOLD = "lazy.warn_threshold";
    public static final String LAZY_AFTER_CLOSE = "lazy.after_close";
    public static final String QUERY_PLAN_CACHE_SIZE = "query.plan_cache_size";

    /** Every option, in the order the README documents them. */
    public static final List<String> KNOWN_OPTIONS = List.of(BATCH_SIZE, IDENTITY_INSERTS, ENHANCEMENT, LAZY,
            LAZY_BATCH_SIZE, LAZY_WARN_THRESHOLD, LAZY_AFTER_CLOSE, QUERY_PLAN_CACHE_SIZE);

    public static final int DEFAULT_BATCH_SIZE = 100;
    static final int MAX_BATCH_SIZE = 10_000;
    public static final int DEFAULT_LAZY_BATCH_SIZE = 16;
    public static final int DEFAULT_LAZY_WARN_THRESHOLD = 100;
    static final int MAX_LAZY_BATCH_SIZE = 1_000;
    public static final int DEFAULT_QUERY_PLAN_CACHE_SIZE = 2048;
    static final int MAX_QUERY_PLAN_CACHE_SIZE = 1_000_000;

    private static final Logger LOG = LoggerFactory.getLogger(SessionSettings.class);

    public static final SessionSettings DEFAULTS = new SessionSettings(DEFAULT_BATCH_SIZE, IdentityInserts.AUTO,
            Enhancement.AUTO, Lazy.BATCH, DEFAULT_LAZY_BATCH_SIZE, DEFAULT_LAZY_WARN_THRESHOLD, AfterClose.ERROR,
            DEFAULT_QUERY_PLAN_CACHE_SIZE);

    /** When rows of entities whose id the database assigns (IDENTITY) are inserted. */
    public enum IdentityInserts {
        /**
         * Batched for enhanced entities, whose id read flushes the pending inserts first; immediate
         * for the others, whose id could not be read otherwise (the default).
         */
        AUTO,
        /** At {@code persist()}, one INSERT each, so that the id is readable at once (what Spring Data expects). */
        IMMEDIATE,
        /** At flush, in batches ({@code INSERT ... RETURNING} on SQLite, multi-row INSERT on MySQL). */
        BATCHED
    }

    /** Whether managed classes the agent did not enhance are accepted. */
    public enum Enhancement {
        /** They are, with one warning listing them; they run on snapshot dirty checking and eager loading. */
        AUTO,
        /** They are refused at boot. */
        REQUIRED
    }

    /** What a lazy load does. */
    public enum Lazy {
        /** Loads the attribute for up to {@code lazy.batch_size} sibling instances at once. */
        BATCH,
        /** Fails, naming entity, attribute and call site: for tests that prove a fetch plan. */
        RAISE
    }

    /** What reading an unloaded attribute of an instance whose EntityManager is closed (or that was detached) does. */
    public enum AfterClose {
        /** Fails, saying where to add a fetch join or an entity graph. */
        ERROR,
        /** Loads it through a short-lived connection of its own. */
        LOAD
    }

    public SessionSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        if (identityInserts == null || enhancement == null || lazy == null || lazyAfterClose == null) {
            throw new IllegalArgumentException("identityInserts, enhancement, lazy and lazyAfterClose are required");
        }
        if (lazyBatchSize < 1 || lazyWarnThreshold < 1 || queryPlanCacheSize < 1) {
            throw new IllegalArgumentException("lazyBatchSize, lazyWarnThreshold and queryPlanCacheSize must be at"
                    + " least 1");
        }
    }

    public SessionSettings withBatchSize(int size) {
        return new SessionSettings(size, identityInserts, enhancement, lazy, lazyBatchSize, lazyWarnThreshold,
                lazyAfterClose, queryPlanCacheSize);
    }

    public SessionSettings withIdentityInserts(IdentityInserts mode) {
        return new SessionSettings(batchSize, mode, enhancement, lazy, lazyBatchSize, lazyWarnThreshold,
                lazyAfterClose, queryPlanCacheSize);
    }

    public SessionSettings withEnhancement(Enhancement mode) {
        return new SessionSettings(batchSize, identityInserts, mode, lazy, lazyBatchSize, lazyWarnThreshold,
                lazyAfterClose, queryPlanCacheSize);
    }

    public SessionSettings withLazy(Lazy mode) {
        return new SessionSettings(batchSize, identityInserts, enhancement, mode, lazyBatchSize, lazyWarnThreshold,
                lazyAfterClose, queryPlanCacheSize);
    }

    public SessionSettings withLazyBatchSize(int size) {
        return new SessionSettings(batchSize, identityInserts, enhancement, lazy, size, lazyWarnThreshold,
                lazyAfterClose, queryPlanCacheSize);
    }

    public SessionSettings withLazyWarnThreshold(int loads) {
        return new SessionSettings(batchSize, identityInserts, enhancement, lazy, lazyBatchSize, loads,
                lazyAfterClose, queryPlanCacheSize);
    }

    public SessionSettings withLazyAfterClose(AfterClose mode) {
        return new SessionSettings(batchSize, identityInserts, enhancement, lazy, lazyBatchSize, lazyWarnThreshold,
                mode, queryPlanCacheSize);
    }

    public SessionSettings withQueryPlanCacheSize(int size) {
        return new SessionSettings(batchSize, identityInserts, enhancement, lazy, lazyBatchSize, lazyWarnThreshold,
                lazyAfterClose, size);
    }

    /**
     * Reads one option (without its {@code athanor.} prefix) into these settings.
     *
     * @param key one of {@link #KNOWN_OPTIONS}
     * @param value a String, Number or enum constant
     * @throws ConfigurationException naming the option when the value cannot be used
     */
    public SessionSettings with(String key, Object value) {
        return switch (key) {
            case BATCH_SIZE -> withBatchSize(clampBatchSize(intValue(key, value)));
            case IDENTITY_INSERTS -> withIdentityInserts(choice(key, IdentityInserts.class, value,
                    "Leave it unset for 'auto' (batched where the agent enhanced the entity, immediate elsewhere)."));
            case ENHANCEMENT -> withEnhancement(choice(key, Enhancement.class, value,
                    "'required' refuses to boot when a managed class was not enhanced; 'auto' warns."));
            case LAZY -> withLazy(choice(key, Lazy.class, value, "'raise' makes every lazy load an error."));
            case LAZY_BATCH_SIZE -> withLazyBatchSize(clamp(key, intValue(key, value), MAX_LAZY_BATCH_SIZE));
            case LAZY_WARN_THRESHOLD -> withLazyWarnThreshold(clamp(key, intValue(key, value), Integer.MAX_VALUE));
            case LAZY_AFTER_CLOSE -> withLazyAfterClose(choice(key, AfterClose.class, value,
                    "'load' reads through a short-lived connection; 'error' (the default) fails."));
            case QUERY_PLAN_CACHE_SIZE -> withQueryPlanCacheSize(clamp(key, intValue(key, value),
                    MAX_QUERY_PLAN_CACHE_SIZE));
            default -> throw new IllegalArgumentException("not a session option: " + key);
        };
    }

    private static int clamp(String key, int value, int max) {
        if (value < 1) {
            LOG.warn("athanor.{}={} is below 1; using 1", key, value);
            return 1;
        }
        if (value > max) {
            LOG.warn("athanor.{}={} is above {}; using {}", key, value, max, max);
            return max;
        }
        return value;
    }

    private static int clampBatchSize(int size) {
        if (size < 1) {
            LOG.warn("athanor.{}={} is below 1; using 1 (no batching)", BATCH_SIZE, size);
            return 1;
        }
        if (size > MAX_BATCH_SIZE) {
            LOG.warn("athanor.{}={} is above {}; using {}", BATCH_SIZE, size, MAX_BATCH_SIZE, MAX_BATCH_SIZE);
            return MAX_BATCH_SIZE;
        }
        return size;
    }

    private static int intValue(String key, Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return Integer.parseInt(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw new ConfigurationException(ErrorMessage.of(ErrorCode.INVALID_OPTION_VALUE, "athanor." + key
                    + " must be a whole number, got '" + value + "'").hint("Write e.g. athanor." + key + "=100."));
        }
    }

    private static <E extends Enum<E>> E choice(String key, Class<E> type, Object value, String hint) {
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        String text = String.valueOf(value).trim().toUpperCase(Locale.ROOT);
        for (E mode : type.getEnumConstants()) {
            if (mode.name().equals(text)) {
                return mode;
            }
        }
        List<String> names = java.util.Arrays.stream(type.getEnumConstants())
                .map(m -> "'" + m.name().toLowerCase(Locale.ROOT) + "'").toList();
        List<String> plain = names.stream().map(n -> n.substring(1, n.length() - 1)).toList();
        throw new ConfigurationException(ErrorMessage.of(ErrorCode.INVALID_OPTION_VALUE, "athanor." + key + " is "
                + String.join(" or ", names) + ", got '" + value + "'."
                + dev.athanor.core.error.Suggestions.didYouMean(String.valueOf(value).trim(), plain)).hint(hint));
    }
}
