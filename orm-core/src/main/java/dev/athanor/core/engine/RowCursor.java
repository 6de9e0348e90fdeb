package dev.athanor.core.engine;

import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A query's rows read one at a time from the open result, each column only when asked for: a
 * caller that recognises a row's entity by its id column can leave the entity's other columns
 * unread. Values come through the same typed fetch and conversion as {@link Row#get(int, Class)}
 * of a {@link Result}. When a listener watches statements or rows, the result is read whole first
 * (so the listener hears of it, timed and counted, as of any query) and served from there. Holds a
 * statement of its connection until closed; use it in try-with-resources.
 */
public final class RowCursor implements AutoCloseable {

    private final EngineConnection connection;
    private final String sql;
    private final List<Object> parameters;
    private Class<?>[] types;
    private final Columns columns;
    private StatementCache.Entry entry;
    private ResultSet rs;
    /** The rows of a result read whole (a listener is watching); null when reading from {@code rs}. */
    private final List<Row> rows;
    private int next;
    private Row row;
    /**
     * Per column, the value last read, the type it was asked as and the row it was read on: a column
     * asked for again on the same row (an entity's id, read to find it and then to fill it) costs
     * the driver no second call.
     */
    private final Object[] values;
    private final Class<?>[] askedAs;
    private final int[] readOn;
    private int rowNumber;
    /** Rows still to give: the end of the caller's page. */
    private long remaining;
    /** Text is read as UTF-8 bytes: see {@link Backend#readsTextAsUtf8Bytes}. */
    private final boolean textBytes;

    RowCursor(EngineConnection connection, String sql, List<Object> parameters, Class<?>[] types, Columns columns,
            StatementCache.Entry entry, ResultSet rs, int limit) {
        this.connection = connection;
        this.sql = sql;
        this.parameters = parameters;
        this.types = types;
        this.columns = columns;
        this.entry = entry;
        this.rs = rs;
        this.rows = null;
        this.values = new Object[columns.size()];
        this.askedAs = new Class<?>[columns.size()];
        this.readOn = new int[columns.size()];
        this.remaining = limit;
        this.textBytes = connection.backend().readsTextAsUtf8Bytes();
    }

    RowCursor(EngineConnection connection, String sql, Result result) {
        this.connection = connection;
        this.sql = sql;
        this.parameters = List.of();
        this.types = null;
        this.columns = result.columnSet();
        this.rows = result.all();
        this.values = null;
        this.askedAs = null;
        this.readOn = null;
        this.textBytes = false;
    }

    /** Steps over the first {@code count} rows without reading them. */
    void skip(int count) {
        try {
            for (int i = 0; i < count && rs.next(); i++) {
                rowNumber++;
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Moves to the next row; false after the last one. */
    public boolean next() {
        if (rows != null) {
            row = next < rows.size() ? rows.get(next++) : null;
            return row != null;
        }
        if (rs == null || remaining-- <= 0) {
            return false;
        }
        try {
            rowNumber++;
            return rs.next();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** How many rows the cursor has moved to (stepped-over ones included): tells one row from the next. */
    public long rowNumber() {
        return rows != null ? next : rowNumber;
    }

    /** The labels of the result's columns; null when the statement was not a query. */
    public Columns columns() {
        return columns;
    }

    /**
     * Fetches column {@code i} as {@code types[i]} from now on (see {@link Row#get(int, Class)}), for a
     * caller that learns the columns' types from their labels: e.g. an entity's, matched by name.
     */
    public void fetchAs(Class<?>[] types) {
        if (rows == null) {
            this.types = types;
        }
    }

    /** The current row's column {@code index} (from 0) as {@code type}, converted as {@link Row#get(int, Class)} does. */
    public <T> T get(int index, Class<T> type) {
        if (rows != null) {
            return row.get(index, type);
        }
        if (index < 0 || index >= values.length) {
            throw new AthanorException(ErrorMessage.of(ErrorCode.NO_SUCH_COLUMN,
                    "index " + index + " (this result has " + values.length + " columns, from 0)")
                    .detail("columns", columns));
        }
        if (readOn[index] == rowNumber && askedAs[index] == type) {
            @SuppressWarnings("unchecked")
            T again = (T) values[index];
            return again;
        }
        try {
            Object value = StatementExecutor.fetch(rs, index + 1, types != null && index < types.length ? types[index]
                    : null, textBytes);
            @SuppressWarnings("unchecked")
            T converted = value != null && type.isInstance(value) ? (T) value // as fetched: the usual case
                    : ValueConverter.convert(value, type, columns.labels().get(index));
            values[index] = converted;
            askedAs[index] = type;
            readOn[index] = rowNumber;
            return converted;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * Whether {@link #fetch} reads {@code type} with a typed getter of the driver: {@code Long},
     * {@code Integer}, {@code Double} or {@code String}. Other types are read through {@link #get}, which converts.
     */
    public static boolean fetches(Class<?> type) {
        return type == Long.class || type == Integer.class || type == Double.class || type == String.class;
    }

    /**
     * The current row's column {@code index} (from 0) fetched as {@code type}, which is one the engine
     * has a typed getter for ({@code Long}, {@code Integer}, {@code Double} or {@code String}), straight
     * from the driver: for a column read once per row, as an entity's plain attributes are, this skips
     * the per-row cache of {@link #get}. Null for SQL NULL.
     */
    public Object fetch(int index, Class<?> type) {
        if (rows != null) {
            return row.get(index, type);
        }
        try {
            return StatementExecutor.fetch(rs, index + 1, type, textBytes);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * The current row's column {@code index} (from 0) fetched as a Long, as {@link #fetch} does, but
     * {@code same} itself when the column holds its value: a caller comparing a key that repeats from
     * row to row with the last one boxes nothing. Null for SQL NULL.
     */
    public Long fetchLong(int index, Long same) {
        if (rows != null) {
            Long value = row.get(index, Long.class);
            return same.equals(value) ? same : value;
        }
        try {
            long value = rs.getLong(index + 1);
            if (value == 0 && rs.wasNull()) {
                return null;
            }
            return value == same ? same : Long.valueOf(value);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private RuntimeException failed(SQLException e) {
        StatementCache.Entry broken = entry;
        entry = null;
        closeResult();
        if (broken != null) {
            connection.statements().release(broken, false);
        }
        return connection.failed(e, sql, List.of(parameters));
    }

    private void closeResult() {
        if (rs != null) {
            StatementCache.closeQuietly(rs);
            rs = null;
        }
    }

    /** Closes the result and gives its statement back to the connection's cache. */
    @Override
    public void close() {
        closeResult();
        if (entry != null) {
            connection.statements().release(entry, true);
            entry = null;
        }
    }
}
