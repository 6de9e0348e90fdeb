package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.Expr;
import jakarta.persistence.Entity;

/**
 * A value given to the query: {@code CriteriaBuilder.literal}, {@code nullLiteral}, and the plain
 * values given to {@code equal}, {@code in}, {@code like}... An entity class becomes its entity name,
 * as in {@code TYPE(e) = Employee}; null stays {@code NULL}; a constant the Criteria code writes itself
 * ({@code TRUE} of {@code isTrue}, a LIKE escape) stays an {@link Expr.Literal}; any other value is a
 * parameter of a generated name bound to it (see {@link TreeContext#value}), so that queries differing
 * only in their values share one plan.
 *
 * @param <T> the value's type
 */
final class LiteralExpression<T> extends AbstractExpression<T> {

    private final Object value;
    private final boolean constant;

    @SuppressWarnings("unchecked")
    LiteralExpression(T value) {
        this((Class<? extends T>) (value == null ? Object.class : value.getClass()), value, false);
    }

    LiteralExpression(Class<? extends T> type, Object value) {
        this(type, value, false);
    }

    private LiteralExpression(Class<? extends T> type, Object value, boolean constant) {
        super(type);
        this.value = value;
        this.constant = constant;
    }

    /** A value the Criteria code itself writes, which stays a literal in the SQL. */
    @SuppressWarnings("unchecked")
    static <T> LiteralExpression<T> constant(T value) {
        return new LiteralExpression<>((Class<? extends T>) value.getClass(), value, true);
    }

    @Override
    Expr tree(TreeContext context) {
        if (value instanceof Class<?> type && type.isAnnotationPresent(Entity.class)) {
            String name = type.getAnnotation(Entity.class).name();
            return Expr.Path.of(Expr.NO_POSITION, name.isEmpty() ? type.getSimpleName() : name);
        }
        Object written = value instanceof Character c ? String.valueOf(c) : value;
        return constant || value == null ? new Expr.Literal(Expr.NO_POSITION, written) : context.value(written);
    }
}
