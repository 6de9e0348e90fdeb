package dev.athanor.core.error;

import jakarta.persistence.PessimisticLockException;

/**
 * The database broke a deadlock by rolling this transaction back; the specification calls that a
 * {@link PessimisticLockException}. The whole transaction must be retried.
 */
public class DeadlockError extends PessimisticLockException implements AthanorError {

    private final ErrorCode code;
    private final String hint;

    public DeadlockError(ErrorMessage message, Throwable cause) {
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
