package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.Expr;
import dev.athanor.jpa.metamodel.AthanorMetamodel;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.EntityType;
import java.util.List;

/**
 * What a bulk UPDATE and DELETE share: the one root, of the entity given at creation, the WHERE
 * restriction and the subqueries in it.
 *
 * @param <T> the entity updated or deleted
 * @param <S> the statement's own Criteria interface, which {@code where(...)} returns
 */
abstract class BulkStatement<T, S extends CommonAbstractCriteria> extends AbstractStatement
        implements CommonAbstractCriteria {

    private final QueryClauses clauses;
    private final AthanorRoot<T> root;
    private final String statement;
    private AbstractPredicate where;

    BulkStatement(AthanorMetamodel metamodel, Class<T> entityClass, String statement) {
        this.clauses = new QueryClauses(metamodel, new QueryClauses.Aliases(), false);
        this.root = (AthanorRoot<T>) clauses.from(metamodel.entity(entityClass));
        this.statement = statement;
    }

    String entityName() {
        return root.getModel().getName();
    }

    /** The WHERE condition of the tree, or null when there is none. */
    Expr whereTree(TreeContext context) {
        return where == null || where instanceof Junction junction && junction.isTautology()
                ? null : where.tree(context);
    }

    /** The root, which a bulk statement has from its creation. */
    public Root<T> from(Class<T> entityClass) {
        if (entityClass != root.getJavaType()) {
            throw new IllegalArgumentException("This criteria " + statement + " was created for " + entityName()
                    + " and has its root already; from(" + (entityClass == null ? "null" : entityClass.getSimpleName()
                    + ".class") + ") cannot change it");
        }
        return root;
    }

    public Root<T> from(EntityType<T> entity) {
        return from(entity.getJavaType());
    }

    public AthanorRoot<T> getRoot() {
        return root;
    }

    public S where(Expression<Boolean> restriction) {
        where = QueryClauses.restriction(restriction);
        return self();
    }

    public S where(Predicate... restrictions) {
        where = QueryClauses.conjunction(List.of(restrictions));
        return self();
    }

    @Override
    public Predicate getRestriction() {
        return where;
    }

    @Override
    public <U> Subquery<U> subquery(Class<U> type) {
        return new AthanorSubquery<>(this, clauses, type);
    }

    @Override
    public <U> Subquery<U> subquery(EntityType<U> type) {
        return subquery(type.getJavaType());
    }

    /** This statement as its Criteria interface; S is always the subclass's own interface. */
    @SuppressWarnings("unchecked")
    final S self() {
        return (S) this;
    }
}
