package dev.athanor.runtime;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A tracked {@link Set}, for to-many attributes declared as {@code Set}; it keeps the order the
 * elements were read (or added) in. See {@link TrackedCollection}.
 *
 * @param <E> the element type
 */
public final class TrackedSet<E> extends TrackedCollection<E> implements Set<E> {

    private final Set<E> delegate;

    /** A set of {@code elements} (copied), loaded. */
    public TrackedSet(Object owner, AttributeTracker tracker, int slot, Collection<? extends E> elements) {
        super(owner, tracker, slot, true);
        this.delegate = new LinkedHashSet<>(elements);
    }

    /** An empty set, not loaded yet: the first use loads it. */
    public TrackedSet(Object owner, AttributeTracker tracker, int slot) {
        super(owner, tracker, slot, false);
        this.delegate = new LinkedHashSet<>();
    }

    @Override
    protected Set<E> delegate() {
        return delegate;
    }
}
