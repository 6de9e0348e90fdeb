package dev.athanor.core.session;

import dev.athanor.runtime.AttributeTracker;
import jakarta.persistence.LockModeType;

/**
 * What the persistence context knows of one entity instance: its id, whether it is managed or
 * removed, whether its row exists yet, and the column values last written or read (the
 * snapshot a dirty check compares with).
 *
 * <p>For an instance of an enhanced class the entry is also its {@link AttributeTracker}: the
 * instance reports its changes and its reads of unloaded attributes to it, so that a flush visits
 * only the entries on the context's work list (see {@link PersistenceContext#work()}).
 */
final class EntityEntry extends AttributeTracker {

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
    /** A reference whose state is not loaded yet: only its id is (enhanced classes only). */
    boolean hollow;
    /** On the context's work list. */
    boolean onWorkList;
    /**
     * Per to-many attribute (by attribute index), the elements its rows held at the last load or
     * flush: what the next flush compares the collection with. Null while nothing is known.
     */
    private Object[][] collections;
    /** Scratch values of the flush that is ordering this entry. */
    int flushRank;
    int flushLevel = -1;

    EntityEntry(Object instance, EntityPersister persister, long sequence) {
        super(null);
        this.instance = instance;
        this.persister = persister;
        this.sequence = sequence;
    }

    /** The elements to-many attribute {@code attributeIndex} held at its last load or flush; null when unknown. */
    Object[] collectionSnapshot(int attributeIndex) {
        return collections == null ? null : collections[attributeIndex];
    }

    void collectionSnapshot(int attributeIndex, Object[] elements) {
        if (collections == null) {
            if (elements == null) {
                return;
            }
            collections = new Object[persister.entity().attributes().size()][];
        }
        collections[attributeIndex] = elements;
    }

    /** Whether the instance reports its own changes (its class was enhanced). */
    boolean tracked() {
        return persister.enhanced();
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
