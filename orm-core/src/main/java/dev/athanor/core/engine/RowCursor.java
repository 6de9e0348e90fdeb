package dev.athanor.core.engine;

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
    private final List<Object> values;
    private final Class<?>[] types;
    private final Columns columns;
    private StatementCache.Entry entry;
    private ResultSet rs;
    /** The rows of a result read whole (a listener is watching); null when reading from {@code rs}. */
    private final List<Row> rows;
    private int next;
    private Row row;

    RowCursor(EngineConnection connection, String sql, List<Object> values, Class<?>[] types, Columns columns,
            StatementCache.Entry entry, ResultSet rs) {
        this.connection = connection;
        this.sql = sql;
        this.values = values;
        this.types = types;
        this.columns = columns;
        this.entry = entry;
        this.rs = rs;
        this.rows = null;
    }

    RowCursor(EngineConnection connection, String sql, Result result) {
        this.connection = connection;
        this.sql = sql;
        this.values = List.of();
        this.types = null;
        this.columns = null;
        this.rows = result.all();
    }

    /** Moves to the next row; false after the last one. */
    public boolean next() {
        if (rows != null) {
            row = next < rows.size() ? rows.get(next++) : null;
            return row != null;
        }
        if (rs == null) {
            return false;
        }
        try {
            return rs.next();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The current row's column {@code index} (from 0) as {@code type}, converted as {@link Row#get(int, Class)} does. */
    public <T> T get(int index, Class<T> type) {
        if (rows != null) {
            return row.get(index, type);
        }
        try {
            Object value = StatementExecutor.fetch(rs, index + 1, types != null && index < types.length ? types[index]
                    : null);
            return ValueConverter.convert(value, type, columns.labels().get(index));
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
        return connection.failed(e, sql, List.of(values));
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
