package dev.athanor.core.sql.ast;

/** {@code left op right} for + - * / and % (modulo). */
public record Arithmetic(Expression left, Operator operator, Expression right) implements Expression {

    /** The arithmetic operators, with their SQL text; multiplicative ones bind tighter. */
    public enum Operator {
        ADD("+", false), SUBTRACT("-", false), MULTIPLY("*", true), DIVIDE("/", true), MODULO("%", true);

        private final String sql;
        private final boolean multiplicative;

        Operator(String sql, boolean multiplicative) {
            this.sql = sql;
            this.multiplicative = multiplicative;
        }

        public String sql() {
            return sql;
        }

        public boolean multiplicative() {
            return multiplicative;
        }
    }

    public Arithmetic {
        Requires.present(left, "an arithmetic left operand");
        Requires.present(operator, "an arithmetic operator");
        Requires.present(right, "an arithmetic right operand");
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
