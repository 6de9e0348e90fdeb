package dev.athanor.core.session;

import dev.athanor.core.query.QueryPlan.ResultItem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a fetch join repeats, kept once: the results of a query, and the elements of a fetched collection. */
final class Distinct {

    private Distinct() {
    }

    /**
     * Each result once, in first-seen order: what a fetch join of a collection repeats per element.
     * Entities are compared by identity, other values by equality.
     */
    static List<Object> results(List<ResultItem> items, List<Object> results) {
        if (items.size() == 1 && items.get(0) instanceof ResultItem.Entity) {
            Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>(results.size()));
            List<Object> out = new ArrayList<>(results.size());
            for (Object result : results) {
                if (seen.add(result)) {
                    out.add(result);
                }
            }
            return out;
        }
        Set<Object> seen = new HashSet<>();
        List<Object> out = new ArrayList<>(results.size());
        for (Object result : results) {
            Object key;
            if (result instanceof Object[] values && items.size() > 1) {
                List<Object> parts = new ArrayList<>(values.length);
                for (int i = 0; i < values.length; i++) {
                    parts.add(items.get(i) instanceof ResultItem.Entity ? new Identity(values[i]) : values[i]);
                }
                key = parts;
            } else {
                key = items.get(0) instanceof ResultItem.Entity ? new Identity(result) : result;
            }
            if (seen.add(key)) {
                out.add(result);
            }
        }
        return out;
    }

    /**
     * The distinct elements of one owner's fetched collection, in row order. Rows usually bring an
     * element once, or again right after itself (another join repeating the row): those cost a
     * comparison; a set by identity is made only for a collection long enough for a scan to cost more.
     */
    static final class Elements {
        final List<Object> list = new ArrayList<>();
        /** For a list with an order column: the positions of the rows its elements came from. */
        ListPositions positions;
        /** For such a list, the positions each element was seen at: one element may be at several. */
        private Map<Object, Set<Integer>> seenAt;

        /**
         * Adds {@code element} of a list with an order column, read at {@code position}, unless another row
         * (of a product with another fetched collection) gave it at that position already.
         */
        void addAt(Object element, Integer position) {
            if (seenAt == null) {
                seenAt = new IdentityHashMap<>();
            }
            if (seenAt.computeIfAbsent(element, e -> new HashSet<>()).add(position)) {
                list.add(element);
                positions.add(position);
            }
        }
        private Set<Object> seen;

        void add(Object element) {
            int size = list.size();
            if (size > 0 && list.get(size - 1) == element) {
                return;
            }
            if (seen != null) {
                if (seen.add(element)) {
                    list.add(element);
                }
                return;
            }
            for (int i = 0; i < size; i++) {
                if (list.get(i) == element) {
                    return;
                }
            }
            list.add(element);
            if (size >= 16) {
                seen = Collections.newSetFromMap(new IdentityHashMap<>());
                seen.addAll(list);
            }
        }
    }

    /** A value compared by identity (two equal entities are still two results), with null allowed. */
    private record Identity(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }
}
