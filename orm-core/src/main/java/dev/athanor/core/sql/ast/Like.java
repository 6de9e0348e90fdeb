package dev.athanor.core.sql.ast;

/** {@code x [NOT] LIKE pattern [ESCAPE escape]}; {@code escape} may be null. */
public record Like(Expression operand, Expression pattern, Expression escape, boolean negated) implements Expression {

    public Like {
        Requires.present(operand, "LIKE's operand");
        Requires.present(pattern, "LIKE's pattern");
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
