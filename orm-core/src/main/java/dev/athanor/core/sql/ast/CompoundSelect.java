package dev.athanor.core.sql.ast;

import java.util.List;

/**
 * {@code left UNION|INTERSECT|EXCEPT [ALL] right}, with an ORDER BY and page for the whole result.
 * Each member is a {@link Select} or another CompoundSelect, without row locks or a page of its own.
 * The ORDER BY items name output columns by their 1-based position: each item's expression is an
 * Integer {@link Literal}, written as {@code ORDER BY n}. {@code limit} and {@code offset} may be null.
 */
public record CompoundSelect(SetOperator operator, boolean all, Statement left, Statement right,
                             List<OrderItem> orderBy, BindParam limit, BindParam offset) implements Statement {

    /** How the members' rows are combined. */
    public enum SetOperator {
        UNION, INTERSECT, EXCEPT
    }

    public CompoundSelect {
        Requires.present(operator, "a compound select's operator");
        member(left, "left");
        member(right, "right");
        orderBy = Requires.list(orderBy, "a compound select's ORDER BY list");
        for (OrderItem item : orderBy) {
            if (!(item.expression() instanceof Literal literal && literal.value() instanceof Integer position
                    && position >= 1)) {
                throw new IllegalArgumentException("a compound select is ordered by output column positions"
                        + " (Literal.of(1), Literal.of(2)...), got " + item.expression());
            }
        }
    }

    private static void member(Statement member, String side) {
        Requires.present(member, "the " + side + " member of a compound select");
        if (member instanceof Select select) {
            Requires.unlocked(select);
            if (select.limit() != null || select.offset() != null || !select.orderBy().isEmpty()) {
                throw new IllegalArgumentException("the " + side + " member of a compound select has no ORDER BY,"
                        + " LIMIT or OFFSET of its own; order and page the compound select");
            }
        } else if (member instanceof CompoundSelect compound) {
            if (compound.limit() != null || compound.offset() != null || !compound.orderBy().isEmpty()) {
                throw new IllegalArgumentException("the " + side + " member of a compound select has no ORDER BY,"
                        + " LIMIT or OFFSET of its own; order and page the outer compound select");
            }
        } else {
            throw new IllegalArgumentException("the " + side + " member of a compound select is a SELECT or another"
                    + " compound select, got " + member.getClass().getSimpleName());
        }
    }

    public static CompoundSelect of(SetOperator operator, boolean all, Statement left, Statement right) {
        return new CompoundSelect(operator, all, left, right, List.of(), null, null);
    }

    public CompoundSelect withOrderBy(OrderItem... order) {
        return new CompoundSelect(operator, all, left, right, List.of(order), limit, offset);
    }

    /** LIMIT and OFFSET; either may be null. */
    public CompoundSelect withPage(BindParam newLimit, BindParam newOffset) {
        return new CompoundSelect(operator, all, left, right, orderBy, newLimit, newOffset);
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
