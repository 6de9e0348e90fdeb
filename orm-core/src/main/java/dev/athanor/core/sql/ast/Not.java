package dev.athanor.core.sql.ast;

/** {@code NOT (condition)}. */
public record Not(Expression operand) implements Expression {

    public Not {
        Requires.present(operand, "NOT's operand");
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
