package dev.athanor.core.error;

import jakarta.persistence.LockTimeoutException;

/**
 * A lock could not be had in time and only the statement failed (the transaction goes on), as
 * the specification's {@link LockTimeoutException} says. SQLite's "database is locked" too.
 */
public class LockTimeoutError extends LockTimeoutException implements AthanorError {

    private final ErrorCode code;
    private final String hint;

    public LockTimeoutError(ErrorMessage message, Throwable cause) {
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
