package dev.athanor.core.sql.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code INSERT INTO table (columns) VALUES (row), (row)... [RETURNING columns]}. Every row has
 * one value per column. No columns means a row of defaults only (an entity with nothing but an
 * identity id); every row is then empty.
 */
public record Insert(String table, List<String> columns, List<List<Expression>> rows, List<String> returning)
        implements Statement {

    public Insert {
        Requires.name(table, "an INSERT");
        columns = Requires.list(columns, "the columns of INSERT INTO " + table);
        Requires.distinctNames(columns, "the columns of INSERT INTO " + table);
        rows = Requires.nonEmpty(rows, "the VALUES of INSERT INTO " + table);
        List<List<Expression>> copies = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<Expression> row = Requires.list(rows.get(i), "row " + i + " of INSERT INTO " + table);
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + i + " of INSERT INTO " + table + " has " + row.size()
                        + " value(s) for " + columns.size() + " column(s) " + columns);
            }
            copies.add(row);
        }
        rows = List.copyOf(copies);
        returning = Requires.list(returning, "the RETURNING columns of INSERT INTO " + table);
        Requires.distinctNames(returning, "the RETURNING columns of INSERT INTO " + table);
    }

    /** A one-row INSERT. */
    public static Insert of(String table, List<String> columns, List<Expression> values) {
        return new Insert(table, columns, List.of(values), List.of());
    }

    public Insert withReturning(String... columnNames) {
        return new Insert(table, columns, rows, List.of(columnNames));
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
