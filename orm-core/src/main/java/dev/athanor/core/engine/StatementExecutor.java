package dev.athanor.core.engine;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Runs statements on a borrowed connection: takes the prepared statement from the connection's
 * cache, binds, executes, reads the whole result (or the generated keys), tells the listener and
 * gives the statement back. Failures go through the dialect's translation. When no listener wants
 * statements, no event is built and no clock is read.
 */
final class StatementExecutor {

    private final ExecutionListener listener;
    private final boolean copyRows;

    StatementExecutor(ExecutionListener listener) {
        this.listener = listener;
        this.copyRows = listener.wantsRows();
    }

    /**
     * Which rows of a result are read: the first {@code skip} are passed over at the cursor, then at
     * most {@code maxRows} are read; {@code driverLimit}, when above 0, is also given to the driver
     * ({@link PreparedStatement#setMaxRows}) so that it produces no row past it.
     */
    record RowWindow(int skip, int maxRows, int driverLimit) {
        static final RowWindow ALL = new RowWindow(0, Integer.MAX_VALUE, 0);
    }

    Result execute(EngineConnection connection, ParsedSql sql, List<Object> values) {
        return execute(connection, sql, values, null, RowWindow.ALL);
    }

    /**
     * As above; {@code columnTypes}, when given, says how to fetch each column (see {@link #fetch}),
     * and only the rows of {@code window} are read (a lookup by key stops after its row, sparing the
     * driver the step that would find there is no other).
     */
    Result execute(EngineConnection connection, ParsedSql sql, List<Object> values, Class<?>[] columnTypes,
            RowWindow window) {
        StatementCache cache = connection.statements();
        boolean observed = listener.wantsStatements();
        long start = observed ? System.nanoTime() : 0;
        StatementCache.Entry entry = null;
        boolean healthy = true;
        try {
            entry = cache.prepare(sql.jdbcSql(), sql.insert());
            PreparedStatement statement = entry.statement;
            timeout(connection, entry);
            if (entry.maxRows != window.driverLimit()) {
                // kept on the cached statement, so set back to none when the next use has no limit
                statement.setMaxRows(window.driverLimit());
                entry.maxRows = window.driverLimit();
            }
            bindAll(connection.binder(), statement, values);
            Result result;
            if (sql.query() || statement.execute()) {
                try (ResultSet rs = sql.query() ? statement.executeQuery() : statement.getResultSet()) {
                    result = readAll(sql.original(), rs, entry, columnTypes, window,
                            connection.backend().readsTextAsUtf8Bytes());
                }
            } else {
                long count = statement.getUpdateCount();
                List<Object> keys = sql.insert() && count > 0 ? keys(statement) : List.of();
                result = new Result(sql.original(), null, List.of(), count, keys);
            }
            if (observed) {
                listener.statementExecuted(new StatementEvent(sql.jdbcSql(), List.of(values), false,
                        System.nanoTime() - start, result.rowCount(), connection.id()));
            }
            if (copyRows) {
                result.all().forEach(listener::rowRead);
            }
            return result;
        } catch (SQLException e) {
            healthy = false;
            throw connection.failed(e, sql.jdbcSql(), List.of(values));
        } finally {
            if (entry != null) {
                cache.release(entry, healthy);
            }
        }
    }

    /**
     * Runs a query whose rows the caller reads one at a time from the open result, columns typed as in
     * {@link #execute}. A watched one (a listener wants statements or rows) is read whole here, so that
     * it is reported, timed and counted as any other.
     */
    RowCursor cursor(EngineConnection connection, ParsedSql sql, List<Object> values, Class<?>[] columnTypes) {
        return cursor(connection, sql, values, columnTypes, RowWindow.ALL);
    }

    /** As above, giving only the rows of {@code window}: those before it are stepped over unread. */
    RowCursor cursor(EngineConnection connection, ParsedSql sql, List<Object> values, Class<?>[] columnTypes,
            RowWindow window) {
        if (copyRows || listener.wantsStatements() || !sql.query()) {
            return new RowCursor(connection, sql.jdbcSql(), execute(connection, sql, values, columnTypes, window));
        }
        StatementCache cache = connection.statements();
        StatementCache.Entry entry = null;
        ResultSet rs = null;
        try {
            entry = cache.prepare(sql.jdbcSql(), false);
            PreparedStatement statement = entry.statement;
            timeout(connection, entry);
            if (entry.maxRows != window.driverLimit()) {
                statement.setMaxRows(window.driverLimit());
                entry.maxRows = window.driverLimit();
            }
            bindAll(connection.binder(), statement, values);
            rs = statement.executeQuery();
            Columns columns = columns(rs, entry, columnTypes);
            RowCursor cursor = new RowCursor(connection, sql.jdbcSql(), values, columnTypes, columns, entry, rs,
                    window.maxRows());
            cursor.skip(window.skip());
            return cursor;
        } catch (SQLException e) {
            StatementCache.closeQuietly(rs);
            if (entry != null) {
                cache.release(entry, false);
            }
            throw connection.failed(e, sql.jdbcSql(), List.of(values));
        }
    }

    BatchResult executeBatch(EngineConnection connection, ParsedSql sql, List<List<Object>> sets) {
        StatementCache cache = connection.statements();
        boolean observed = listener.wantsStatements();
        long start = observed ? System.nanoTime() : 0;
        boolean wantKeys = sql.insert() && connection.backend().batchGeneratedKeys();
        StatementCache.Entry entry = null;
        boolean healthy = true;
        try {
            entry = cache.prepare(sql.jdbcSql(), wantKeys);
            PreparedStatement statement = entry.statement;
            timeout(connection, entry);
            ParameterBinder binder = connection.binder();
            for (List<Object> set : sets) {
                bindAll(binder, statement, set);
                statement.addBatch();
            }
            int[] counts = statement.executeBatch();
            BatchResult result = new BatchResult(counts, wantKeys ? keys(statement) : List.of());
            if (observed) {
                listener.statementExecuted(new StatementEvent(sql.jdbcSql(), sets, true, System.nanoTime() - start,
                        result.totalRowCount(), connection.id()));
            }
            return result;
        } catch (SQLException e) {
            healthy = false;
            throw connection.failed(e, sql.jdbcSql(), sets);
        } finally {
            if (entry != null) {
                try {
                    entry.statement.clearBatch();
                } catch (SQLException e) {
                    healthy = false;
                }
                cache.release(entry, healthy);
            }
        }
    }

    /** Opens a statement whose rows are read as the caller iterates; not cached, as it stays open. */
    StreamingResult stream(EngineConnection connection, ParsedSql sql, List<Object> values) {
        String text = sql.jdbcSql();
        PreparedStatement statement = null;
        long start = System.nanoTime();
        try {
            statement = connection.jdbcConnection().prepareStatement(text);
            connection.backend().prepareForStreaming(statement);
            if (connection.queryTimeout() > 0) {
                statement.setQueryTimeout(connection.queryTimeout());
            }
            bindAll(connection.binder(), statement, values);
            ResultSet rs = statement.executeQuery();
            if (listener.wantsStatements()) {
                listener.statementExecuted(new StatementEvent(text, List.of(values), false, System.nanoTime() - start,
                        -1, connection.id()));
            }
            return new StreamingResult(connection, text, statement, rs, Columns.of(rs.getMetaData()),
                    copyRows ? listener : null);
        } catch (SQLException e) {
            StatementCache.closeQuietly(statement);
            throw connection.failed(e, text, List.of(values));
        }
    }

    /** Gives a cached statement the connection's current query timeout, when it changed since it last ran. */
    private static void timeout(EngineConnection connection, StatementCache.Entry entry) throws SQLException {
        int seconds = connection.queryTimeout();
        if (entry.timeout != seconds) {
            entry.statement.setQueryTimeout(seconds);
            entry.timeout = seconds;
        }
    }

    private static void bindAll(ParameterBinder binder, PreparedStatement statement, List<Object> values)
            throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            binder.bind(statement, i + 1, values.get(i));
        }
    }

    /**
     * Reads the window's rows. The labels are read once per cached statement and kept while the result
     * has as many columns (a schema change that keeps the count but renames a column in a
     * {@code SELECT *} needs a new engine, or a new connection, to be seen).
     */
    private static Result readAll(String sql, ResultSet rs, StatementCache.Entry entry, Class<?>[] columnTypes,
            RowWindow window, boolean textBytes) throws SQLException {
        Columns columns = columns(rs, entry, columnTypes);
        int width = columns.size();
        // rows before the window are stepped over: no column of theirs is read
        for (int skipped = 0; skipped < window.skip(); skipped++) {
            if (!rs.next()) {
                return new Result(sql, columns, List.of(), 0, List.of());
            }
        }
        List<Row> rows = new ArrayList<>();
        int maxRows = window.maxRows();
        while (rows.size() < maxRows && rs.next()) {
            rows.add(columnTypes == null ? readRow(rs, columns, width)
                    : readRow(rs, columns, width, columnTypes, textBytes));
        }
        return new Result(sql, columns, rows.isEmpty() ? List.of() : Collections.unmodifiableList(rows), rows.size(),
                List.of());
    }

    /** The result's labels: the statement's cached ones while the result has as many columns. */
    private static Columns columns(ResultSet rs, StatementCache.Entry entry, Class<?>[] columnTypes)
            throws SQLException {
        Columns columns = entry.columns;
        // a caller that types every column knows the width: the cached labels serve without asking the driver
        int width = columns != null && columnTypes != null && columns.size() == columnTypes.length ? columnTypes.length
                : rs.getMetaData().getColumnCount();
        if (columns == null || columns.size() != width) {
            columns = Columns.of(rs.getMetaData());
            entry.columns = columns;
        }
        return columns;
    }

    static Row readRow(ResultSet rs, Columns columns, int width) throws SQLException {
        Object[] values = new Object[width];
        for (int i = 0; i < width; i++) {
            values[i] = rs.getObject(i + 1);
        }
        return new Row(columns, values);
    }

    private static Row readRow(ResultSet rs, Columns columns, int width, Class<?>[] types, boolean textBytes)
            throws SQLException {
        Object[] values = new Object[width];
        for (int i = 0; i < width; i++) {
            values[i] = fetch(rs, i + 1, i < types.length ? types[i] : null, textBytes);
        }
        return new Row(columns, values);
    }

    /**
     * One column through the typed getter when the caller knows its Java type: the driver then
     * skips asking the column's type (a native call per value on SQLite) and boxing what it guessed.
     * {@code textBytes}: a String is read as its bytes and decoded as UTF-8 (see {@link
     * Backend#readsTextAsUtf8Bytes}).
     */
    static Object fetch(ResultSet rs, int column, Class<?> type, boolean textBytes) throws SQLException {
        if (type == Long.class) {
            long value = rs.getLong(column);
            return value == 0 && rs.wasNull() ? null : value;
        }
        if (type == Integer.class) {
            int value = rs.getInt(column);
            return value == 0 && rs.wasNull() ? null : value;
        }
        if (type == Double.class) {
            double value = rs.getDouble(column);
            return value == 0 && rs.wasNull() ? null : value;
        }
        if (type == String.class) {
            return textBytes ? utf8(rs.getBytes(column)) : rs.getString(column);
        }
        return rs.getObject(column);
    }

    private static String utf8(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static List<Object> keys(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.getGeneratedKeys()) {
            if (rs == null) {
                return List.of();
            }
            List<Object> keys = new ArrayList<>(1);
            while (rs.next()) {
                keys.add(rs.getObject(1));
            }
            return keys.isEmpty() ? List.of() : Arrays.asList(keys.toArray());
        }
    }
}
