package dev.athanor.core.sql.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The checks the nodes' compact constructors share, so that every node fails with the same kind of message. */
final class Requires {

    private Requires() {
    }

    /** A table, column, alias or constraint name: present and not blank (quoting makes any other text safe). */
    static String name(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " needs a name, got " + (name == null ? "null" : "'" + name + "'"));
        }
        return name;
    }

    /** A name that may be absent (null), but not blank. */
    static String optionalName(String name, String what) {
        return name == null ? null : name(name, what);
    }

    static <T> T present(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    /** A query used inside another: only the outer query can lock rows. */
    static Select unlocked(Select query) {
        if (query.lock() != null) {
            throw new IllegalArgumentException("a subquery cannot lock rows (FOR UPDATE); lock in the outer query");
        }
        return query;
    }

    /** An immutable copy; null stands for no items, a null item is refused. */
    static <T> List<T> list(List<? extends T> items, String what) {
        if (items == null || items.isEmpty()) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item == null) {
                throw new IllegalArgumentException(what + " has a null item at index " + i);
            }
            copy.add(item);
        }
        return Collections.unmodifiableList(copy);
    }

    static <T> List<T> nonEmpty(List<? extends T> items, String what) {
        List<T> copy = list(items, what);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one item");
        }
        return copy;
    }

    /** Column names: at least one, each a name, none twice. */
    static List<String> columns(List<String> columns, String what) {
        List<String> copy = nonEmpty(columns, what);
        distinctNames(copy, what);
        return copy;
    }

    static void distinctNames(List<String> names, String what) {
        for (int i = 0; i < names.size(); i++) {
            name(names.get(i), what + " item " + i);
            if (names.subList(0, i).contains(names.get(i))) {
                throw new IllegalArgumentException(what + " names '" + names.get(i) + "' twice");
            }
        }
    }
}
