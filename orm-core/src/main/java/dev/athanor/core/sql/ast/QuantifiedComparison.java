package dev.athanor.core.sql.ast;

/**
 * {@code left op ALL (SELECT ...)} or {@code left op ANY (SELECT ...)} (JPQL's SOME is ANY). The
 * subquery selects exactly one item. With ALL the comparison holds when it holds for every row
 * (so for no rows at all); with ANY when it holds for at least one; otherwise it is false, or
 * unknown when a row's comparison is unknown (a NULL) and no row decides it.
 */
public record QuantifiedComparison(Expression left, Comparison.Operator operator, Quantifier quantifier, Select query)
        implements Expression {

    /** Whether every row or some row must satisfy the comparison. */
    public enum Quantifier {
        ALL, ANY
    }

    public QuantifiedComparison {
        Requires.present(left, "a quantified comparison's left operand");
        Requires.present(operator, "a quantified comparison's operator");
        Requires.present(quantifier, "a quantified comparison's ALL or ANY");
        Requires.unlocked(Requires.present(query, "a quantified comparison's subquery"));
        if (query.items().size() != 1) {
            throw new IllegalArgumentException("the subquery of " + operator.sql() + " " + quantifier
                    + " selects exactly one item, got " + query.items().size());
        }
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
