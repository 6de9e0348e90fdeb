package dev.athanor.core.dialect.sqlite;

import dev.athanor.core.sql.ast.Arithmetic;
import dev.athanor.core.sql.ast.BindParam;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.Logical;
import dev.athanor.core.sql.ast.Negate;
import dev.athanor.core.sql.ast.Select;
import dev.athanor.core.sql.ast.SelectItem;
import dev.athanor.core.sql.ast.StandardFunction;
import java.util.List;

/**
 * The subquery of an ALL or ANY comparison, rebuilt so that SQLite can search or aggregate its values:
 * either with a test or an aggregate put in it directly (when each row's value is computed from that
 * row alone) or with its one item named, to be wrapped as a subquery in FROM.
 */
record QuantifiedRows(Select query) {

    Expression value() {
        return query.items().get(0).expression();
    }

    /**
     * True when the value of each row is computed from that row alone, so that a condition on it can
     * join the WHERE clause; aggregates, grouping, DISTINCT and a page need the rows computed first.
     */
    boolean plain() {
        return !query.distinct() && query.groupBy().isEmpty() && query.having() == null && query.limit() == null
                && query.offset() == null && rowValue(value());
    }

    private static boolean rowValue(Expression expression) {
        if (expression instanceof ColumnRef || expression instanceof Literal || expression instanceof BindParam) {
            return true;
        } else if (expression instanceof Arithmetic arithmetic) {
            return rowValue(arithmetic.left()) && rowValue(arithmetic.right());
        } else if (expression instanceof Negate negate) {
            return rowValue(negate.operand());
        } else if (expression instanceof StandardFunction function) {
            return function.arguments().stream().allMatch(QuantifiedRows::rowValue);
        }
        return false; // a function call may be an aggregate, a subquery may be anything: compute the rows first
    }

    /** {@code SELECT 1 FROM <same tables> WHERE <same where> AND condition}. */
    Select withCondition(Expression condition) {
        Expression where = query.where() == null ? condition : Logical.and(query.where(), condition);
        return new Select(false, List.of(SelectItem.of(Literal.of(1))), query.from(), query.joins(), where, List.of(),
                null, List.of(), null, null, null);
    }

    /** {@code SELECT item FROM <same tables> WHERE <same where>}, for an aggregate over a plain subquery's values. */
    Select withItem(Expression item) {
        return new Select(false, List.of(SelectItem.of(item)), query.from(), query.joins(), query.where(), List.of(),
                null, List.of(), null, null, null);
    }

    /** The subquery with its item named {@code alias}, to be read as a table. */
    Select withValueAlias(String alias) {
        return new Select(query.distinct(), List.of(SelectItem.of(value(), alias)), query.from(), query.joins(),
                query.where(), query.groupBy(), query.having(), query.orderBy(), query.limit(), query.offset(), null);
    }
}
