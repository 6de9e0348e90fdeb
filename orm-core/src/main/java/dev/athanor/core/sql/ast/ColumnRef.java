package dev.athanor.core.sql.ast;

/** A column, qualified by a table alias ({@code a.name}) or bare ({@code name}) when the alias is null. */
public record ColumnRef(String tableAlias, String column) implements Expression {

    public ColumnRef {
        Requires.optionalName(tableAlias, "a column's table alias");
        Requires.name(column, "a column reference");
    }

    /** A bare column, as in UPDATE and DELETE, or an alias of the select list in ORDER BY. */
    public static ColumnRef of(String column) {
        return new ColumnRef(null, column);
    }

    public static ColumnRef of(String tableAlias, String column) {
        return new ColumnRef(tableAlias, column);
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
