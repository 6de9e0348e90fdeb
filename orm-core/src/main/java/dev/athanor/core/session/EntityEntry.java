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

    /** Marks a column of an enhanced instance's {@link #snapshot} whose value was not taken. */
    private static final Object UNSET = new Object();

    final Object instance;
    final EntityPersister persister;
    Object id;
    Status status = Status.MANAGED;
    boolean inDatabase;
    /**
     * Of an instance that was not enhanced, every column value last read or written: what the dirty
     * check compares with. Of an enhanced instance, the values the columns of each attribute held
     * before its first change since the last flush (the others {@code UNSET}), or null while nothing
     * changed: its unchanged columns hold what the database holds.
     */
    Object[] snapshot;
    LockModeType lock = LockModeType.NONE;
    boolean forceIncrement;
    /** Taken out of the context (detached, or deleted at flush). */
    boolean gone;
    /** A reference whose state is not loaded yet: only its id is (enhanced classes only). */
    boolean hollow;
    /** On the context's work list. */
    boolean onWorkList;
    /** Loaded by a read-only query: a flush does not look for its changes. */
    boolean readOnly;
    /**
     * Per to-many attribute (by attribute index), the elements its rows held at the last load or
     * flush: what the next flush compares the collection with. Null while nothing is known.
     */
    private Object[][] collections;
    /** Scratch value of the flush that is ordering this entry. */
    int flushLevel = -1;

    EntityEntry(Object instance, EntityPersister persister) {
        super(null);
        this.instance = instance;
        this.persister = persister;
    }

    /**
     * The value the database holds in column {@code column} as far as this context knows: the
     * snapshot's, the value before the attribute's first change, or (an enhanced instance's
     * unchanged attribute) the value the instance holds.
     */
    Object before(int column) {
        Object kept = snapshot == null ? UNSET : snapshot[column];
        return kept != UNSET ? kept : persister.columns().slots().get(column).read(instance);
    }

    /** Keeps the value column {@code column} holds now as the database's, before the flush changes it (the version). */
    void keep(int column) {
        if (tracked()) {
            Object[] originals = originals();
            if (originals[column] == UNSET) {
                originals[column] = persister.columns().slots().get(column).read(instance);
            }
        }
    }

    private Object[] originals() {
        if (snapshot == null) {
            snapshot = new Object[persister.columns().size()];
            java.util.Arrays.fill(snapshot, UNSET);
        }
        return snapshot;
    }

    /** The state was written or read: what the instance holds is what the database holds. */
    void settled(Object[] columnValues) {
        if (tracked()) {
            snapshot = null;
            clean();
        } else {
            snapshot = columnValues;
        }
    }

    /** Before the first change of {@code slot}: keeps the values its columns hold, still the database's. */
    @Override
    protected void firstChange(int slot) {
        int attribute = persister.tracking().attributeOfSlot(slot);
        if (!tracked() || attribute < 0 || hollow) {
            return;
        }
        EntityColumns columns = persister.columns();
        int first = columns.firstSlot(attribute);
        int count = columns.slotCount(attribute);
        if (count == 0) {
            // a to-many attribute, whose collection keeps its own snapshot; one about to be replaced
            // before it was ever loaded is loaded now, so that the flush knows which elements are orphans
            if (inDatabase && persister.entity().attributes().get(attribute).collection().orphanRemoval()
                    && persister.entity().attributes().get(attribute).get(instance)
                            instanceof dev.athanor.runtime.TrackedToMany<?> old && !old.isLoaded()) {
                CollectionTracking.loadedElements(old).size();
            }
            return;
        }
        Object[] originals = originals();
        for (int i = first; i < first + count; i++) {
            if (originals[i] == UNSET) {
                originals[i] = columns.slots().get(i).read(instance);
            }
        }
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
