package dev.athanor.core.sql.ast;

/** {@code *} or {@code a.*}: every column, in a select list or in {@code COUNT(*)}. */
public record Star(String tableAlias) implements Expression {

    public static final Star ALL = new Star(null);

    public Star {
        Requires.optionalName(tableAlias, "a star's table alias");
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
