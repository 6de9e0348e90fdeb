package dev.athanor.core.sql.ast;

/** {@code left op right} for one of the six comparison operators. */
public record Comparison(Expression left, Operator operator, Expression right) implements Expression {

    /** The comparison operators, with their SQL text. */
    public enum Operator {
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String sql;

        Operator(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    public Comparison {
        Requires.present(left, "a comparison's left operand");
        Requires.present(operator, "a comparison's operator");
        Requires.present(right, "a comparison's right operand");
    }

    public static Comparison eq(Expression left, Expression right) {
        return new Comparison(left, Operator.EQ, right);
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
