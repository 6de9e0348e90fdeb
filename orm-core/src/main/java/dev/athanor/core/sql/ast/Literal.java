package dev.athanor.core.sql.ast;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A constant written into the SQL text: null, a number, a string or a boolean. Values from users
 * belong in {@link BindParam}s; literals are for constants the ORM itself chooses (a discriminator,
 * a column DEFAULT, {@code 1} in {@code SELECT 1}).
 */
public record Literal(Object value) implements Expression {

    public static final Literal NULL = new Literal(null);
    public static final Literal TRUE = new Literal(Boolean.TRUE);
    public static final Literal FALSE = new Literal(Boolean.FALSE);

    public Literal {
        if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
            throw new IllegalArgumentException("SQL has no literal for " + value + "; bind it as a parameter");
        }
        if (value != null && !(value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Short || value instanceof Byte || value instanceof Double
                || value instanceof Float || value instanceof BigDecimal || value instanceof BigInteger)) {
            throw new IllegalArgumentException("a literal is null, a number, a string or a boolean; got "
                    + value.getClass().getName() + " (bind it as a parameter instead)");
        }
    }

    public static Literal of(Object value) {
        return new Literal(value);
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
