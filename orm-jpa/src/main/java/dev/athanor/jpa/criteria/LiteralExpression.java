package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.Expr;
import jakarta.persistence.Entity;

/**
 * A value written into the query: {@code CriteriaBuilder.literal}, {@code nullLiteral}, and the plain
 * values given to {@code equal}, {@code in}, {@code like}... An entity class becomes its entity name,
 * as in {@code TYPE(e) = Employee}; anything else is an {@link Expr.Literal} carrying the value, which
 * the compiler binds as a parameter where it is not a plain number, string or boolean.
 *
 * @param <T> the value's type
 */
final class LiteralExpression<T> extends AbstractExpression<T> {

    private final Object value;

    @SuppressWarnings("unchecked")
    LiteralExpression(T value) {
        this((Class<? extends T>) (value == null ? Object.class : value.getClass()), value);
    }

    LiteralExpression(Class<? extends T> type, Object value) {
        super(type);
        this.value = value;
    }

    Object value() {
        return value;
    }

    @Override
    Expr tree(TreeContext context) {
        if (value instanceof Class<?> type && type.isAnnotationPresent(Entity.class)) {
            String name = type.getAnnotation(Entity.class).name();
            return Expr.Path.of(Expr.NO_POSITION, name.isEmpty() ? type.getSimpleName() : name);
        }
        return new Expr.Literal(Expr.NO_POSITION, value instanceof Character c ? String.valueOf(c) : value);
    }
}
