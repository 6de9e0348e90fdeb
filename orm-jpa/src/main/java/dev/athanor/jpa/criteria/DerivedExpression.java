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

    static List<Expr> trees(List<? extends AbstractExpression<?>> operands, TreeContext context) {
        List<Expr> trees = new ArrayList<>(operands.size());
        operands.forEach(o -> trees.add(o.tree(context)));
        return trees;
    }
}
