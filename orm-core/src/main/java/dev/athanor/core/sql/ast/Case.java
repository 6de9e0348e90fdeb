package dev.athanor.core.sql.ast;

import java.util.List;

/**
 * {@code CASE [operand] WHEN ... THEN ... [ELSE ...] END}. With an operand (simple CASE) each WHEN
 * is a value compared to it; without (searched CASE) each WHEN is a condition. {@code otherwise}
 * may be null.
 */
public record Case(Expression operand, List<When> whens, Expression otherwise) implements Expression {

    /** One {@code WHEN condition THEN result}. */
    public record When(Expression condition, Expression result) {
        public When {
            Requires.present(condition, "a WHEN's condition");
            Requires.present(result, "a WHEN's result");
        }
    }

    public Case {
        whens = Requires.nonEmpty(whens, "a CASE's WHEN list");
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
