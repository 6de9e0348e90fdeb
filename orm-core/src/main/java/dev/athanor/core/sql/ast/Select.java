package dev.athanor.core.sql.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * A query. Start with {@link #of} and add clauses with the {@code with...} methods, each of which
 * returns a new Select. {@code from} may be null ({@code SELECT 1}); {@code where}, {@code having},
 * {@code limit}, {@code offset} and {@code lock} may be null. LIMIT and OFFSET are always bind
 * parameters, so that one rendered text serves every page.
 */
public record Select(boolean distinct, List<SelectItem> items, TableRef from, List<Join> joins, Expression where,
                     List<Expression> groupBy, Expression having, List<OrderItem> orderBy, BindParam limit,
                     BindParam offset, Lock lock) implements Statement {

    public Select {
        items = Requires.nonEmpty(items, "a select list");
        joins = Requires.list(joins, "a join list");
        groupBy = Requires.list(groupBy, "a GROUP BY list");
        orderBy = Requires.list(orderBy, "an ORDER BY list");
        if (from == null && !joins.isEmpty()) {
            throw new IllegalArgumentException("a SELECT with joins needs a FROM table");
        }
        if (from == null && lock != null) {
            throw new IllegalArgumentException("a SELECT without FROM has no rows to lock");
        }
    }

    public static Select of(List<SelectItem> items, TableRef from) {
        return new Select(false, items, from, List.of(), null, List.of(), null, List.of(), null, null, null);
    }

    /** Selects these expressions, without aliases. */
    public static Select of(TableRef from, Expression... items) {
        return of(List.of(items).stream().map(SelectItem::of).toList(), from);
    }

    public Select withDistinct(boolean value) {
        return new Select(value, items, from, joins, where, groupBy, having, orderBy, limit, offset, lock);
    }

    public Select withJoin(Join join) {
        List<Join> more = new ArrayList<>(joins);
        more.add(join);
        return new Select(distinct, items, from, more, where, groupBy, having, orderBy, limit, offset, lock);
    }

    public Select withWhere(Expression condition) {
        return new Select(distinct, items, from, joins, condition, groupBy, having, orderBy, limit, offset, lock);
    }

    public Select withGroupBy(Expression... expressions) {
        return new Select(distinct, items, from, joins, where, List.of(expressions), having, orderBy, limit, offset,
                lock);
    }

    public Select withHaving(Expression condition) {
        return new Select(distinct, items, from, joins, where, groupBy, condition, orderBy, limit, offset, lock);
    }

    public Select withOrderBy(OrderItem... order) {
        return new Select(distinct, items, from, joins, where, groupBy, having, List.of(order), limit, offset, lock);
    }

    /** LIMIT and OFFSET; either may be null. */
    public Select withPage(BindParam newLimit, BindParam newOffset) {
        return new Select(distinct, items, from, joins, where, groupBy, having, orderBy, newLimit, newOffset, lock);
    }

    public Select withLock(Lock newLock) {
        return new Select(distinct, items, from, joins, where, groupBy, having, orderBy, limit, offset, newLock);
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
