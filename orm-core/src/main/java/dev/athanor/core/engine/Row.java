package dev.athanor.core.engine;

import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a result: values by 0-based index or by column label (ignoring case), as the driver
 * returned them or converted to a type you ask for.
 */
public final class Row {

    private final Columns columns;
    private final Object[] values;

    Row(Columns columns, Object[] values) {
        this.columns = columns;
        this.values = values;
    }

    public Object get(int index) {
        if (index < 0 || index >= values.length) {
            throw new AthanorException(ErrorMessage.of(ErrorCode.NO_SUCH_COLUMN,
                    "index " + index + " (this row has " + values.length + " columns, from 0)")
                    .detail("columns", columns));
        }
        return values[index];
    }

    public Object get(String label) {
        return values[columns.indexOf(label)];
    }

    public <T> T get(int index, Class<T> type) {
        return ValueConverter.convert(get(index), type, columns.labels().get(index));
    }

    public <T> T get(String label, Class<T> type) {
        return ValueConverter.convert(get(label), type, label);
    }

    public int size() {
        return values.length;
    }

    public Columns columns() {
        return columns;
    }

    public Object[] toArray() {
        return values.clone();
    }

    /** Label to value, in column order. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.putIfAbsent(columns.labels().get(i), values[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Row row && Arrays.deepEquals(values, row.values);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(values);
    }

    @Override
    public String toString() {
        return "Row" + Arrays.deepToString(values).replace('[', '(').replace(']', ')');
    }
}
