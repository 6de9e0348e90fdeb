package dev.athanor.runtime;

import java.util.Collection;
import java.util.Objects;

/**
 * The value of a to-many attribute while a session manages its owner, whatever interface it is
 * declared as: a {@link TrackedCollection} ({@code List}, {@code Set}, {@code Collection}) or a
 * {@link TrackedMap}. It holds its elements, loads them on first use when they are not loaded yet,
 * and reports every change to the owner's tracker.
 *
 * <p>An unloaded one asks {@code tracker.loader().load(owner, tracker, slot)} before the first read
 * or write; the loader {@linkplain #fill fills} it (and may fill the same attribute of sibling owners
 * in the same query). Each change calls {@link AttributeTracker#changed(Object, int)
 * tracker.changed(owner, slot)}, so that the owner is looked at by the next flush. Not thread-safe.
 *
 * @param <E> the element type
 */
public abstract class TrackedToMany<E> {

    private final Object owner;
    private AttributeTracker tracker;
    private final int slot;
    private boolean loaded;
    /** What the session last read or wrote as this attribute's rows; null when it does not know. */
    private Object[] snapshot;

    /**
     * @param owner the instance whose attribute this is
     * @param tracker the owner's tracker: where changes go and which loader loads
     * @param slot the attribute's slot, as the tracker numbers them
     * @param loaded whether the elements are there already (false: load on first use)
     */
    TrackedToMany(Object owner, AttributeTracker tracker, int slot, boolean loaded) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.slot = slot;
        this.loaded = loaded;
    }

    // ---- for the session ------------------------------------------------------------------------

    /** The instance whose attribute this is. */
    public final Object owner() {
        return owner;
    }

    /** The owner's tracker. */
    public final AttributeTracker tracker() {
        return tracker;
    }

    /** The attribute's slot. */
    public final int slot() {
        return slot;
    }

    /** Whether the elements are loaded. */
    public final boolean isLoaded() {
        return loaded;
    }

    /**
     * Reports to {@code replacement} from now on: the session gives an instance a tracker of its own
     * when it first changes, in place of the one it shared with every clean instance of its type.
     */
    public final void reattach(AttributeTracker replacement) {
        this.tracker = Objects.requireNonNull(replacement, "tracker");
    }

    /** Whether this is the value of attribute {@code attributeSlot} of the instance {@code attributeTracker} tracks. */
    public final boolean belongsTo(AttributeTracker attributeTracker, int attributeSlot) {
        return tracker == attributeTracker && slot == attributeSlot;
    }

    /**
     * The elements the session last read from or wrote to this attribute's rows, kept here while its
     * owner has no state of its own in the session; null when unknown. Do not modify it.
     */
    public final Object[] snapshot() {
        return snapshot;
    }

    /** Keeps {@code elements} as the attribute's rows (see {@link #snapshot()}). */
    public final void snapshot(Object[] elements) {
        this.snapshot = elements;
    }

    /** Replaces the elements with {@code elements} and marks them loaded; reports nothing. */
    public final void fill(Collection<? extends E> elements) {
        replace(elements);
        loaded = true;
    }

    /** The elements as they are (a map's values), without loading and without tracking; empty while not loaded. */
    public abstract Collection<E> elements();

    /** Replaces what the delegate holds with {@code elements}, neither loading nor reporting. */
    abstract void replace(Collection<? extends E> elements);

    // ---- for subclasses -------------------------------------------------------------------------

    /** Loads the elements if they are not loaded yet. */
    protected final void load() {
        if (loaded) {
            return;
        }
        LazyLoader loader = tracker.loader();
        if (loader == null) {
            throw new IllegalStateException("the " + (this instanceof TrackedMap ? "map" : "collection") + " of slot "
                    + slot + " of a " + owner.getClass().getName() + " is not loaded and nothing can load it");
        }
        loader.load(owner, tracker, slot);
        // a loader that could not fill this very instance (the owner holds another value now) leaves it empty
        loaded = true;
    }

    /** Reports a change. */
    protected final void changed() {
        tracker.changed(owner, slot);
    }

    /** Reports a change when {@code result} says there was one, and returns it. */
    protected final boolean changed(boolean result) {
        if (result) {
            tracker.changed(owner, slot);
        }
        return result;
    }
}
