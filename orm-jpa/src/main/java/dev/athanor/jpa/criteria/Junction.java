package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.Expr;
import jakarta.persistence.criteria.Expression;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code a AND b AND ...} or {@code a OR b OR ...}. One operand stands alone; none is
 * {@code conjunction()} (always true, written {@code 1 = 1}) or {@code disjunction()} (always false,
 * written {@code 1 = 0}); a WHERE or HAVING of an empty conjunction is left out.
 */
final class Junction extends AbstractPredicate {

    private final BooleanOperator operator;
    private final List<AbstractPredicate> operands;

    Junction(BooleanOperator operator, List<? extends Expression<Boolean>> operands) {
        this(operator, convert(operands), false);
    }

    private Junction(BooleanOperator operator, List<AbstractPredicate> operands, boolean negated) {
        super(negated);
        this.operator = operator;
        this.operands = operands;
    }

    private static List<AbstractPredicate> convert(List<? extends Expression<Boolean>> operands) {
        List<AbstractPredicate> predicates = new ArrayList<>(operands.size());
        operands.forEach(o -> predicates.add(AbstractPredicate.of(o)));
        return List.copyOf(predicates);
    }

    /** True for an empty conjunction, which restricts nothing. */
    boolean isTautology() {
        return operands.isEmpty() && operator == BooleanOperator.AND && !isNegated();
    }

    @Override
    Expr condition(TreeContext context) {
        if (operands.isEmpty()) {
            Expr one = new Expr.Literal(Expr.NO_POSITION, 1);
            Expr other = new Expr.Literal(Expr.NO_POSITION, operator == BooleanOperator.AND ? 1 : 0);
            return new Expr.Comparison(Expr.NO_POSITION, Expr.ComparisonOp.EQ, one, other);
        }
        if (operands.size() == 1) {
            return operands.get(0).tree(context);
        }
        List<Expr> trees = DerivedExpression.trees(operands, context);
        return operator == BooleanOperator.AND
                ? new Expr.And(Expr.NO_POSITION, trees)
                : new Expr.Or(Expr.NO_POSITION, trees);
    }

    @Override
    AbstractPredicate negate() {
        return new Junction(operator, operands, !isNegated());
    }

    @Override
    public BooleanOperator getOperator() {
        return operator;
    }

    @Override
    public List<Expression<Boolean>> getExpressions() {
        return List.copyOf(operands);
    }
}
