package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.Expr;
import dev.athanor.jpa.metamodel.AthanorMetamodel;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

/**
 * What a bulk UPDATE and DELETE share: the one root, of the entity given at creation, and the WHERE
 * restriction.
 *
 * @param <T> the entity updated or deleted
 */
final class BulkTarget<T> {

    private final QueryClauses clauses;
    private final AthanorRoot<T> root;
    private final String statement;
    private AbstractPredicate where;

    BulkTarget(AthanorMetamodel metamodel, Class<T> entityClass, String statement) {
        this.clauses = new QueryClauses(metamodel, new QueryClauses.Aliases(), false);
        this.root = (AthanorRoot<T>) clauses.from(metamodel.entity(entityClass));
        this.statement = statement;
    }

    AthanorRoot<T> root() {
        return root;
    }

    String entityName() {
        return root.getModel().getName();
    }

    /** The root, which a bulk statement has from its creation. */
    Root<T> from(Class<T> entityClass) {
        if (entityClass != root.getJavaType()) {
            throw new IllegalArgumentException("This criteria " + statement + " was created for " + entityName()
                    + " and has its root already; from(" + (entityClass == null ? "null" : entityClass.getSimpleName()
                    + ".class") + ") cannot change it");
        }
        return root;
    }

    void where(AbstractPredicate where) {
        this.where = where;
    }

    Predicate where() {
        return where;
    }

    Expr where(TreeContext context) {
        return where == null || where instanceof Junction junction && junction.isTautology()
                ? null : where.tree(context);
    }

    <U> Subquery<U> subquery(CommonAbstractCriteria parent, Class<U> type) {
        return new AthanorSubquery<>(parent, clauses, type);
    }
}
