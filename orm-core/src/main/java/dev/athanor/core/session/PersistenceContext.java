package dev.athanor.core.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The identity map: at most one instance per entity class and id, and for every instance the
 * entry that tracks it. Entries whose id the database has not assigned yet are known by
 * instance only. Entries are also kept in the order they entered, so that a flush walks them in
 * persist order without sorting; entries taken out are dropped from that list lazily.
 */
final class PersistenceContext {

    private final Map<Class<?>, Map<Object, EntityEntry>> byType = new HashMap<>();
    // sized for a unit of work of a hundred or so entities, so that a typical flush never rehashes
    private final Map<Object, EntityEntry> byInstance = new IdentityHashMap<>(128);
    private final List<EntityEntry> inOrder = new ArrayList<>(128);
    private int gone;
    private long sequence;

    EntityEntry entry(Object instance) {
        return byInstance.get(instance);
    }

    EntityEntry entry(Class<?> type, Object id) {
        Map<Object, EntityEntry> ofType = byType.get(type);
        return ofType == null ? null : ofType.get(id);
    }

    /** Adds a new entry for {@code instance}; registers its id when it has one. */
    EntityEntry add(Object instance, EntityPersister persister, Object id) {
        EntityEntry entry = new EntityEntry(instance, persister, sequence++);
        byInstance.put(instance, entry);
        inOrder.add(entry);
        if (id != null) {
            assignId(entry, id);
        }
        return entry;
    }

    /** Records the id of an entry (once the database assigned it). */
    void assignId(EntityEntry entry, Object id) {
        entry.id = id;
        byType.computeIfAbsent(entry.persister.entity().javaType(), t -> new HashMap<>(256)).put(id, entry);
    }

    /** Takes back an id assigned during a flush that failed. */
    void unassignId(EntityEntry entry) {
        if (entry.id != null) {
            forgetId(entry);
            entry.id = null;
        }
    }

    private void forgetId(EntityEntry entry) {
        Map<Object, EntityEntry> ofType = byType.get(entry.persister.entity().javaType());
        if (ofType != null) {
            ofType.remove(entry.id, entry);
        }
    }

    /** Forgets an entry: its instance becomes detached (or stays new). */
    void remove(EntityEntry entry) {
        if (byInstance.remove(entry.instance) == null) {
            return;
        }
        if (entry.id != null) {
            forgetId(entry);
        }
        entry.gone = true;
        if (++gone > 32 && gone > inOrder.size() / 2) {
            inOrder.removeIf(e -> e.gone);
            gone = 0;
        }
    }

    /**
     * The entries in the order they entered, without copying: entries taken out are still in it,
     * marked {@link EntityEntry#gone}, for the caller to skip. Walk it by index; entries added
     * meanwhile are appended and walked too. Only {@link #remove} reorganises it, so nothing that
     * walks it may remove entries.
     */
    List<EntityEntry> live() {
        return java.util.Collections.unmodifiableList(inOrder);
    }

    int size() {
        return byInstance.size();
    }

    void clear() {
        for (EntityEntry entry : inOrder) {
            entry.gone = true;
        }
        byType.clear();
        byInstance.clear();
        inOrder.clear();
        gone = 0;
    }
}
