package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.query.tree.QueryTree;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Order;

/** One ORDER BY item: an expression, its direction and where nulls go. */
final class AthanorOrder implements Order {

    private final AbstractExpression<?> expression;
    private final boolean ascending;
    private final Nulls nulls;

    AthanorOrder(Expression<?> expression, boolean ascending, Nulls nulls) {
        this.expression = AbstractExpression.node(expression);
        this.ascending = ascending;
        this.nulls = nulls == null ? Nulls.NONE : nulls;
    }

    /** Ordered the other way; nulls stay where they were asked to go. */
    @Override
    public Order reverse() {
        return new AthanorOrder(expression, !ascending, nulls);
    }

    @Override
    public boolean isAscending() {
        return ascending;
    }

    @Override
    public Nulls getNullPrecedence() {
        return nulls;
    }

    @Override
    public Expression<?> getExpression() {
        return expression;
    }

    static AthanorOrder of(Order order) {
        if (order instanceof AthanorOrder ours) {
            return ours;
        }
        return new AthanorOrder(order.getExpression(), order.isAscending(), order.getNullPrecedence());
    }

    QueryTree.Order tree(TreeContext context) {
        QueryTree.Nulls precedence = switch (nulls) {
            case NONE -> QueryTree.Nulls.DEFAULT;
            case FIRST -> QueryTree.Nulls.FIRST;
            case LAST -> QueryTree.Nulls.LAST;
        };
        boolean outer = context.inline(true);
        Expr tree = expression.tree(context);
        context.inline(outer);
        return new QueryTree.Order(-1, tree, !ascending, precedence);
    }

    @Override
    public String toString() {
        return expression + (ascending ? " ASC" : " DESC") + (nulls == Nulls.NONE ? "" : " NULLS " + nulls);
    }
}
