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
 */
public record SessionSettings(int batchSize, IdentityInserts identityInserts) {

    public static final String BATCH_SIZE = "jdbc.batch_size";
    public static final String IDENTITY_INSERTS = "identity_inserts";

    /** Every option, in the order the README documents them. */
    public static final List<String> KNOWN_OPTIONS = List.of(BATCH_SIZE, IDENTITY_INSERTS);

    public static final int DEFAULT_BATCH_SIZE = 100;
    static final int MAX_BATCH_SIZE = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(SessionSettings.class);

    public static final SessionSettings DEFAULTS = new SessionSettings(DEFAULT_BATCH_SIZE, IdentityInserts.IMMEDIATE);

    /** When rows of entities whose id the database assigns (IDENTITY) are inserted. */
    public enum IdentityInserts {
        /** At {@code persist()}, one INSERT each, so that the id is readable at once (what Spring Data expects). */
        IMMEDIATE,
        /** At flush, in batches ({@code INSERT ... RETURNING} on SQLite, multi-row INSERT on MySQL). */
        BATCHED
    }

    public SessionSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        if (identityInserts == null) {
            throw new IllegalArgumentException("identityInserts is required");
        }
    }

    public SessionSettings withBatchSize(int size) {
        return new SessionSettings(size, identityInserts);
    }

    public SessionSettings withIdentityInserts(IdentityInserts mode) {
        return new SessionSettings(batchSize, mode);
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
            case IDENTITY_INSERTS -> withIdentityInserts(identityInserts(value));
            default -> throw new IllegalArgumentException("not a session option: " + key);
        };
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

    private static IdentityInserts identityInserts(Object value) {
        if (value instanceof IdentityInserts mode) {
            return mode;
        }
        String text = String.valueOf(value).trim().toUpperCase(Locale.ROOT);
        for (IdentityInserts mode : IdentityInserts.values()) {
            if (mode.name().equals(text)) {
                return mode;
            }
        }
        throw new ConfigurationException(ErrorMessage.of(ErrorCode.INVALID_OPTION_VALUE, "athanor." + IDENTITY_INSERTS
                + " is 'immediate' or 'batched', got '" + value + "'")
                .hint("Leave it unset for 'immediate' (the id is readable right after persist())."));
    }
}
