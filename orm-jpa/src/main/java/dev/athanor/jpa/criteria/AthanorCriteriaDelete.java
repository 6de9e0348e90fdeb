package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.QueryTree;
import dev.athanor.jpa.metamodel.AthanorMetamodel;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.EntityType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A Criteria bulk DELETE: {@code DELETE FROM Entity generatedAlias0 [WHERE ...]}. Its one root exists
 * from the start; {@code from(...)} returns it.
 *
 * @param <T> the entity deleted
 */
final class AthanorCriteriaDelete<T> implements CriteriaDelete<T>, CriteriaStatement {

    private final BulkTarget<T> target;

    AthanorCriteriaDelete(AthanorMetamodel metamodel, Class<T> entityClass) {
        this.target = new BulkTarget<>(metamodel, entityClass, "delete");
    }

    @Override
    public QueryTree tree() {
        TreeContext context = new TreeContext();
        QueryTree tree = tree(context);
        context.finish();
        return tree;
    }

    private QueryTree tree(TreeContext context) {
        return new QueryTree.Delete(-1, target.entityName(), target.root().alias(), target.where(context));
    }

    @Override
    public String describe() {
        return JpqlText.statement(tree());
    }

    @Override
    public List<AthanorParameterExpression<?>> parameters() {
        TreeContext context = new TreeContext();
        tree(context);
        return context.finish();
    }

    @Override
    public Root<T> from(Class<T> entityClass) {
        return target.from(entityClass);
    }

    @Override
    public Root<T> from(EntityType<T> entity) {
        return target.from(entity.getJavaType());
    }

    @Override
    public Root<T> getRoot() {
        return target.root();
    }

    @Override
    public CriteriaDelete<T> where(Expression<Boolean> restriction) {
        target.where(restriction == null ? null : AbstractPredicate.of(restriction));
        return this;
    }

    @Override
    public CriteriaDelete<T> where(Predicate... restrictions) {
        target.where(QueryClauses.conjunction(List.of(restrictions)));
        return this;
    }

    @Override
    public <U> Subquery<U> subquery(Class<U> type) {
        return target.subquery(this, type);
    }

    @Override
    public <U> Subquery<U> subquery(EntityType<U> type) {
        return target.subquery(this, type.getJavaType());
    }

    @Override
    public Predicate getRestriction() {
        return target.where();
    }

    @Override
    public Set<ParameterExpression<?>> getParameters() {
        return new LinkedHashSet<>(parameters());
    }

    @Override
    public String toString() {
        return describe();
    }
}
