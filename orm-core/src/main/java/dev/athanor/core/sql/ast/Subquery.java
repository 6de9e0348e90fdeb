package dev.athanor.core.sql.ast;

/** {@code (SELECT ...)} used as a value: a scalar subquery in a select list, a comparison or SET. */
public record Subquery(Select query) implements Expression {

    public Subquery {
        Requires.unlocked(Requires.present(query, "a subquery"));
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
