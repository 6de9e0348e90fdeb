package dev.athanor.core.error;

import jakarta.persistence.PersistenceException;

/** The general Athanor failure: a {@link PersistenceException} with a code and a hint. */
public class AthanorException extends PersistenceException implements AthanorError {

    private final ErrorCode code;
    private final String hint;

    public AthanorException(ErrorMessage message) {
        this(message, null);
    }

    public AthanorException(ErrorMessage message, Throwable cause) {
        super(message.render(), cause);
        this.code = message.code();
        this.hint = message.hint();
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
