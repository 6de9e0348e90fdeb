package dev.athanor.core.session;

import dev.athanor.core.meta.AttributeModel;
import dev.athanor.runtime.AttributeTracker;
import dev.athanor.runtime.LazyLoader;
import dev.athanor.runtime.ManagedEntity;
import dev.athanor.runtime.TrackedToMany;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The identity map: at most one instance per entity class and id, and for every instance what
 * tracks it. An instance of an enhanced class carries its tracker: while it is clean (loaded and
 * unchanged, or a reference not loaded yet) the {@link CleanState} every such instance of its type
 * shares, so that it costs the context one slot of the id table and nothing else; from its first
 * change (or anything else that needs state of its own) its {@link EntityEntry}. Only the instances
 * of classes that were not enhanced are also kept by identity; entries whose id the database has
 * not assigned yet are known by instance only (and are on the work list).
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
    /**
     * By persister ordinal, the references not loaded yet; per type and lazy attribute, the instances it
     * is not loaded in.
     */
    private LoadQueue[] hollows = new LoadQueue[0];
    /** By persister ordinal, then attribute index: an array walk, not two map lookups, for every to-many of every row read. */
    private LoadQueue[][] lazy = new LoadQueue[0][];

    /** The id table of each entity type, by persister ordinal (a hierarchy's: its root's). */
    private IdTable[] tables = new IdTable[0];
    /**
     * The entries of instances that were not enhanced; an enhanced instance's tracker is its entry.
     * Made with the first such instance: a session of enhanced classes only never needs its table.
     */
    private Map<Object, EntityEntry> untracked;
    /** By persister ordinal: the {@link CleanState}s of loaded instances, of references and of read-only instances. */
    private CleanState[][] cleanStates = new CleanState[0][];
    /** Counts the {@link #clear()}s: a {@link CleanState} made before the last one is dead. */
    private int epoch;
    private int size;

    PersistenceContext(LazyLoader loader) {
        this.loader = loader;
    }

    LazyLoader loader() {
        return loader;
    }

    int epoch() {
        return epoch;
    }

    /**
     * What tracks {@code instance} in this context, without giving it an entry of its own: its
     * {@link EntityEntry}, the {@link CleanState} it shares, or null when this context does not manage it.
     */
    AttributeTracker state(Object instance) {
        if (instance == null) {
            return null;
        }
        if (instance instanceof ManagedEntity managed) {
            // an instance carries the tracker of the context that manages it (or managed it last)
            AttributeTracker tracker = managed.$athanor$tracker();
            if (tracker instanceof EntityEntry entry) {
                return entry.loader() == loader && !entry.gone ? entry : null;
            }
            return tracker instanceof CleanState clean && clean.context == this && !clean.dead() ? clean : null;
        }
        return untracked == null ? null : untracked.get(instance);
    }

    /** The entry of {@code instance}, made now if it shared a {@link CleanState}; null when not managed here. */
    EntityEntry entry(Object instance) {
        AttributeTracker state = state(instance);
        return state instanceof CleanState clean ? materialize(instance, clean) : (EntityEntry) state;
    }

    /** The entry {@code instance} has already; null when it has none (it shares a {@link CleanState}, or is not managed). */
    EntityEntry existingEntry(Object instance) {
        return state(instance) instanceof EntityEntry entry ? entry : null;
    }

    /** Whether {@code state} (of {@link #state}) is that of a managed instance, not of a removed one. */
    static boolean managed(AttributeTracker state) {
        return state instanceof CleanState || state instanceof EntityEntry entry && entry.managed();
    }

    /** Whether {@code state} (of {@link #state}) is that of a reference whose state is not loaded. */
    static boolean hollow(AttributeTracker state) {
        return state instanceof CleanState clean ? clean.hollow : state instanceof EntityEntry entry && entry.hollow;
    }

    /** The persister of the instance {@code state} (of {@link #state}, not null) tracks. */
    static EntityPersister persisterOf(AttributeTracker state) {
        return state instanceof CleanState clean ? clean.persister : ((EntityEntry) state).persister;
    }

    /**
     * Gives an instance that shared {@code clean} an entry of its own, in the same state: in the
     * database, its id, what it has not loaded. Its embedded values and collections report to the entry.
     */
    private EntityEntry materialize(Object instance, CleanState clean) {
        EntityPersister persister = clean.persister;
        EntityEntry entry = new EntityEntry(instance, persister);
        entry.loader(loader);
        entry.inDatabase = true;
        entry.hollow = clean.hollow;
        entry.readOnly = clean.readOnly;
        CleanState.markUnloaded(entry, persister, clean.hollow);
        entry.id = persister.entity().id().get(instance);
        ((ManagedEntity) instance).$athanor$tracker(entry);
        tableOf(persister).replace(instance, entry);
        EntityLoader.linkEmbedded(entry);
        for (AttributeModel attribute : persister.toManys()) {
            if (attribute.get(instance) instanceof TrackedToMany<?> collection && collection.owner() == instance
                    && collection.tracker() == clean) {
                collection.reattach(entry);
                entry.collectionSnapshot(attribute.index(), collection.snapshot());
                collection.snapshot(null); // the entry keeps it from now on
            }
        }
        return entry;
    }

    /** The id of a managed instance: its entry's, or (a clean instance) its id attribute's value. */
    Object idOf(Object instance) {
        AttributeTracker state = state(instance);
        return state instanceof EntityEntry entry ? entry.id : persisterOf(state).entity().id().get(instance);
    }

    /**
     * Keeps what {@code collection}, {@code owner}'s own collection of {@code attribute}, was just loaded
     * with as its rows: in the owner's entry, or in the collection while the owner is clean.
     */
    void loadedCollection(Object owner, AttributeModel attribute, TrackedToMany<?> collection) {
        loadedCollection(owner, attribute, collection, true);
    }

    /**
     * As {@link #loadedCollection(Object, AttributeModel, TrackedToMany)}, for a list whose rows'
     * positions were {@code regular} (0, 1, 2, ...) or not ({@link ListPositions}).
     */
    void loadedCollection(Object owner, AttributeModel attribute, TrackedToMany<?> collection, boolean regular) {
        Object[] elements = ListPositions.snapshot(collection.elements().toArray(), regular);
        if (state(owner) instanceof EntityEntry entry) {
            entry.collectionSnapshot(attribute.index(), elements);
        } else {
            collection.snapshot(elements);
        }
    }

    /** The managed instance of {@code persister}'s entity with this id, or null: the hot path, no entry made. */
    Object instance(EntityPersister persister, Object id) {
        Object found = anyInstance(persister, id);
        // in a hierarchy the id table is the root's: an instance of a sibling class is not this entity's
        return found == null || !persister.inHierarchy() || persister.entity().javaType().isInstance(found) ? found
                : null;
    }

    /** The managed instance with this id of any class of {@code persister}'s hierarchy, or null. */
    Object anyInstance(EntityPersister persister, Object id) {
        int ordinal = persister.identityOrdinal();
        IdTable ofType = ordinal < tables.length ? tables[ordinal] : null;
        Object found = ofType == null ? null : ofType.get(id);
        return found instanceof EntityEntry entry ? entry.instance : found;
    }

    /**
     * Registers an instance of an enhanced class just read (or, {@code hollow}, a reference to one)
     * under its id, sharing the {@link CleanState} of its type: no entry is made for it.
     */
    void addClean(Object instance, EntityPersister persister, Object id, boolean hollow) {
        CleanState state = cleanState(persister, hollow);
        ((ManagedEntity) instance).$athanor$tracker(state);
        size++;
        tableOf(persister).put(instance, id);
        if (hollow) {
            addHollow(instance, persister);
        }
    }

    /** The state the clean instances of {@code persister} share: loaded ones, or references. */
    CleanState cleanState(EntityPersister persister, boolean hollow) {
        return cleanState(persister, hollow ? 1 : 0);
    }

    /**
     * Marks {@code instance}, just loaded by a read-only query, read-only: a clean one moves to the
     * state the read-only instances of its type share, one with an entry says so in it.
     */
    void readOnly(Object instance) {
        AttributeTracker state = state(instance);
        if (state instanceof CleanState clean && !clean.hollow) {
            ((ManagedEntity) instance).$athanor$tracker(cleanState(clean.persister, 2));
        } else if (state instanceof EntityEntry entry) {
            entry.readOnly = true;
        }
    }

    /** {@code which}: 0 loaded, 1 references, 2 loaded by a read-only query. */
    private CleanState cleanState(EntityPersister persister, int which) {
        int ordinal = persister.ordinal();
        if (ordinal >= cleanStates.length) {
            cleanStates = Arrays.copyOf(cleanStates, Math.max(ordinal + 1, 2 * cleanStates.length));
        }
        CleanState[] kinds = cleanStates[ordinal];
        if (kinds == null) {
            kinds = new CleanState[3];
            cleanStates[ordinal] = kinds;
        }
        if (kinds[which] == null) {
            kinds[which] = new CleanState(this, persister, which == 1, which == 2);
        }
        return kinds[which];
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
        addHollow(entry.instance, entry.persister);
    }

    private void addHollow(Object instance, EntityPersister persister) {
        int ordinal = persister.ordinal();
        if (ordinal >= hollows.length) {
            hollows = Arrays.copyOf(hollows, ordinal + 1);
        }
        LoadQueue waiting = hollows[ordinal];
        if (waiting == null) {
            waiting = new LoadQueue(this, null, -1);
            hollows[ordinal] = waiting;
        }
        waiting.add(instance);
    }

    /** Records that attribute {@code attributeIndex} of {@code instance} ({@code persister}'s) is not loaded yet. */
    void addLazy(Object instance, EntityPersister persister, int attributeIndex) {
        int ordinal = persister.ordinal();
        if (ordinal >= lazy.length) {
            lazy = Arrays.copyOf(lazy, ordinal + 1);
        }
        LoadQueue[] ofType = lazy[ordinal];
        if (ofType == null) {
            ofType = new LoadQueue[persister.entity().attributes().size()];
            lazy[ordinal] = ofType;
        }
        LoadQueue waiting = ofType[attributeIndex];
        if (waiting == null) {
            waiting = new LoadQueue(this, persister.entity().attributes().get(attributeIndex),
                    persister.enhanced() ? persister.tracking().slotOfAttribute(attributeIndex) : -1);
            ofType[attributeIndex] = waiting;
        }
        waiting.add(instance);
    }

    /** {@code first}, then up to {@code max - 1} other references of its type still to load, oldest first. */
    List<Object> hollowBatch(Object first, EntityPersister persister, int max) {
        int ordinal = persister.ordinal();
        LoadQueue waiting = ordinal < hollows.length ? hollows[ordinal] : null;
        return waiting == null ? List.of(first) : waiting.batch(first, max);
    }

    /** {@code first}, then up to {@code max - 1} other instances of its type whose attribute is still to load. */
    List<Object> lazyBatch(Object first, EntityPersister persister, int attributeIndex, int max) {
        int ordinal = persister.ordinal();
        LoadQueue[] ofType = ordinal < lazy.length ? lazy[ordinal] : null;
        LoadQueue waiting = ofType == null ? null : ofType[attributeIndex];
        return waiting == null ? List.of(first) : waiting.batch(first, max);
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
        tableOf(entry.persister).put(entry, id);
    }

    /** Makes room in the identity map of {@code persister}'s type for {@code more} instances: a query's expected rows. */
    void reserve(EntityPersister persister, int more) {
        tableOf(persister).reserve(more);
    }

    private IdTable tableOf(EntityPersister persister) {
        int ordinal = persister.identityOrdinal();
        if (ordinal >= tables.length) {
            tables = Arrays.copyOf(tables, ordinal + 1);
        }
        IdTable table = tables[ordinal];
        if (table == null) {
            table = new IdTable(persister.root());
            tables[ordinal] = table;
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
        int ordinal = entry.persister.identityOrdinal();
        IdTable ofType = ordinal < tables.length ? tables[ordinal] : null;
        if (ofType != null) {
            ofType.remove(entry, entry.id);
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

    /**
     * Detaches every instance: every entry is marked gone (those with an id are in the map by type,
     * the others on the work list), and every {@link CleanState} made so far dead.
     */
    void clear() {
        for (IdTable ofType : tables) {
            if (ofType == null) {
                continue;
            }
            ofType.forEach(held -> {
                if (held instanceof EntityEntry entry) {
                    entry.gone = true;
                }
            });
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
        epoch++; // every CleanState made so far is dead: the instances that share one are detached
        cleanStates = new CleanState[0][];
        tables = new IdTable[0];
        work.clear();
        hollows = new LoadQueue[0];
        lazy = new LoadQueue[0][];
        size = 0;
    }
}
