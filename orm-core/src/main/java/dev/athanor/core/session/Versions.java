package dev.athanor.core.session;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * {@code @Version} values: the first one a new row gets, and the next one after a change. A
 * timestamp version moves by at least a microsecond, the finest precision both databases keep,
 * so that two changes in the same microsecond still differ.
 */
final class Versions {

    private Versions() {
    }

    /** The version a new row starts with: what the application set, else 0 or now. */
    static Object initial(Class<?> type, Object current) {
        if (current != null && !(type.isPrimitive() && current instanceof Number n && n.longValue() == 0)) {
            return current;
        }
        return first(type);
    }

    private static Object first(Class<?> type) {
        Class<?> boxed = ColumnValues.boxed(type);
        if (boxed == Integer.class) {
            return 0;
        }
        if (boxed == Long.class) {
            return 0L;
        }
        if (boxed == Short.class) {
            return (short) 0;
        }
        if (boxed == Instant.class) {
            return Instant.now().truncatedTo(ChronoUnit.MICROS);
        }
        if (boxed == LocalDateTime.class) {
            return LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
        }
        throw new IllegalStateException("unsupported @Version type " + type.getName());
    }

    /** The version after {@code current}. */
    static Object next(Class<?> type, Object current) {
        if (current == null) {
            return first(type);
        }
        if (current instanceof Integer i) {
            return i + 1;
        }
        if (current instanceof Long l) {
            return l + 1;
        }
        if (current instanceof Short s) {
            return (short) (s + 1);
        }
        if (current instanceof Instant previous) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            return now.isAfter(previous) ? now : previous.plus(1, ChronoUnit.MICROS);
        }
        if (current instanceof LocalDateTime previous) {
            LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
            return now.isAfter(previous) ? now : previous.plus(1, ChronoUnit.MICROS);
        }
        throw new IllegalStateException("unsupported @Version value " + current.getClass().getName());
    }
}
