package dev.athanor.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.ListIterator;

/**
 * A tracked {@link List}, for to-many attributes declared as {@code List} or {@code Collection}
 * (a bag: the order is the one the elements were read in, {@code @OrderBy}'s when there is one, the
 * positions an {@code @OrderColumn} keeps when there is one of those).
 * See {@link TrackedCollection}.
 *
 * @param <E> the element type
 */
public final class TrackedList<E> extends TrackedCollection<E> implements List<E> {

    private final List<E> delegate;

    /** A list of {@code elements} (copied), loaded. */
    public TrackedList(Object owner, AttributeTracker tracker, int slot, Collection<? extends E> elements) {
        super(owner, tracker, slot, true);
        this.delegate = new ArrayList<>(elements);
    }

    /** An empty list, not loaded yet: the first use loads it. */
    public TrackedList(Object owner, AttributeTracker tracker, int slot) {
        super(owner, tracker, slot, false);
        this.delegate = new ArrayList<>();
    }

    private TrackedList(TrackedList<E> parent, List<E> view) {
        super(parent.owner(), parent.tracker(), parent.slot(), true);
        this.delegate = view;
    }

    @Override
    protected List<E> delegate() {
        return delegate;
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        load();
        return changed(delegate.addAll(index, c));
    }

    @Override
    public E get(int index) {
        load();
        return delegate.get(index);
    }

    @Override
    public E set(int index, E element) {
        load();
        E previous = delegate.set(index, element);
        if (previous != element) {
            changed();
        }
        return previous;
    }

    @Override
    public void add(int index, E element) {
        load();
        delegate.add(index, element);
        changed();
    }

    @Override
    public E remove(int index) {
        load();
        E removed = delegate.remove(index);
        changed();
        return removed;
    }

    @Override
    public int indexOf(Object o) {
        load();
        return delegate.indexOf(o);
    }

    @Override
    public int lastIndexOf(Object o) {
        load();
        return delegate.lastIndexOf(o);
    }

    @Override
    public ListIterator<E> listIterator() {
        load();
        return new TrackingListIterator<>(delegate.listIterator(), this);
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        load();
        return new TrackingListIterator<>(delegate.listIterator(index), this);
    }

    /** A view of part of the list; its changes write through and are reported like the list's own. */
    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        load();
        return new TrackedList<>(this, delegate.subList(fromIndex, toIndex));
    }
}
