package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.Expr;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.List;

/**
 * What predicates share: negation by {@link #not()} (which wraps the tree in {@code NOT}), and the
 * conversion of a plain boolean expression into a condition.
 */
abstract class AbstractPredicate extends AbstractExpression<Boolean> implements Predicate {

    private final boolean negated;

    AbstractPredicate(boolean negated) {
        super(Boolean.class);
        this.negated = negated;
    }

    /** The condition before any {@code not()}. */
    abstract Expr condition(TreeContext context);

    /** This predicate with the opposite negation. */
    abstract AbstractPredicate negate();

    @Override
    final Expr tree(TreeContext context) {
        Expr condition = condition(context);
        return negated ? new Expr.Not(Expr.NO_POSITION, condition) : condition;
    }

    @Override
    public boolean isNegated() {
        return negated;
    }

    @Override
    public Predicate not() {
        return negate();
    }

    @Override
    public BooleanOperator getOperator() {
        return BooleanOperator.AND;
    }

    /** A simple predicate has no top-level conjuncts or disjuncts. */
    @Override
    public List<Expression<Boolean>> getExpressions() {
        return List.of();
    }

    /**
     * {@code expression} as a condition: a predicate as it is, any other boolean expression (a boolean
     * attribute, a parameter, a CASE) as {@code expression = TRUE}.
     */
    static AbstractPredicate of(Expression<Boolean> expression) {
        AbstractExpression<?> node = node(expression);
        if (node instanceof AbstractPredicate predicate) {
            return predicate;
        }
        return SimplePredicate.comparison(Expr.ComparisonOp.EQ, node, LiteralExpression.constant(Boolean.TRUE));
    }
}
