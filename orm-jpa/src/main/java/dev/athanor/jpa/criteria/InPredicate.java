package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.Expr;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code value IN (a, b, ...)}, built up by {@link #value}; one item that is a collection-valued
 * parameter or a subquery gives {@code IN :param} or {@code IN (subquery)}. With no items it is false,
 * written {@code 1 = 0}, since JPQL has no empty IN list.
 *
 * @param <T> the type of the tested value
 */
final class InPredicate<T> extends AbstractPredicate implements CriteriaBuilder.In<T> {

    private final AbstractExpression<? extends T> expression;
    private final List<AbstractExpression<?>> items;

    InPredicate(AbstractExpression<? extends T> expression) {
        this(expression, new ArrayList<>(), false);
    }

    private InPredicate(AbstractExpression<? extends T> expression, List<AbstractExpression<?>> items,
            boolean negated) {
        super(negated);
        this.expression = expression;
        this.items = items;
    }

    InPredicate<T> add(AbstractExpression<?> item) {
        items.add(item);
        return this;
    }

    @SuppressWarnings("unchecked")
    @Override
    public Expression<T> getExpression() {
        return (Expression<T>) expression;
    }

    @Override
    public CriteriaBuilder.In<T> value(T value) {
        return add(valueOf(value));
    }

    @Override
    public CriteriaBuilder.In<T> value(Expression<? extends T> value) {
        return add(node(value));
    }

    @Override
    Expr condition(TreeContext context) {
        if (items.isEmpty()) {
            return new Expr.Comparison(Expr.NO_POSITION, Expr.ComparisonOp.EQ, new Expr.Literal(Expr.NO_POSITION, 1),
                    new Expr.Literal(Expr.NO_POSITION, 0));
        }
        return new Expr.In(Expr.NO_POSITION, false, expression.tree(context), DerivedExpression.trees(items, context));
    }

    @Override
    AbstractPredicate negate() {
        return new InPredicate<>(expression, items, !isNegated());
    }
}
