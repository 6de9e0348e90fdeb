package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.QueryTree;
import jakarta.persistence.criteria.CriteriaSelect;

/** A query or a set operation of queries, as an operand of {@code union}, {@code intersect} or {@code except}. */
abstract class SelectStatement<T> extends AbstractStatement implements CriteriaSelect<T> {

    /** The query specification or set operation, without ORDER BY. */
    abstract QueryTree.QueryBody body(TreeContext context);

    /** The class each result row is. */
    public abstract Class<T> getResultType();

    static SelectStatement<?> of(CriteriaSelect<?> select) {
        if (select instanceof SelectStatement<?> ours) {
            return ours;
        }
        throw new IllegalArgumentException("The query " + select + " was not made by Athanor's CriteriaBuilder;"
                + " build every part of a statement with the same one");
    }
}
