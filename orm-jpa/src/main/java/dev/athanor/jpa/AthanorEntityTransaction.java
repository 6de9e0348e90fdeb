package dev.athanor.jpa;

import dev.athanor.core.session.Session;
import jakarta.persistence.EntityTransaction;

/**
 * The resource-local transaction of an {@link AthanorEntityManager}: one database transaction on
 * one pooled connection, held from {@code begin()} to {@code commit()} or {@code rollback()}.
 */
final class AthanorEntityTransaction implements EntityTransaction {

    private final Session session;
    private Integer timeout;

    AthanorEntityTransaction(Session session) {
        this.session = session;
    }

    @Override
    public void begin() {
        session.transaction().begin();
    }

    @Override
    public void commit() {
        session.transaction().commit();
    }

    @Override
    public void rollback() {
        session.transaction().rollback();
    }

    @Override
    public void setRollbackOnly() {
        session.transaction().setRollbackOnly();
    }

    @Override
    public boolean getRollbackOnly() {
        return session.transaction().isRollbackOnly();
    }

    @Override
    public boolean isActive() {
        return session.transaction().isActive();
    }

    /** Recorded for {@link #getTimeout()}; statement timeouts come with the queries issue. */
    @Override
    public void setTimeout(Integer timeout) {
        this.timeout = timeout;
    }

    @Override
    public Integer getTimeout() {
        return timeout;
    }
}
