package dev.athanor.it.query;

import java.util.ArrayList;
import java.util.List;

/** Query results made comparable: rows as lists, integral numbers as {@code Long}. */
public final class Results {

    private Results() {
    }

    /** Each {@code Object[]} row as a list, integral numbers widened to {@code Long}. */
    public static List<List<Object>> rows(List<?> result) {
        List<List<Object>> rows = new ArrayList<>();
        for (Object row : result) {
            List<Object> values = new ArrayList<>();
            for (Object value : (Object[]) row) {
                values.add(normal(value));
            }
            rows.add(values);
        }
        return rows;
    }

    /** A row of expected values, integral numbers widened to {@code Long} as {@link #rows} does. */
    public static List<Object> row(Object... values) {
        List<Object> row = new ArrayList<>();
        for (Object value : values) {
            row.add(normal(value));
        }
        return row;
    }

    public static Object normal(Object value) {
        return value instanceof Integer || value instanceof Short || value instanceof Byte
                ? (Object) ((Number) value).longValue() : value;
    }
}
