package dev.athanor.core.sql.ast;

import java.util.List;

/**
 * {@code x [NOT] IN (a, b, ...)}. An empty list is allowed (a JPQL collection parameter may be
 * empty): IN () is always false and NOT IN () always true, and renderers write it so.
 */
public record InList(Expression operand, List<Expression> values, boolean negated) implements Expression {

    public InList {
        Requires.present(operand, "IN's operand");
        values = Requires.list(values, "an IN list");
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
