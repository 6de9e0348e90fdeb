package dev.athanor.core.sql.ast;

import java.util.List;

/** {@code CREATE [UNIQUE] INDEX name ON table (columns)}. */
public record CreateIndex(String name, String table, List<IndexColumn> columns, boolean unique) implements Statement {

    public CreateIndex {
        Requires.name(name, "a CREATE INDEX");
        Requires.name(table, "the table of index " + name);
        columns = Requires.nonEmpty(columns, "the columns of index " + name);
        Requires.distinctNames(columns.stream().map(IndexColumn::name).toList(), "the columns of index " + name);
    }

    /** An index over these columns, all ascending. */
    public static CreateIndex on(String name, String table, boolean unique, String... columns) {
        return new CreateIndex(name, table, List.of(columns).stream().map(IndexColumn::of).toList(), unique);
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
