package dev.athanor.core.sql.ast;

/** Unary minus. */
public record Negate(Expression operand) implements Expression {

    public Negate {
        Requires.present(operand, "a negation's operand");
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
