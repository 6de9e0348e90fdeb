package dev.athanor.core.sql.ast;

/** {@code x [NOT] IN (SELECT ...)}. */
public record InSubquery(Expression operand, Select query, boolean negated) implements Expression {

    public InSubquery {
        Requires.present(operand, "IN's operand");
        Requires.unlocked(Requires.present(query, "IN's subquery"));
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
