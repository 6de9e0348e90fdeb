package dev.athanor.core.session;

import java.util.function.Consumer;

/**
 * The entries of one entity type by id: an open-addressing table of the entries themselves, keyed
 * by their {@link EntityEntry#id}, so that a managed instance costs the identity map one array slot
 * rather than a map node. Linear probing; deletion shifts the following entries back, so that no
 * tombstone is left behind. Not thread-safe, like the context.
 */
final class IdTable {

    private EntityEntry[] slots = new EntityEntry[64];
    private int shift = 32 - 6;
    private int size;

    EntityEntry get(Object id) {
        EntityEntry[] table = slots;
        int mask = table.length - 1;
        for (int i = indexOf(id); ; i = (i + 1) & mask) {
            EntityEntry entry = table[i];
            if (entry == null) {
                return null;
            }
            if (entry.id.equals(id)) {
                return entry;
            }
        }
    }

    /** Adds {@code entry} under its id, replacing an entry with an equal id. */
    void put(EntityEntry entry) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        for (int i = indexOf(entry.id); ; i = (i + 1) & mask) {
            EntityEntry present = slots[i];
            if (present == null) {
                slots[i] = entry;
                size++;
                return;
            }
            if (present.id.equals(entry.id)) {
                slots[i] = entry;
                return;
            }
        }
    }

    /** Removes {@code entry} (by identity) when it is the one held under its id. */
    void remove(EntityEntry entry) {
        int mask = slots.length - 1;
        int i = indexOf(entry.id);
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
            int home = indexOf(slots[j].id);
            boolean between = i <= j ? (i < home && home <= j) : (i < home || home <= j);
            if (!between) {
                slots[i] = slots[j];
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
        slots = new EntityEntry[old.length * 2];
        shift--;
        size = 0;
        for (EntityEntry entry : old) {
            if (entry != null) {
                put(entry);
            }
        }
    }

    /** Fibonacci hashing: the top bits of the product, so that consecutive ids spread over the table. */
    private int indexOf(Object id) {
        return (id.hashCode() * 0x9E3779B9) >>> shift;
    }
}
