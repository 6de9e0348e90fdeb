package dev.athanor.core.sql.ast;

/** {@code EXISTS (SELECT ...)}; wrap it in {@link Not} for NOT EXISTS. */
public record Exists(Select query) implements Expression {

    public Exists {
        Requires.unlocked(Requires.present(query, "EXISTS's subquery"));
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
