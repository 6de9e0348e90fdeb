package dev.athanor.core.session;

import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.CollectionModel;
import dev.athanor.runtime.AttributeTracker;
import dev.athanor.runtime.TrackedList;
import dev.athanor.runtime.TrackedMap;
import dev.athanor.runtime.TrackedSet;
import dev.athanor.runtime.TrackedToMany;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The tracked collections (and maps) of managed instances: made unloaded when a row is read, wrapped
 * around what the application put in a to-many attribute when the owner is persisted or flushed, and
 * read without loading by the flush and the cascades. The container is the declared one; a map's
 * elements are its values, its keys their {@code @MapKey} attribute.
 */
final class CollectionTracking {

    private static final Object[] NONE = new Object[0];

    private CollectionTracking() {
    }

    /**
     * A loaded tracked collection for {@code attribute} of {@code entry}'s instance holding what
     * {@code value} holds (a collection, or a map whose entries are kept as they are); null is empty.
     */
    static TrackedToMany<Object> loaded(EntityEntry entry, AttributeModel attribute, Object value) {
        int slot = entry.persister.tracking().collectionSlot(attribute.index());
        CollectionModel.Container container = attribute.collection().container();
        if (container == CollectionModel.Container.MAP) {
            Map<Object, Object> entries = entriesOf(entry.persister, attribute, value);
            return new TrackedMap<>(entry.instance, entry, slot, entry.persister.mapKey(attribute), entries);
        }
        Collection<?> elements = elements(value);
        return container == CollectionModel.Container.SET
                ? new TrackedSet<>(entry.instance, entry, slot, elements)
                : new TrackedList<>(entry.instance, entry, slot, elements);
    }

    /** An unloaded tracked collection of {@code owner}, reporting to {@code tracker}, which loads on first use. */
    static TrackedToMany<Object> unloaded(Object owner, AttributeTracker tracker, EntityPersister persister,
            AttributeModel attribute) {
        int slot = persister.tracking().collectionSlot(attribute.index());
        return switch (attribute.collection().container()) {
            case SET -> new TrackedSet<>(owner, tracker, slot);
            case MAP -> new TrackedMap<>(owner, tracker, slot, persister.mapKey(attribute));
            case LIST, COLLECTION -> new TrackedList<>(owner, tracker, slot);
        };
    }

    /**
     * A plain (untracked) value of {@code attribute}, of {@code owner}'s entity, holding {@code elements}:
     * a list, a set, or a map keyed by each element's {@code @MapKey} attribute.
     */
    static Object plain(EntityPersister owner, AttributeModel attribute, Collection<?> elements) {
        return switch (attribute.collection().container()) {
            case SET -> new LinkedHashSet<>(elements);
            case MAP -> keyed(owner, attribute, elements);
            case LIST, COLLECTION -> new ArrayList<>(elements);
        };
    }

    private static Map<Object, Object> keyed(EntityPersister owner, AttributeModel attribute, Collection<?> elements) {
        java.util.function.Function<Object, Object> keyOf = owner.mapKey(attribute);
        Map<Object, Object> map = new LinkedHashMap<>();
        for (Object element : elements) {
            map.put(element == null ? null : keyOf.apply(element), element);
        }
        return map;
    }

    /** The entries of a map attribute's value as they are, without loading; keyed by element when it is a collection. */
    private static Map<Object, Object> entriesOf(EntityPersister owner, AttributeModel attribute, Object value) {
        if (unloaded(value)) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> map) {
            return new LinkedHashMap<>(map);
        }
        return keyed(owner, attribute, elements(value));
    }

    /** {@code value} when it is the tracked collection of {@code attribute} of {@code entry}; null otherwise. */
    static TrackedToMany<?> own(EntityEntry entry, AttributeModel attribute, Object value) {
        return own(entry.instance, entry, entry.persister, attribute, value);
    }

    /**
     * {@code value} when it is the tracked collection of {@code attribute} of {@code owner}, which
     * {@code state} tracks (its entry, or the clean state it shares with others of its type); null otherwise.
     */
    static TrackedToMany<?> own(Object owner, AttributeTracker state, EntityPersister persister,
            AttributeModel attribute, Object value) {
        return value instanceof TrackedToMany<?> tracked && tracked.owner() == owner
                && tracked.belongsTo(state, persister.tracking().collectionSlot(attribute.index())) ? tracked : null;
    }

    /** Whether {@code value} is a tracked collection (or map) whose elements are not loaded. */
    static boolean unloaded(Object value) {
        return value instanceof TrackedToMany<?> tracked && !tracked.isLoaded();
    }

    /**
     * The elements a to-many attribute holds (a map's values), without loading: none for null or an
     * unloaded collection.
     */
    static Collection<?> elements(Object value) {
        if (value == null || unloaded(value)) {
            return List.of();
        }
        if (value instanceof TrackedToMany<?> tracked) {
            return tracked.elements();
        }
        return value instanceof Map<?, ?> map ? map.values() : (Collection<?>) value;
    }

    /** The elements of a to-many value (a map's values), loading it if need be; null for null. */
    static Collection<?> loadedElements(Object value) {
        return value instanceof Map<?, ?> map ? map.values() : (Collection<?>) value;
    }

    /**
     * Makes each to-many attribute of {@code entry}'s instance hold its own tracked collection,
     * wrapping (a copy of) what the application put there; null becomes an empty collection. For a
     * new instance, whose rows do not exist yet, what it held before is nothing.
     */
    static void track(EntityEntry entry, boolean isNew) {
        for (AttributeModel attribute : entry.persister.toManys()) {
            Object value = attribute.get(entry.instance);
            if (own(entry, attribute, value) == null) {
                attribute.set(entry.instance, loaded(entry, attribute, value));
            }
            if (isNew) {
                entry.collectionSnapshot(attribute.index(), NONE);
            }
        }
    }
}
