package dev.athanor.runtime;

import java.util.Collection;
import java.util.Iterator;
import java.util.ListIterator;

/**
 * A to-many attribute's collection while a session manages its owner ({@code List}, {@code Set} or
 * {@code Collection}): it wraps the elements, loads them on first use when they are not loaded yet,
 * and reports every change to the owner's tracker (see {@link TrackedToMany}).
 *
 * <p>{@link #toString()} of an unloaded collection prints {@code [unloaded]} instead of loading it:
 * a log line or a debugger never runs a query, and never fails after the session closed.
 * {@code equals} and {@code hashCode} load, as they must compare elements. Not thread-safe.
 *
 * @param <E> the element type
 */
public abstract class TrackedCollection<E> extends TrackedToMany<E> implements Collection<E> {

    /**
     * @param owner the instance whose attribute this is
     * @param tracker the owner's tracker: where changes go and which loader loads
     * @param slot the attribute's slot, as the tracker numbers them
     * @param loaded whether the elements are there already (false: load on first use)
     */
    protected TrackedCollection(Object owner, AttributeTracker tracker, int slot, boolean loaded) {
        super(owner, tracker, slot, loaded);
    }

    /** The collection holding the elements; its reads and writes neither load nor report. */
    protected abstract Collection<E> delegate();

    @Override
    final void replace(Collection<? extends E> elements) {
        delegate().clear();
        delegate().addAll(elements);
    }

    @Override
    public final Collection<E> elements() {
        return java.util.Collections.unmodifiableCollection(delegate());
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
        return isLoaded() ? delegate().toString() : "[unloaded]";
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
