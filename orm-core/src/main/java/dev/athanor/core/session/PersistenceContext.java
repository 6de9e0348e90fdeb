package dev.athanor.core.session;

import dev.athanor.runtime.LazyLoader;
import dev.athanor.runtime.ManagedEntity;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The identity map: at most one instance per entity class and id, and for every instance the
 * entry that tracks it. An enhanced instance carries its entry (it is its tracker), so only the
 * instances of classes that were not enhanced are also kept by identity; entries whose id the
 * database has not assigned yet are known by instance only (and are on the work list).
 *
 * <p>The <em>work list</em> holds the entries a flush must look at: every entry of a class that
 * was not enhanced (only a comparison with its snapshot tells whether it changed), and of the
 * enhanced ones those pending insert, removed, locked or changed (they put themselves on it through
 * {@link LazyLoader#dirtied}). A flush walks the work list, not the context, so that its cost
 * follows what changed.
 */
final class PersistenceContext {

    private final LazyLoader loader;
    private final List<EntityEntry> work = new ArrayList<>();
    /** Per entity type, the references not loaded yet; per type and lazy attribute, the instances it is not loaded in. */
    private final Map<EntityPersister, Waiting> hollows = new HashMap<>();
    /** By persister ordinal, then attribute index: an array walk, not two map lookups, for every to-many of every row read. */
    private Waiting[][] lazy = new Waiting[0][];

    private final Map<Class<?>, IdTable> byType = new HashMap<>();
    /** The same tables by persister ordinal. */
    private IdTable[] tables = new IdTable[0];
    /**
     * The entries of instances that were not enhanced; an enhanced instance's tracker is its entry.
     * Made with the first such instance: a session of enhanced classes only never needs its table.
     */
    private Map<Object, EntityEntry> untracked;
    private int size;

    PersistenceContext(LazyLoader loader) {
        this.loader = loader;
    }

    EntityEntry entry(Object instance) {
        if (instance instanceof ManagedEntity managed) {
            // an instance carries the entry of the context that manages it (or managed it last)
            return managed.$athanor$tracker() instanceof EntityEntry entry && entry.loader() == loader && !entry.gone
                    ? entry : null;
        }
        return untracked == null ? null : untracked.get(instance);
    }

    /** The entry of {@code persister}'s entity with this id: the hot path, without a map lookup by class. */
    EntityEntry entry(EntityPersister persister, Object id) {
        int ordinal = persister.ordinal();
        IdTable ofType = ordinal < tables.length ? tables[ordinal] : null;
        return ofType == null ? null : ofType.get(id);
    }

    EntityEntry entry(Class<?> type, Object id) {
        IdTable ofType = byType.get(type);
        return ofType == null ? null : ofType.get(id);
    }

    /** Adds a new entry for {@code instance}; registers its id when it has one. */
    EntityEntry add(Object instance, EntityPersister persister, Object id) {
        EntityEntry entry = new EntityEntry(instance, persister);
        size++;
        // every entry loads through the session: an instance that was not enhanced has tracked collections too
        entry.loader(loader);
        if (instance instanceof ManagedEntity managed) {
            managed.$athanor$tracker(entry);
        } else {
            if (untracked == null) {
                untracked = new IdentityHashMap<>();
            }
            untracked.put(instance, entry);
        }
        if (!persister.enhanced()) {
            toWork(entry);
        }
        if (id != null) {
            assignId(entry, id);
        }
        return entry;
    }

    /** Puts an entry on the work list (once). */
    void toWork(EntityEntry entry) {
        if (!entry.onWorkList) {
            entry.onWorkList = true;
            work.add(entry);
        }
    }

    /**
     * The entries a flush looks at, without copying; entries may be appended while it is walked
     * (walk it by index) and some may be {@link EntityEntry#gone}.
     */
    List<EntityEntry> work() {
        return java.util.Collections.unmodifiableList(work);
    }

    /** Records a reference whose state is not loaded yet. */
    void addHollow(EntityEntry entry) {
        hollows.computeIfAbsent(entry.persister, p -> new Waiting(null, -1)).add(entry);
    }

    /** Records that attribute {@code attributeIndex} of {@code entry} is not loaded yet. */
    void addLazy(EntityEntry entry, int attributeIndex) {
        EntityPersister persister = entry.persister;
        int ordinal = persister.ordinal();
        if (ordinal >= lazy.length) {
            lazy = java.util.Arrays.copyOf(lazy, ordinal + 1);
        }
        Waiting[] ofType = lazy[ordinal];
        if (ofType == null) {
            ofType = new Waiting[persister.entity().attributes().size()];
            lazy[ordinal] = ofType;
        }
        Waiting waiting = ofType[attributeIndex];
        if (waiting == null) {
            waiting = new Waiting(persister.entity().attributes().get(attributeIndex),
                    persister.enhanced() ? persister.tracking().slotOfAttribute(attributeIndex) : -1);
            ofType[attributeIndex] = waiting;
        }
        waiting.add(entry);
    }

    /** {@code first}, then up to {@code max - 1} other references of its type still to load, oldest first. */
    List<EntityEntry> hollowBatch(EntityEntry first, int max) {
        Waiting waiting = hollows.get(first.persister);
        return waiting == null ? List.of(first) : waiting.batch(first, max);
    }

    /** {@code first}, then up to {@code max - 1} other instances of its type whose attribute is still to load. */
    List<EntityEntry> lazyBatch(EntityEntry first, int attributeIndex, int max) {
        int ordinal = first.persister.ordinal();
        Waiting[] ofType = ordinal < lazy.length ? lazy[ordinal] : null;
        Waiting waiting = ofType == null ? null : ofType[attributeIndex];
        return waiting == null ? List.of(first) : waiting.batch(first, max);
    }

    /**
     * The entries waiting for one load, in the order they came: references (no attribute), instances
     * whose lazy basic attribute in {@code slot} is not loaded, or whose to-many attribute's
     * collection is not. Entries loaded meanwhile stay in the queue
     * until they reach its head, so that a load costs no search; walking instances in the order they
     * were read, the usual case, keeps the head moving.
     */
    private static final class Waiting {
        private final java.util.ArrayDeque<EntityEntry> queue = new java.util.ArrayDeque<>();
        private final dev.athanor.core.meta.AttributeModel attribute;
        private final int slot;

        Waiting(dev.athanor.core.meta.AttributeModel attribute, int slot) {
            this.attribute = attribute;
            this.slot = slot;
        }

        void add(EntityEntry entry) {
            queue.add(entry);
        }

        private boolean waits(EntityEntry entry) {
            if (entry.gone) {
                return false;
            }
            if (attribute == null) {
                return entry.hollow;
            }
            return attribute.kind().toMany() ? CollectionTracking.unloaded(attribute.get(entry.instance))
                    : entry.isUnloaded(slot);
        }

        List<EntityEntry> batch(EntityEntry first, int max) {
            while (!queue.isEmpty() && (!waits(queue.peekFirst()) || queue.peekFirst() == first)) {
                queue.pollFirst();
            }
            List<EntityEntry> batch = new ArrayList<>(Math.min(max, 64));
            batch.add(first);
            for (java.util.Iterator<EntityEntry> it = queue.iterator(); it.hasNext() && batch.size() < max; ) {
                EntityEntry next = it.next();
                if (next != first && waits(next)) {
                    batch.add(next);
                }
            }
            return batch;
        }
    }

    /** After a flush: drops the enhanced entries that have nothing left to write, and every entry taken out. */
    void settleWork() {
        work.removeIf(entry -> {
            boolean drop = entry.gone || (entry.tracked() && !entry.isDirty() && entry.status == EntityEntry.Status.MANAGED
                    && entry.inDatabase && entry.lock == LockModeType.NONE && !entry.forceIncrement);
            if (drop) {
                entry.onWorkList = false;
            }
            return drop;
        });
    }

    /** Records the id of an entry (once the database assigned it). */
    void assignId(EntityEntry entry, Object id) {
        entry.id = id;
        tableOf(entry.persister).put(entry);
    }

    private IdTable tableOf(EntityPersister persister) {
        int ordinal = persister.ordinal();
        if (ordinal >= tables.length) {
            tables = java.util.Arrays.copyOf(tables, ordinal + 1);
        }
        IdTable table = tables[ordinal];
        if (table == null) {
            table = new IdTable();
            tables[ordinal] = table;
            byType.put(persister.entity().javaType(), table);
        }
        return table;
    }

    /** Takes back an id assigned during a flush that failed. */
    void unassignId(EntityEntry entry) {
        if (entry.id != null) {
            forgetId(entry);
            entry.id = null;
        }
    }

    private void forgetId(EntityEntry entry) {
        IdTable ofType = byType.get(entry.persister.entity().javaType());
        if (ofType != null) {
            ofType.remove(entry);
        }
    }

    /** Forgets an entry: its instance becomes detached (or stays new). */
    void remove(EntityEntry entry) {
        if (entry.gone) {
            return;
        }
        if (!(entry.instance instanceof ManagedEntity)) {
            untracked.remove(entry.instance); // it holds every entry of an instance that was not enhanced
        }
        if (entry.id != null) {
            forgetId(entry);
        }
        entry.gone = true;
        size--;
    }

    int size() {
        return size;
    }

    /** Detaches every instance: every entry is marked gone (those with an id are in the map by type, the others on the work list). */
    void clear() {
        for (IdTable ofType : byType.values()) {
            ofType.forEach(entry -> entry.gone = true);
        }
        for (EntityEntry entry : work) {
            entry.gone = true;
        }
        if (untracked != null) {
            for (EntityEntry entry : untracked.values()) {
                entry.gone = true;
            }
            untracked.clear();
        }
        byType.clear();
        tables = new IdTable[0];
        work.clear();
        hollows.clear();
        lazy = new Waiting[0][];
        size = 0;
    }
}
