package dev.athanor.core.sql.ast;

import java.util.List;

/** String concatenation of two or more parts ({@code ||} in standard SQL, {@code CONCAT(...)} in MySQL). */
public record Concat(List<Expression> parts) implements Expression {

    public Concat {
        parts = Requires.list(parts, "a concatenation");
        if (parts.size() < 2) {
            throw new IllegalArgumentException("a concatenation needs at least two parts, got " + parts.size());
        }
    }

    public static Concat of(Expression... parts) {
        return new Concat(List.of(parts));
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
