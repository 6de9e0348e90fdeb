package dev.athanor.jpa.boot;

import dev.athanor.core.error.AthanorError;
import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import jakarta.persistence.PersistenceException;

/**
 * A persistence unit that cannot be used as written: the {@link PersistenceException} that
 * {@code Persistence.createEntityManagerFactory} throws for a user's mistake, with a stable code,
 * the unit and its file, and what to do. The core's {@code ConfigurationException} (an
 * {@code IllegalArgumentException}) is carried inside one of these at the provider's boundary,
 * so that a JPA caller catches one type.
 */
public class PersistenceUnitException extends PersistenceException implements AthanorError {

    private final ErrorCode code;
    private final String hint;

    public PersistenceUnitException(ErrorMessage message) {
        this(message, null);
    }

    public PersistenceUnitException(ErrorMessage message, Throwable cause) {
        super(message.render(), cause);
        this.code = message.code();
        this.hint = message.hint();
    }

    private PersistenceUnitException(String text, AthanorError error, Throwable cause) {
        super(text, cause);
        this.code = error.code();
        this.hint = error.hint();
    }

    /**
     * The core's configuration error as a {@link PersistenceException}, its text followed by the
     * unit it happened in; the original is the cause.
     */
    public static PersistenceUnitException of(ConfigurationException error, String unit) {
        String text = error.getMessage() + (unit == null ? "" : "\n  persistence unit: " + unit);
        return new PersistenceUnitException(text, error, error);
    }

    @Override
    public ErrorCode code() {
        return code;
    }

    @Override
    public String hint() {
        return hint;
    }
}
