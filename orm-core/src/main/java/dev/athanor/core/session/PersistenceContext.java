package dev.athanor.core.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The identity map: at most one instance per entity class and id, and for every instance the
 * entry that tracks it. Entries whose id the database has not assigned yet are known by
 * instance only.
 */
final class PersistenceContext {

    private record Key(Class<?> type, Object id) {
    }

    private final Map<Key, EntityEntry> byKey = new HashMap<>();
    private final Map<Object, EntityEntry> byInstance = new IdentityHashMap<>();
    private long sequence;

    EntityEntry entry(Object instance) {
        return byInstance.get(instance);
    }

    EntityEntry entry(Class<?> type, Object id) {
        return byKey.get(new Key(type, id));
    }

    /** Adds a new entry for {@code instance}; registers its id when it has one. */
    EntityEntry add(Object instance, EntityPersister persister, Object id) {
        EntityEntry entry = new EntityEntry(instance, persister, sequence++);
        byInstance.put(instance, entry);
        if (id != null) {
            assignId(entry, id);
        }
        return entry;
    }

    /** Records the id of an entry (once the database assigned it). */
    void assignId(EntityEntry entry, Object id) {
        entry.id = id;
        byKey.put(new Key(entry.persister.entity().javaType(), id), entry);
    }

    /** Takes back an id assigned during a flush that failed. */
    void unassignId(EntityEntry entry) {
        if (entry.id != null) {
            byKey.remove(new Key(entry.persister.entity().javaType(), entry.id), entry);
            entry.id = null;
        }
    }

    /** Forgets an entry: its instance becomes detached (or stays new). */
    void remove(EntityEntry entry) {
        byInstance.remove(entry.instance);
        if (entry.id != null) {
            byKey.remove(new Key(entry.persister.entity().javaType(), entry.id), entry);
        }
    }

    /** Every entry, in the order they entered the context. */
    List<EntityEntry> entries() {
        List<EntityEntry> all = new ArrayList<>(byInstance.values());
        all.sort((a, b) -> Long.compare(a.sequence, b.sequence));
        return all;
    }

    Collection<EntityEntry> unordered() {
        return byInstance.values();
    }

    int size() {
        return byInstance.size();
    }

    void clear() {
        byKey.clear();
        byInstance.clear();
    }
}
