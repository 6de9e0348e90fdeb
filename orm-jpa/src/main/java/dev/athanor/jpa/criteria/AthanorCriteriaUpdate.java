package dev.athanor.jpa.criteria;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.query.tree.QueryTree;
import dev.athanor.jpa.metamodel.AthanorMetamodel;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.List;

/**
 * A Criteria bulk UPDATE: {@code UPDATE Entity generatedAlias0 SET ... [WHERE ...]}. Its one root
 * exists from the start; {@code from(...)} returns it.
 *
 * @param <T> the entity updated
 */
final class AthanorCriteriaUpdate<T> extends BulkStatement<T, CriteriaUpdate<T>> implements CriteriaUpdate<T> {

    private final List<AbstractPath<?>> targets = new ArrayList<>();
    private final List<AbstractExpression<?>> values = new ArrayList<>();

    AthanorCriteriaUpdate(AthanorMetamodel metamodel, Class<T> entityClass) {
        super(metamodel, entityClass, "update");
    }

    @Override
    QueryTree tree(TreeContext context) {
        if (targets.isEmpty()) {
            throw new IllegalStateException(ErrorMessage.of(ErrorCode.QUERY_STATE, "The criteria update of "
                    + entityName() + " sets nothing").hint("Call set(attribute, value) on it").render());
        }
        List<QueryTree.Assignment> assignments = new ArrayList<>(targets.size());
        for (int i = 0; i < targets.size(); i++) {
            assignments.add(new QueryTree.Assignment(-1, targets.get(i).pathTree(), values.get(i).tree(context)));
        }
        return new QueryTree.Update(-1, entityName(), getRoot().alias(), assignments, whereTree(context));
    }

    @Override
    public <Y, X extends Y> CriteriaUpdate<T> set(SingularAttribute<? super T, Y> attribute, X value) {
        return assign(getRoot().get(attribute), AbstractExpression.valueOf(value));
    }

    @Override
    public <Y> CriteriaUpdate<T> set(SingularAttribute<? super T, Y> attribute, Expression<? extends Y> value) {
        return assign(getRoot().get(attribute), AbstractExpression.node(value));
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
        return assign(getRoot().get(attributeName), AbstractExpression.valueOf(value));
    }

    private CriteriaUpdate<T> assign(Path<?> path, AbstractExpression<?> value) {
        if (!(path instanceof AttributePath<?> attributePath)) {
            throw new IllegalArgumentException("set(...) takes an attribute of the updated " + entityName()
                    + ", reached with getRoot().get(...), not " + path);
        }
        targets.add(attributePath);
        values.add(value);
        return this;
    }
}
