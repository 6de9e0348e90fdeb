package dev.athanor.core.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

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

    /** While rows are read: the positions of one owner's elements, in the order they were read. */
    private final List<Integer> positions = new ArrayList<>();
    private boolean regular;

    /** Notes the position of the next element read (null for a NULL). */
    void add(Integer position) {
        positions.add(position);
    }

    /**
     * {@code elements}, the ones read (one per {@link #add}), in position order, NULLs last, those of
     * one position in the order read; afterwards {@link #regular()} says whether the positions were
     * exactly 0, 1, 2, ...
     */
    List<Object> sort(List<Object> elements) {
        Integer[] order = new Integer[elements.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(positions::get, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Object> sorted = new ArrayList<>(order.length);
        regular = true;
        for (int i = 0; i < order.length; i++) {
            sorted.add(elements.get(order[i]));
            Integer position = positions.get(order[i]);
            regular &= position != null && position == i;
        }
        return sorted;
    }

    /** Whether the positions {@link #sort} ordered by were 0, 1, 2, ... */
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
