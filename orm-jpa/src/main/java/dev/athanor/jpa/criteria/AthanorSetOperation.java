package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.QueryTree;
import java.util.List;

/**
 * {@code left UNION|INTERSECT|EXCEPT [ALL] right} of Criteria queries or other set operations
 * (JPA 3.2 {@code CriteriaBuilder.union} and friends). The operands keep their own variables; their
 * unnamed parameters are numbered across the whole statement.
 *
 * @param <T> the result type, the left operand's
 */
public final class AthanorSetOperation<T> extends SelectStatement<T> {

    private final QueryTree.SetOperator operator;
    private final boolean all;
    private final SelectStatement<?> left;
    private final SelectStatement<?> right;

    AthanorSetOperation(QueryTree.SetOperator operator, boolean all, SelectStatement<?> left,
            SelectStatement<?> right) {
        this.operator = operator;
        this.all = all;
        this.left = left;
        this.right = right;
    }

    @Override
    QueryTree tree(TreeContext context) {
        return new QueryTree.Select(-1, body(context), List.of());
    }

    @Override
    QueryTree.QueryBody body(TreeContext context) {
        return new QueryTree.SetOperation(-1, operator, all, operand(left, context), operand(right, context));
    }

    private static QueryTree.QueryBody operand(SelectStatement<?> statement, TreeContext context) {
        return statement instanceof AthanorCriteriaQuery<?> query
                ? query.operandBody(context)
                : statement.body(context);
    }

    /** The left operand's result type: what each row of the combined result is. */
    @SuppressWarnings("unchecked")
    @Override
    public Class<T> getResultType() {
        return (Class<T>) left.getResultType();
    }
}
