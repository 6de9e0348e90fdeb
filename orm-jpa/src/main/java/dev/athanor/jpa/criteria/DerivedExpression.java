package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An expression computed from others: a function call, an operator, a cast, an aggregate. It keeps
 * its operands and the shape of the node they go into, so the tree is built afresh each time.
 *
 * @param <T> the expression's Java type
 */
final class DerivedExpression<T> extends AbstractExpression<T> {

    private final List<AbstractExpression<?>> operands;
    private final Function<List<Expr>, Expr> shape;

    DerivedExpression(Class<? extends T> javaType, List<? extends AbstractExpression<?>> operands,
            Function<List<Expr>, Expr> shape) {
        super(javaType);
        this.operands = List.copyOf(operands);
        this.shape = shape;
    }

    @Override
    Expr tree(TreeContext context) {
        return shape.apply(trees(operands, context));
    }

    /**
     * The operands' trees, in order; one or two (most operators and functions) in an immutable list that
     * the node's own copy keeps as it is.
     */
    static List<Expr> trees(List<? extends AbstractExpression<?>> operands, TreeContext context) {
        switch (operands.size()) {
            case 0:
                return List.of();
            case 1:
                return List.of(operands.get(0).tree(context));
            case 2:
                Expr first = operands.get(0).tree(context);
                return List.of(first, operands.get(1).tree(context));
            default:
                List<Expr> trees = new ArrayList<>(operands.size());
                for (AbstractExpression<?> operand : operands) {
                    trees.add(operand.tree(context));
                }
                return trees;
        }
    }
}
