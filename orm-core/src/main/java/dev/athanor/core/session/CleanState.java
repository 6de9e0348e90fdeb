package dev.athanor.core.session;

import dev.athanor.runtime.AttributeTracker;

/**
 * The tracker every clean instance of one enhanced entity type shares in one context: loaded from
 * its row and unchanged since (its lazy basic attributes not loaded), or a reference whose state is
 * not loaded yet ({@link #hollow}). Such an instance needs nothing of its own: its id is in its id
 * field, what the database holds is what its fields hold, and what is not loaded is the same for
 * every instance in that state. So a context of many clean instances costs one slot of the identity
 * table per instance and no object.
 *
 * <p>The first change of such an instance gives it an {@link EntityEntry} of its own ({@link
 * PersistenceContext#entry(Object)}), which then takes the change; so does anything else that
 * keeps state per instance (a lock, a removal, a loaded lazy attribute, a collection's snapshot).
 *
 * <p>Instances a read-only query loaded share a state of their own, so that they stay read-only
 * without an entry.
 *
 * <p>{@link #dead()} once the context is cleared or closed: the instances that still point at it are
 * detached.
 */
final class CleanState extends AttributeTracker {

    final PersistenceContext context;
    final EntityPersister persister;
    /** A reference: only the id is loaded. */
    final boolean hollow;
    /** Loaded by a read-only query: its changes are never written (an entry made for it says so too). */
    final boolean readOnly;
    /** The context's {@link PersistenceContext#epoch()} when this state was made. */
    private final int epoch;

    CleanState(PersistenceContext context, EntityPersister persister, boolean hollow, boolean readOnly) {
        super(context.loader());
        this.context = context;
        this.persister = persister;
        this.hollow = hollow;
        this.readOnly = readOnly;
        this.epoch = context.epoch();
        markUnloaded(this, persister, hollow);
    }

    /**
     * Marks in {@code tracker} what an instance in this state has not loaded: all but the id, or its lazy
     * basics and deferred to-ones.
     */
    static void markUnloaded(AttributeTracker tracker, EntityPersister persister, boolean hollow) {
        if (hollow) {
            persister.tracking().unloadAllButId(tracker);
        } else {
            for (dev.athanor.core.meta.AttributeModel lazy : persister.tracking().lazyAttributes()) {
                tracker.unloaded(persister.tracking().slotOfAttribute(lazy.index()));
            }
        }
    }

    /** The first change of {@code self}: it gets an entry of its own, which records the change. */
    @Override
    public void changed(Object self, int slot) {
        EntityEntry entry = dead() ? null : context.entry(self);
        if (entry != null) {
            entry.changed(self, slot);
        }
    }

    /** Whether the context let go of every instance in this state since it was made (clear, close, rollback). */
    boolean dead() {
        return epoch != context.epoch();
    }

    @Override
    public String toString() {
        return "CleanState[" + persister.entity().name() + (hollow ? ", reference" : "")
                + (readOnly ? ", read-only" : "") + (dead() ? ", detached" : "") + "]";
    }
}
