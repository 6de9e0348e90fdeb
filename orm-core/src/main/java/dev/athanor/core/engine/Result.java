package dev.athanor.core.engine;

import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import java.util.Iterator;
import java.util.List;

/**
 * What a statement returned, read in full: the rows of a query, or the count of rows a DML
 * statement changed and the keys an INSERT generated. No connection is held.
 */
public final class Result implements Iterable<Row> {

    private final String sql;
    private final Columns columns;
    private final List<Row> rows;
    private final long rowCount;
    private final List<Object> generatedKeys;

    Result(String sql, Columns columns, List<Row> rows, long rowCount, List<Object> generatedKeys) {
        this.sql = sql;
        this.columns = columns;
        this.rows = rows;
        this.rowCount = rowCount;
        this.generatedKeys = generatedKeys;
    }

    /** The first column of the first row, or null when there is no row. */
    public Object scalar() {
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    /** {@link #scalar()} converted, e.g. {@code scalar(Long.class)}. */
    public <T> T scalar(Class<T> type) {
        return rows.isEmpty() ? null : rows.get(0).get(0, type);
    }

    /** The only row; fails when there is none or more than one. */
    public Row one() {
        if (rows.size() != 1) {
            ErrorCode code = rows.isEmpty() ? ErrorCode.NO_ROW : ErrorCode.TOO_MANY_ROWS;
            throw new AthanorException(ErrorMessage.of(code, rows.size() + " rows").detail("SQL", sql));
        }
        return rows.get(0);
    }

    /** The first row, or null when there is none. */
    public Row first() {
        return rows.isEmpty() ? null : rows.get(0);
    }

    public List<Row> all() {
        return rows;
    }

    /** Rows a DML statement changed, or the number of rows a query returned. */
    public long rowCount() {
        return rowCount;
    }

    /** True when the statement returned rows (a query), false for DML. */
    public boolean returnsRows() {
        return columns != null;
    }

    /** The labels of a query's columns; null for DML. */
    Columns columnSet() {
        return columns;
    }

    /** The column labels; empty for DML. */
    public List<String> columns() {
        return columns == null ? List.of() : columns.labels();
    }

    /**
     * The keys an INSERT generated, as the driver reports them: every row's on MySQL, the last row's
     * on SQLite (sqlite-jdbc reads {@code last_insert_rowid()}); empty for other statements.
     */
    public List<Object> generatedKeys() {
        return generatedKeys;
    }

    /** The single key an INSERT generated, or null. */
    public Object generatedKey() {
        return generatedKeys.isEmpty() ? null : generatedKeys.get(generatedKeys.size() - 1);
    }

    @Override
    public Iterator<Row> iterator() {
        return rows.iterator();
    }

    @Override
    public String toString() {
        return returnsRows() ? "Result" + columns + " " + rows.size() + " rows" : "Result " + rowCount + " rows affected";
    }
}
