package dev.athanor.core.session;

import java.util.function.Consumer;

/**
 * The entries of one entity type by id: an open-addressing table of the entries themselves, keyed
 * by their {@link EntityEntry#id}, beside the ids' hash codes, so that a managed instance costs the
 * identity map an array slot and an int rather than a map node, and a probe that misses reads no
 * entry. Linear probing; deletion shifts the following entries back, so that no tombstone is left
 * behind. Not thread-safe, like the context.
 */
final class IdTable {

    /** Small: most sessions hold a few instances of a type, and a table being filled grows fourfold. */
    private static final int INITIAL = 32;

    private EntityEntry[] slots = new EntityEntry[INITIAL];
    private int[] hashes = new int[INITIAL];
    private int size;

    EntityEntry get(Object id) {
        int hash = id.hashCode();
        EntityEntry[] table = slots;
        int mask = table.length - 1;
        for (int i = indexOf(hash); ; i = (i + 1) & mask) {
            EntityEntry entry = table[i];
            if (entry == null) {
                return null;
            }
            if (hashes[i] == hash && entry.id.equals(id)) {
                return entry;
            }
        }
    }

    /** Adds {@code entry} under its id, replacing an entry with an equal id. */
    void put(EntityEntry entry) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        int hash = entry.id.hashCode();
        int mask = slots.length - 1;
        for (int i = indexOf(hash); ; i = (i + 1) & mask) {
            EntityEntry present = slots[i];
            if (present == null) {
                slots[i] = entry;
                hashes[i] = hash;
                size++;
                return;
            }
            if (hashes[i] == hash && present.id.equals(entry.id)) {
                slots[i] = entry;
                return;
            }
        }
    }

    /** Removes {@code entry} (by identity) when it is the one held under its id. */
    void remove(EntityEntry entry) {
        int mask = slots.length - 1;
        int i = indexOf(entry.id.hashCode());
        while (slots[i] != null && slots[i] != entry) {
            i = (i + 1) & mask;
        }
        if (slots[i] == null) {
            return;
        }
        slots[i] = null;
        size--;
        // shift back the entries of the run that follows, so that every one stays reachable from its home slot
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

    void forEach(Consumer<EntityEntry> action) {
        for (EntityEntry entry : slots) {
            if (entry != null) {
                action.accept(entry);
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        EntityEntry[] old = slots;
        int length = old.length * (old.length < 4096 ? 4 : 2); // a context being filled grows fast: fewer rehashes
        slots = new EntityEntry[length];
        hashes = new int[length];
        size = 0;
        for (EntityEntry entry : old) {
            if (entry != null) {
                put(entry);
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
