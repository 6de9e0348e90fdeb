package dev.athanor.core.session;

import java.util.Arrays;

/**
 * The positions of a list with an order column, as the session knows them. Athanor writes them as
 * the specification asks, contiguous from 0; rows written otherwise (gaps, NULLs, a position twice)
 * are read in position order, NULLs last, and the list holds them compacted. Its snapshot then
 * carries a mark saying that the rows' positions are not the list's indexes, so that the first flush
 * that changes the list writes every position, not only those that changed.
 */
final class ListPositions {

    /** Appended to the snapshot of a list whose rows' positions are not 0, 1, 2, ... */
    private static final Object IRREGULAR = new Object() {
        @Override
        public String toString() {
            return "(positions in the database not 0, 1, 2, ...)";
        }
    };

    /** While rows are read: whether one owner's positions so far are 0, 1, 2, ... */
    private int next;
    private boolean regular = true;

    /** Notes the position of the next row (null for a NULL). */
    void add(Integer position) {
        regular &= position != null && position == next;
        next++;
    }

    boolean regular() {
        return regular;
    }

    /** The snapshot of a list read with {@code elements}: marked when the rows' positions were irregular. */
    static Object[] snapshot(Object[] elements, boolean regular) {
        if (regular) {
            return elements;
        }
        Object[] marked = Arrays.copyOf(elements, elements.length + 1);
        marked[elements.length] = IRREGULAR;
        return marked;
    }

    /** Whether {@code snapshot} is marked irregular. */
    static boolean irregular(Object[] snapshot) {
        return snapshot != null && snapshot.length > 0 && snapshot[snapshot.length - 1] == IRREGULAR;
    }

    /** The elements of {@code snapshot}, without its mark. */
    static Object[] elements(Object[] snapshot) {
        return irregular(snapshot) ? Arrays.copyOf(snapshot, snapshot.length - 1) : snapshot;
    }
}
