package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.Expr;
import java.util.List;
import java.util.function.Function;

/**
 * A condition over operands: a comparison, BETWEEN, LIKE, IS NULL, IS EMPTY, MEMBER OF, EXISTS.
 * Like {@link DerivedExpression} it keeps its operands and the shape of its node.
 */
final class SimplePredicate extends AbstractPredicate {

    private final List<AbstractExpression<?>> operands;
    private final Function<List<Expr>, Expr> shape;

    private SimplePredicate(List<AbstractExpression<?>> operands, Function<List<Expr>, Expr> shape,
            boolean negated) {
        super(negated);
        this.operands = List.copyOf(operands);
        this.shape = shape;
    }

    static SimplePredicate of(List<? extends AbstractExpression<?>> operands, Function<List<Expr>, Expr> shape) {
        return new SimplePredicate(List.copyOf(operands), shape, false);
    }

    static SimplePredicate comparison(Expr.ComparisonOp op, AbstractExpression<?> left, AbstractExpression<?> right) {
        return of(List.of(left, right), a -> new Expr.Comparison(Expr.NO_POSITION, op, a.get(0), a.get(1)));
    }

    @Override
    Expr condition(TreeContext context) {
        return shape.apply(DerivedExpression.trees(operands, context));
    }

    @Override
    AbstractPredicate negate() {
        return new SimplePredicate(operands, shape, !isNegated());
    }
}
