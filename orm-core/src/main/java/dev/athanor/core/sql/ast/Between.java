package dev.athanor.core.sql.ast;

/** {@code x [NOT] BETWEEN low AND high}. */
public record Between(Expression operand, Expression low, Expression high, boolean negated) implements Expression {

    public Between {
        Requires.present(operand, "BETWEEN's operand");
        Requires.present(low, "BETWEEN's lower bound");
        Requires.present(high, "BETWEEN's upper bound");
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
