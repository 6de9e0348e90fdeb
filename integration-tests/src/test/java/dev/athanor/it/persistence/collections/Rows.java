package dev.athanor.it.persistence.collections;

import dev.athanor.it.persistence.JpaUnit;
import java.util.List;

/**
 * Rows read back with plain JDBC, integral numbers as {@code Long}: SQLite's driver answers
 * {@code Integer} or {@code Long} by the value and MariaDB's by the column type, so that only
 * longs compare alike on every target.
 */
final class Rows {

    private Rows() {
    }

    static List<List<Object>> read(JpaUnit unit, String sql, Object... parameters) {
        return unit.rows(sql, parameters).stream()
                .map(row -> row.stream().map(Rows::normal).toList())
                .toList();
    }

    private static Object normal(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                ? (Object) ((Number) value).longValue() : value;
    }
}
