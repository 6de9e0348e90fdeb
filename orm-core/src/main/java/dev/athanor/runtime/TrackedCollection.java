package dev.athanor.runtime;

import java.util.Collection;
import java.util.Iterator;
import java.util.ListIterator;
import java.util.Objects;

/**
 * A to-many attribute's collection while a session manages its owner: it wraps the elements, loads
 * them on first use when they are not loaded yet, and reports every change to the owner's tracker.
 *
 * <p>An unloaded collection asks {@code tracker.loader().load(owner, tracker, slot)} before the
 * first read or write; the loader {@linkplain #fill fills} it (and may fill the same attribute of
 * sibling owners in the same query). Each change that alters the collection calls
 * {@link AttributeTracker#changed(Object, int) tracker.changed(owner, slot)}, so that the owner is looked at by
 * the next flush.
 *
 * <p>{@link #toString()} of an unloaded collection prints {@code [unloaded]} instead of loading it:
 * a log line or a debugger never runs a query, and never fails after the session closed.
 * {@code equals} and {@code hashCode} load, as they must compare elements. Not thread-safe.
 *
 * @param <E> the element type
 */
public abstract class TrackedCollection<E> implements Collection<E> {

    private final Object owner;
    private AttributeTracker tracker;
    private final int slot;
    private boolean loaded;
    /** What the session last read or wrote as this collection's rows; null when it does not know. */
    private Object[] snapshot;

    /**
     * @param owner the instance whose attribute this is
     * @param tracker the owner's tracker: where changes go and which loader loads
     * @param slot the attribute's slot, as the tracker numbers them
     * @param loaded whether the elements are there already (false: load on first use)
     */
    protected TrackedCollection(Object owner, AttributeTracker tracker, int slot, boolean loaded) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.slot = slot;
        this.loaded = loaded;
    }

    /** The collection holding the elements; its reads and writes neither load nor report. */
    protected abstract Collection<E> delegate();

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

    /** Whether this collection is the one of attribute {@code attributeSlot} of the instance {@code tracker} tracks. */
    public final boolean belongsTo(AttributeTracker attributeTracker, int attributeSlot) {
        return tracker == attributeTracker && slot == attributeSlot;
    }

    /**
     * The elements the session last read from or wrote to this collection's rows, kept here while its
     * owner has no state of its own in the session; null when unknown. Do not modify it.
     */
    public final Object[] snapshot() {
        return snapshot;
    }

    /** Keeps {@code elements} as the collection's rows (see {@link #snapshot()}). */
    public final void snapshot(Object[] elements) {
        this.snapshot = elements;
    }

    /** Replaces the elements with {@code elements} and marks the collection loaded; reports nothing. */
    public final void fill(Collection<? extends E> elements) {
        delegate().clear();
        delegate().addAll(elements);
        loaded = true;
    }

    /** The elements as they are, without loading and without tracking; empty while not loaded. */
    public final Collection<E> elements() {
        return java.util.Collections.unmodifiableCollection(delegate());
    }

    // ---- for subclasses -------------------------------------------------------------------------

    /** Loads the elements if they are not loaded yet. */
    protected final void load() {
        if (loaded) {
            return;
        }
        LazyLoader loader = tracker.loader();
        if (loader == null) {
            throw new IllegalStateException("the collection of slot " + slot + " of a "
                    + owner.getClass().getName() + " is not loaded and nothing can load it");
        }
        loader.load(owner, tracker, slot);
        // a loader that could not fill this very instance (the owner holds another collection now) leaves it empty
        loaded = true;
    }

    /** Reports a change of the collection. */
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

    // ---- Collection -----------------------------------------------------------------------------

    @Override
    public int size() {
        load();
        return delegate().size();
    }

    @Override
    public boolean isEmpty() {
        load();
        return delegate().isEmpty();
    }

    @Override
    public boolean contains(Object o) {
        load();
        return delegate().contains(o);
    }

    @Override
    public Iterator<E> iterator() {
        load();
        return new TrackingIterator<>(delegate().iterator(), this);
    }

    @Override
    public Object[] toArray() {
        load();
        return delegate().toArray();
    }

    @Override
    public <T> T[] toArray(T[] a) {
        load();
        return delegate().toArray(a);
    }

    @Override
    public boolean add(E e) {
        load();
        return changed(delegate().add(e));
    }

    @Override
    public boolean remove(Object o) {
        load();
        return changed(delegate().remove(o));
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        load();
        return delegate().containsAll(c);
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        load();
        return changed(delegate().addAll(c));
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        load();
        return changed(delegate().removeAll(c));
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        load();
        return changed(delegate().retainAll(c));
    }

    @Override
    public void clear() {
        load();
        if (!delegate().isEmpty()) {
            delegate().clear();
            changed();
        }
    }

    @Override
    public boolean equals(Object o) {
        load();
        return o == this || delegate().equals(o);
    }

    @Override
    public int hashCode() {
        load();
        return delegate().hashCode();
    }

    /** The elements, or {@code [unloaded]} without loading them (see the class comment). */
    @Override
    public String toString() {
        return loaded ? delegate().toString() : "[unloaded]";
    }

    /** An iterator whose {@code remove} (and, over a list, {@code set} and {@code add}) reports the change. */
    static class TrackingIterator<E> implements Iterator<E> {
        private final Iterator<E> iterator;
        final TrackedCollection<E> collection;

        TrackingIterator(Iterator<E> iterator, TrackedCollection<E> collection) {
            this.iterator = iterator;
            this.collection = collection;
        }

        @Override
        public boolean hasNext() {
            return iterator.hasNext();
        }

        @Override
        public E next() {
            return iterator.next();
        }

        @Override
        public void remove() {
            iterator.remove();
            collection.changed();
        }
    }

    /** The list iterator of a {@link TrackedList}. */
    static final class TrackingListIterator<E> extends TrackingIterator<E> implements ListIterator<E> {
        private final ListIterator<E> iterator;

        TrackingListIterator(ListIterator<E> iterator, TrackedCollection<E> collection) {
            super(iterator, collection);
            this.iterator = iterator;
        }

        @Override
        public boolean hasPrevious() {
            return iterator.hasPrevious();
        }

        @Override
        public E previous() {
            return iterator.previous();
        }

        @Override
        public int nextIndex() {
            return iterator.nextIndex();
        }

        @Override
        public int previousIndex() {
            return iterator.previousIndex();
        }

        @Override
        public void set(E e) {
            iterator.set(e);
            collection.changed();
        }

        @Override
        public void add(E e) {
            iterator.add(e);
            collection.changed();
        }
    }
}
