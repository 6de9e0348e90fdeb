package dev.athanor.core.session;

import java.util.function.Consumer;

/**
 * The managed instances of one entity type by id: an open-addressing table holding, per instance,
 * its {@link EntityEntry} when it has one, else the instance itself (it shares a {@link CleanState},
 * and its id is in its id field), beside the ids' hash codes, so that a managed instance costs the
 * identity map an array slot and an int rather than a map node, and a probe that misses reads no
 * instance. Linear probing, filled to four fifths; deletion shifts the following slots back, so that
 * no tombstone is left behind. Not thread-safe, like the context.
 */
final class IdTable {

    /** Small: most sessions hold a few instances of a type, and a table being filled grows fourfold. */
    private static final int INITIAL = 32;
    private static final int SMALL_LONGS = 1;
    private static final int INTEGERS = 2;
    private static final int MIXED = -1;

    private final EntityPersister persister;
    private Object[] slots = new Object[INITIAL];
    private int[] hashes = new int[INITIAL];
    private int size;
    /**
     * What every id held so far is: {@link #SMALL_LONGS} (each a Long from 0 to 2^32 - 1) or {@link
     * #INTEGERS}, whose hash codes are the ids themselves, so that equal hash codes mean equal ids and
     * a probe never reads the id of an instance; {@link #MIXED} once any other id was held; 0 while empty.
     */
    private int exactKind;
    /**
     * Where the last {@link #get} that missed stopped, and for which id (that very object): the slot an
     * instance made for that id right after (a query's new entity) goes to without a second probe. -1
     * when a removal or growth since may have moved the end of that probe.
     */
    private int missSlot = -1;
    private Object missId;

    IdTable(EntityPersister persister) {
        this.persister = persister;
    }

    /** The entry or (clean) instance held under {@code id}, or null. */
    Object get(Object id) {
        int hash = id.hashCode();
        boolean exact = exactKind > 0 && kindOf(id) == exactKind;
        Object[] table = slots;
        int mask = table.length - 1;
        for (int i = indexOf(hash); ; i = (i + 1) & mask) {
            Object held = table[i];
            if (held == null) {
                missSlot = i;
                missId = id;
                return null;
            }
            if (hashes[i] == hash && (exact || id.equals(idOf(held)))) {
                return held;
            }
        }
    }

    private static int kindOf(Object id) {
        if (id instanceof Long value) {
            return value >>> 32 == 0 ? SMALL_LONGS : MIXED;
        }
        return id instanceof Integer ? INTEGERS : MIXED;
    }

    /** Adds {@code held} (an entry, or a clean instance) under {@code id}, replacing what an equal id held. */
    void put(Object held, Object id) {
        if (5 * (size + 1) > 4 * slots.length) {
            grow();
        }
        int hash = id.hashCode();
        int kind = kindOf(id);
        exactKind = exactKind == 0 || exactKind == kind ? kind : MIXED;
        int miss = missSlot;
        missSlot = -1;
        if (miss >= 0 && id == missId && slots[miss] == null) {
            slots[miss] = held; // the probe of the get that just missed this id ended here
            hashes[miss] = hash;
            size++;
            return;
        }
        int mask = slots.length - 1;
        for (int i = indexOf(hash); ; i = (i + 1) & mask) {
            Object present = slots[i];
            if (present == null) {
                slots[i] = held;
                hashes[i] = hash;
                size++;
                return;
            }
            if (hashes[i] == hash && (exactKind > 0 || id.equals(idOf(present)))) {
                slots[i] = held;
                return;
            }
        }
    }

    /** Holds {@code entry} where its instance, clean until now, was held. */
    void replace(Object instance, EntityEntry entry) {
        int i = slotOf(instance, entry.id.hashCode());
        if (i >= 0) {
            slots[i] = entry;
        }
    }

    /** Removes {@code held} (by identity) when it is what is held under {@code id}. */
    void remove(Object held, Object id) {
        int mask = slots.length - 1;
        int i = slotOf(held, id.hashCode());
        if (i < 0) {
            return;
        }
        slots[i] = null;
        size--;
        missSlot = -1;
        // shift back the slots of the run that follows, so that every one stays reachable from its home slot
        for (int j = (i + 1) & mask; slots[j] != null; j = (j + 1) & mask) {
            int home = indexOf(hashes[j]);
            boolean between = i <= j ? (i < home && home <= j) : (i < home || home <= j);
            if (!between) {
                slots[i] = slots[j];
                hashes[i] = hashes[j];
                slots[j] = null;
                i = j;
            }
        }
    }

    private int slotOf(Object held, int hash) {
        int mask = slots.length - 1;
        for (int i = indexOf(hash); slots[i] != null; i = (i + 1) & mask) {
            if (slots[i] == held) {
                return i;
            }
        }
        return -1;
    }

    void forEach(Consumer<Object> action) {
        for (Object held : slots) {
            if (held != null) {
                action.accept(held);
            }
        }
    }

    int size() {
        return size;
    }

    private Object idOf(Object held) {
        return held instanceof EntityEntry entry ? entry.id : persister.entity().id().get(held);
    }

    /** Makes room for {@code more} instances beyond those held, so that adding them grows the table at most once. */
    void reserve(int more) {
        long wanted = 5L * (size + more) / 4 + 1;
        if (wanted > slots.length && wanted <= 1 << 30) {
            resize(Integer.highestOneBit((int) wanted - 1) << 1);
        }
    }

    private void grow() {
        resize(slots.length * (slots.length < 4096 ? 4 : 2)); // a context being filled grows fast: fewer rehashes
    }

    private void resize(int length) {
        missSlot = -1;
        Object[] old = slots;
        int[] oldHashes = hashes;
        slots = new Object[length];
        hashes = new int[length];
        int mask = length - 1;
        for (int j = 0; j < old.length; j++) {
            if (old[j] != null) {
                int i = indexOf(oldHashes[j]);
                while (slots[i] != null) {
                    i = (i + 1) & mask;
                }
                slots[i] = old[j];
                hashes[i] = oldHashes[j];
            }
        }
    }

    /**
     * The home slot: the low bits, so that consecutive ids (the common case) take consecutive slots
     * and a walk over them stays in cache, with higher bits folded in so that ids a power of two
     * apart do not pile up on one slot.
     */
    private int indexOf(int hash) {
        return (hash ^ (hash >>> 8) ^ (hash >>> 16)) & (slots.length - 1);
    }
}
