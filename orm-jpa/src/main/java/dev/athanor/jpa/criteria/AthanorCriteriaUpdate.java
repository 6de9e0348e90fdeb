package dev.athanor.jpa.criteria;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.query.tree.QueryTree;
import dev.athanor.jpa.metamodel.AthanorMetamodel;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A Criteria bulk UPDATE: {@code UPDATE Entity generatedAlias0 SET ... [WHERE ...]}. Its one root
 * exists from the start; {@code from(...)} returns it.
 *
 * @param <T> the entity updated
 */
final class AthanorCriteriaUpdate<T> implements CriteriaUpdate<T>, CriteriaStatement {

    private final BulkTarget<T> target;
    private final List<AbstractPath<?>> targets = new ArrayList<>();
    private final List<AbstractExpression<?>> values = new ArrayList<>();

    AthanorCriteriaUpdate(AthanorMetamodel metamodel, Class<T> entityClass) {
        this.target = new BulkTarget<>(metamodel, entityClass, "update");
    }

    @Override
    public QueryTree tree() {
        TreeContext context = new TreeContext();
        QueryTree tree = tree(context);
        context.finish();
        return tree;
    }

    private QueryTree tree(TreeContext context) {
        if (targets.isEmpty()) {
            throw new IllegalStateException(ErrorMessage.of(ErrorCode.QUERY_STATE, "The criteria update of "
                    + target.entityName() + " sets nothing").hint("Call set(attribute, value) on it").render());
        }
        List<QueryTree.Assignment> assignments = new ArrayList<>(targets.size());
        for (int i = 0; i < targets.size(); i++) {
            assignments.add(new QueryTree.Assignment(-1, targets.get(i).pathTree(), values.get(i).tree(context)));
        }
        return new QueryTree.Update(-1, target.entityName(), target.root().alias(), assignments,
                target.where(context));
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
    public <Y, X extends Y> CriteriaUpdate<T> set(SingularAttribute<? super T, Y> attribute, X value) {
        return assign(target.root().get(attribute), AbstractExpression.valueOf(value));
    }

    @Override
    public <Y> CriteriaUpdate<T> set(SingularAttribute<? super T, Y> attribute, Expression<? extends Y> value) {
        return assign(target.root().get(attribute), AbstractExpression.node(value));
    }

    @Override
    public <Y, X extends Y> CriteriaUpdate<T> set(Path<Y> attribute, X value) {
        return assign(attribute, AbstractExpression.valueOf(value));
    }

    @Override
    public <Y> CriteriaUpdate<T> set(Path<Y> attribute, Expression<? extends Y> value) {
        return assign(attribute, AbstractExpression.node(value));
    }

    @Override
    public CriteriaUpdate<T> set(String attributeName, Object value) {
        return assign(target.root().get(attributeName), AbstractExpression.valueOf(value));
    }

    private CriteriaUpdate<T> assign(Path<?> path, AbstractExpression<?> value) {
        if (!(path instanceof AttributePath<?> attributePath)) {
            throw new IllegalArgumentException("set(...) takes an attribute of the updated " + target.entityName()
                    + ", reached with getRoot().get(...), not " + path);
        }
        targets.add(attributePath);
        values.add(value);
        return this;
    }

    @Override
    public CriteriaUpdate<T> where(Expression<Boolean> restriction) {
        target.where(restriction == null ? null : AbstractPredicate.of(restriction));
        return this;
    }

    @Override
    public CriteriaUpdate<T> where(Predicate... restrictions) {
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
