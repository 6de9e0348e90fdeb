package dev.athanor.core.session;

import jakarta.persistence.LockModeType;

/**
 * What the persistence context knows of one entity instance: its id, whether it is managed or
 * removed, whether its row exists yet, and the column values last written or read (the
 * snapshot a dirty check compares with).
 */
final class EntityEntry {

    /** The life-cycle states an entry can be in; detached and new instances have no entry. */
    enum Status {
        MANAGED, REMOVED
    }

    final Object instance;
    final EntityPersister persister;
    final long sequence;
    Object id;
    Status status = Status.MANAGED;
    boolean inDatabase;
    Object[] snapshot;
    LockModeType lock = LockModeType.NONE;
    boolean forceIncrement;
    /** Taken out of the context (detached, or deleted at flush). */
    boolean gone;
    /** Scratch values of the flush that is ordering this entry. */
    int flushRank;
    int flushLevel = -1;

    EntityEntry(Object instance, EntityPersister persister, long sequence) {
        this.instance = instance;
        this.persister = persister;
        this.sequence = sequence;
    }

    boolean managed() {
        return status == Status.MANAGED;
    }

    /** Persisted in this context and not yet inserted. */
    boolean pendingInsert() {
        return status == Status.MANAGED && !inDatabase;
    }

    String describe() {
        return persister.entity().name() + (id == null ? " (id not assigned yet)" : " with id " + id);
    }

    @Override
    public String toString() {
        return "EntityEntry[" + describe() + ", " + status + (inDatabase ? "" : ", not inserted") + "]";
    }
}
