package dev.athanor.core.sql.ast;

import java.util.List;

/** AND or OR over two or more conditions. */
public record Logical(Operator operator, List<Expression> operands) implements Expression {

    public enum Operator {
        AND, OR
    }

    public Logical {
        Requires.present(operator, "a logical operator");
        operands = Requires.list(operands, "an " + operator);
        if (operands.size() < 2) {
            throw new IllegalArgumentException(operator + " needs at least two operands, got " + operands.size());
        }
    }

    public static Logical and(Expression... operands) {
        return new Logical(Operator.AND, List.of(operands));
    }

    public static Logical or(Expression... operands) {
        return new Logical(Operator.OR, List.of(operands));
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
