package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.QueryTree;
import dev.athanor.jpa.metamodel.AthanorMetamodel;
import jakarta.persistence.criteria.CriteriaDelete;

/**
 * A Criteria bulk DELETE: {@code DELETE FROM Entity generatedAlias0 [WHERE ...]}. Its one root exists
 * from the start; {@code from(...)} returns it.
 *
 * @param <T> the entity deleted
 */
final class AthanorCriteriaDelete<T> extends BulkStatement<T, CriteriaDelete<T>> implements CriteriaDelete<T> {

    AthanorCriteriaDelete(AthanorMetamodel metamodel, Class<T> entityClass) {
        super(metamodel, entityClass, "delete");
    }

    @Override
    QueryTree tree(TreeContext context) {
        return new QueryTree.Delete(-1, entityName(), getRoot().alias(), whereTree(context));
    }
}
