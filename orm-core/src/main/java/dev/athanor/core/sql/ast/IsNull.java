package dev.athanor.core.sql.ast;

/** {@code x IS NULL}, or {@code x IS NOT NULL} when negated. */
public record IsNull(Expression operand, boolean negated) implements Expression {

    public IsNull {
        Requires.present(operand, "IS NULL's operand");
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
