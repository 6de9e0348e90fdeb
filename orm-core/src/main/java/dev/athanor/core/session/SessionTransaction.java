package dev.athanor.core.session;

import dev.athanor.core.engine.Transaction;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import jakarta.persistence.RollbackException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resource-local transaction of a {@link Session}: one database transaction on one pooled
 * connection from {@link #begin} to {@link #commit} or {@link #rollback}. A commit flushes first;
 * any failure rolls back and is a {@code RollbackException} with its cause, and, as the
 * specification says, a rollback detaches every instance the context held.
 */
public final class SessionTransaction {

    private static final Logger TXN = LoggerFactory.getLogger("dev.athanor.TXN");

    private final Session session;
    private Transaction current;
    private boolean rollbackOnly;

    SessionTransaction(Session session) {
        this.session = session;
    }

    public void begin() {
        session.checkOpen("getTransaction().begin");
        if (current != null) {
            throw SessionErrors.illegalState(ErrorCode.TRANSACTION_STATE, "begin() was called while a transaction"
                    + " is active; commit() or rollback() it first");
        }
        current = session.factory().engine().begin();
        rollbackOnly = false;
    }

    public boolean isActive() {
        return current != null;
    }

    /** Flushes and commits; on any failure rolls back and throws RollbackException with the cause. */
    public void commit() {
        if (current == null) {
            throw SessionErrors.illegalState(ErrorCode.TRANSACTION_STATE, "commit() was called but no transaction"
                    + " is active; call begin() first");
        }
        if (rollbackOnly) {
            rollbackAfterFailure();
            throw new RollbackException(ErrorMessage.of(ErrorCode.ROLLED_BACK, "commit() of a transaction marked"
                    + " rollback-only (setRollbackOnly(), or an earlier failed flush); it was rolled back").render());
        }
        try {
            if (session.isOpen()) {
                session.doFlush();
            }
            current.commit();
        } catch (RuntimeException e) {
            rollbackAfterFailure();
            throw new RollbackException(ErrorMessage.of(ErrorCode.ROLLED_BACK, "commit() failed and the transaction"
                    + " was rolled back: " + e.getMessage()).render(), e);
        }
        end();
    }

    public void rollback() {
        if (current == null) {
            throw SessionErrors.illegalState(ErrorCode.TRANSACTION_STATE, "rollback() was called but no transaction"
                    + " is active");
        }
        try {
            current.rollback();
        } finally {
            end();
            session.context().clear(); // the spec: rollback detaches every managed and removed instance
        }
    }

    public void setRollbackOnly() {
        if (current == null) {
            throw SessionErrors.illegalState(ErrorCode.TRANSACTION_STATE, "setRollbackOnly() needs an active"
                    + " transaction");
        }
        rollbackOnly = true;
    }

    public boolean isRollbackOnly() {
        if (current == null) {
            throw SessionErrors.illegalState(ErrorCode.TRANSACTION_STATE, "getRollbackOnly() needs an active"
                    + " transaction");
        }
        return rollbackOnly;
    }

    /** The engine transaction while one is active; null otherwise. */
    Transaction current() {
        return current;
    }

    /** A flush failed: the transaction can only roll back now. */
    void markRollbackOnly() {
        rollbackOnly = true;
    }

    /** Rolls back after a failure (or at close), keeping the first failure as the one reported. */
    void rollbackAfterFailure() {
        try {
            current.rollback();
        } catch (RuntimeException suppressed) {
            TXN.warn("rollback after a failed commit failed too: {}", suppressed.toString());
        } finally {
            end();
            session.context().clear();
        }
    }

    private void end() {
        Transaction ended = current;
        current = null;
        rollbackOnly = false;
        session.transactionEnded();
        ended.close();
    }
}
