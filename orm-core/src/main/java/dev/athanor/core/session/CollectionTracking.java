package dev.athanor.core.session;

import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.CollectionModel;
import dev.athanor.runtime.AttributeTracker;
import dev.athanor.runtime.TrackedCollection;
import dev.athanor.runtime.TrackedList;
import dev.athanor.runtime.TrackedSet;
import java.util.Collection;
import java.util.List;

/**
 * The tracked collections of managed instances: made unloaded when a row is read, wrapped around
 * what the application put in a to-many attribute when the owner is persisted or flushed, and read
 * without loading by the flush and the cascades.
 */
final class CollectionTracking {

    private static final Object[] NONE = new Object[0];

    private CollectionTracking() {
    }

    /** A loaded tracked collection of {@code elements} for {@code attribute} of {@code entry}'s instance. */
    static TrackedCollection<Object> loaded(EntityEntry entry, AttributeModel attribute, Collection<?> elements) {
        int slot = entry.persister.tracking().collectionSlot(attribute.index());
        return attribute.collection().container() == CollectionModel.Container.SET
                ? new TrackedSet<>(entry.instance, entry, slot, elements)
                : new TrackedList<>(entry.instance, entry, slot, elements);
    }

    /** An unloaded tracked collection of {@code owner}, reporting to {@code tracker}, which loads on first use. */
    static TrackedCollection<Object> unloaded(Object owner, AttributeTracker tracker, EntityPersister persister,
            AttributeModel attribute) {
        int slot = persister.tracking().collectionSlot(attribute.index());
        return attribute.collection().container() == CollectionModel.Container.SET
                ? new TrackedSet<>(owner, tracker, slot)
                : new TrackedList<>(owner, tracker, slot);
    }

    /** {@code value} when it is the tracked collection of {@code attribute} of {@code entry}; null otherwise. */
    static TrackedCollection<?> own(EntityEntry entry, AttributeModel attribute, Object value) {
        return own(entry.instance, entry, entry.persister, attribute, value);
    }

    /**
     * {@code value} when it is the tracked collection of {@code attribute} of {@code owner}, which
     * {@code state} tracks (its entry, or the clean state it shares with others of its type); null otherwise.
     */
    static TrackedCollection<?> own(Object owner, AttributeTracker state, EntityPersister persister,
            AttributeModel attribute, Object value) {
        return value instanceof TrackedCollection<?> tracked && tracked.owner() == owner
                && tracked.belongsTo(state, persister.tracking().collectionSlot(attribute.index())) ? tracked : null;
    }

    /** Whether {@code value} is a tracked collection whose elements are not loaded. */
    static boolean unloaded(Object value) {
        return value instanceof TrackedCollection<?> tracked && !tracked.isLoaded();
    }

    /** The elements a to-many attribute holds, without loading: none for null or an unloaded collection. */
    static Collection<?> elements(Object value) {
        if (value == null || unloaded(value)) {
            return List.of();
        }
        return value instanceof TrackedCollection<?> tracked ? tracked.elements() : (Collection<?>) value;
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
                attribute.set(entry.instance, loaded(entry, attribute, elements(value)));
            }
            if (isNew) {
                entry.collectionSnapshot(attribute.index(), NONE);
            }
        }
    }
}
