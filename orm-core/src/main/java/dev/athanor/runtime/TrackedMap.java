package dev.athanor.runtime;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A tracked {@link Map}, for to-many attributes declared as {@code Map<K, E>}: the values are the
 * associated entities, each keyed by one of its own attributes ({@code @MapKey}). It keeps the order
 * the entries were read (or put) in. See {@link TrackedToMany}.
 *
 * <p>What the database holds is the set of values; keys are recomputed from them with {@code keyOf}
 * when the map is loaded. A change through the map, its key set, values or entry set (and their
 * iterators and entries) is reported. {@link #toString()} of an unloaded map prints
 * {@code {unloaded}} without loading it. Not thread-safe.
 *
 * @param <K> the key type
 * @param <E> the element (value) type
 */
public final class TrackedMap<K, E> extends TrackedToMany<E> implements Map<K, E> {

    private final Map<K, E> delegate;
    private final Function<? super E, ? extends K> keyOf;

    /**
     * A map of {@code entries} (copied), loaded.
     *
     * @param keyOf the key of an element, used when the map is filled from its elements
     */
    public TrackedMap(Object owner, AttributeTracker tracker, int slot, Function<? super E, ? extends K> keyOf,
            Map<? extends K, ? extends E> entries) {
        super(owner, tracker, slot, true);
        this.keyOf = Objects.requireNonNull(keyOf, "keyOf");
        this.delegate = new LinkedHashMap<>(entries);
    }

    /** An empty map, not loaded yet: the first use loads it. */
    public TrackedMap(Object owner, AttributeTracker tracker, int slot, Function<? super E, ? extends K> keyOf) {
        super(owner, tracker, slot, false);
        this.keyOf = Objects.requireNonNull(keyOf, "keyOf");
        this.delegate = new LinkedHashMap<>();
    }

    @Override
    void replace(Collection<? extends E> elements) {
        delegate.clear();
        for (E element : elements) {
            delegate.put(keyOf.apply(element), element);
        }
    }

    @Override
    public Collection<E> elements() {
        return java.util.Collections.unmodifiableCollection(delegate.values());
    }

    // ---- Map ------------------------------------------------------------------------------------

    @Override
    public int size() {
        load();
        return delegate.size();
    }

    @Override
    public boolean isEmpty() {
        load();
        return delegate.isEmpty();
    }

    @Override
    public boolean containsKey(Object key) {
        load();
        return delegate.containsKey(key);
    }

    @Override
    public boolean containsValue(Object value) {
        load();
        return delegate.containsValue(value);
    }

    @Override
    public E get(Object key) {
        load();
        return delegate.get(key);
    }

    @Override
    public E put(K key, E value) {
        load();
        boolean present = delegate.containsKey(key);
        E previous = delegate.put(key, value);
        if (!present || previous != value) {
            changed();
        }
        return previous;
    }

    @Override
    public E remove(Object key) {
        load();
        boolean present = delegate.containsKey(key);
        E removed = delegate.remove(key);
        if (present) {
            changed();
        }
        return removed;
    }

    @Override
    public void putAll(Map<? extends K, ? extends E> entries) {
        load();
        for (Map.Entry<? extends K, ? extends E> entry : entries.entrySet()) {
            put(entry.getKey(), entry.getValue());
        }
    }

    @Override
    public void clear() {
        load();
        if (!delegate.isEmpty()) {
            delegate.clear();
            changed();
        }
    }

    @Override
    public Set<K> keySet() {
        load();
        return new TrackingSet<>(delegate.keySet(), this);
    }

    @Override
    public Collection<E> values() {
        load();
        return new TrackingView<>(delegate.values(), this);
    }

    @Override
    public Set<Map.Entry<K, E>> entrySet() {
        load();
        return new TrackingEntries<>(delegate.entrySet(), this);
    }

    @Override
    public boolean equals(Object o) {
        load();
        return o == this || delegate.equals(o);
    }

    @Override
    public int hashCode() {
        load();
        return delegate.hashCode();
    }

    /** The entries, or {@code {unloaded}} without loading them. */
    @Override
    public String toString() {
        return isLoaded() ? delegate.toString() : "{unloaded}";
    }

    /** A view of the map (its values); whatever removes through it is reported. Adding is not allowed, as for any map view. */
    static class TrackingView<T> implements Collection<T> {
        final Collection<T> view;
        final TrackedMap<?, ?> map;

        TrackingView(Collection<T> view, TrackedMap<?, ?> map) {
            this.view = view;
            this.map = map;
        }

        @Override
        public int size() {
            return view.size();
        }

        @Override
        public boolean isEmpty() {
            return view.isEmpty();
        }

        @Override
        public boolean contains(Object o) {
            return view.contains(o);
        }

        @Override
        public Iterator<T> iterator() {
            Iterator<T> iterator = view.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return iterator.hasNext();
                }

                @Override
                public T next() {
                    return wrap(iterator.next());
                }

                @Override
                public void remove() {
                    iterator.remove();
                    map.changed();
                }
            };
        }

        /** What the iterator hands out: the element itself, or (for entries) a view reporting {@code setValue}. */
        T wrap(T element) {
            return element;
        }

        @Override
        public Object[] toArray() {
            return view.toArray();
        }

        @Override
        public <A> A[] toArray(A[] a) {
            return view.toArray(a);
        }

        @Override
        public boolean add(T t) {
            throw new UnsupportedOperationException("a map's views take no new elements: put them in the map");
        }

        @Override
        public boolean remove(Object o) {
            return map.changed(view.remove(o));
        }

        @Override
        public boolean containsAll(Collection<?> c) {
            return view.containsAll(c);
        }

        @Override
        public boolean addAll(Collection<? extends T> c) {
            throw new UnsupportedOperationException("a map's views take no new elements: put them in the map");
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            return map.changed(view.removeAll(c));
        }

        @Override
        public boolean retainAll(Collection<?> c) {
            return map.changed(view.retainAll(c));
        }

        @Override
        public void clear() {
            if (!view.isEmpty()) {
                view.clear();
                map.changed();
            }
        }

        @Override
        public boolean equals(Object o) {
            return o == this || view.equals(o);
        }

        @Override
        public int hashCode() {
            return view.hashCode();
        }

        @Override
        public String toString() {
            return view.toString();
        }
    }

    /** The key set. */
    static class TrackingSet<T> extends TrackingView<T> implements Set<T> {
        TrackingSet(Set<T> view, TrackedMap<?, ?> map) {
            super(view, map);
        }
    }

    /** The entry set, whose entries report {@code setValue}. */
    static final class TrackingEntries<K, E> extends TrackingSet<Map.Entry<K, E>> {
        TrackingEntries(Set<Map.Entry<K, E>> view, TrackedMap<?, ?> map) {
            super(view, map);
        }

        @Override
        Map.Entry<K, E> wrap(Map.Entry<K, E> entry) {
            return new Map.Entry<>() {
                @Override
                public K getKey() {
                    return entry.getKey();
                }

                @Override
                public E getValue() {
                    return entry.getValue();
                }

                @Override
                public E setValue(E value) {
                    E previous = entry.setValue(value);
                    if (previous != value) {
                        map.changed();
                    }
                    return previous;
                }

                @Override
                public boolean equals(Object o) {
                    return entry.equals(o);
                }

                @Override
                public int hashCode() {
                    return entry.hashCode();
                }

                @Override
                public String toString() {
                    return entry.toString();
                }
            };
        }
    }
}
