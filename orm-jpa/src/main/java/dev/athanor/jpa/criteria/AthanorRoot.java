package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.query.tree.QueryTree;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.ManagedType;
import java.util.List;

/**
 * {@code FROM Entity generatedAliasN}, or in a subquery a correlated outer root (same variable,
 * no FROM item of its own).
 *
 * @param <X> the entity
 */
final class AthanorRoot<X> extends AbstractFrom<X, X> implements Root<X> {

    private final EntityType<X> entity;

    AthanorRoot(QueryClauses owner, EntityType<X> entity) {
        super(entity.getJavaType(), owner, null, null);
        this.entity = entity;
    }

    /** The outer root {@code outer} as seen from a subquery. */
    AthanorRoot(QueryClauses subquery, AthanorRoot<X> outer) {
        super(outer.getJavaType(), subquery, outer, null);
        this.entity = outer.entity;
    }

    /** {@code source} narrowed to its subclass {@code as}: {@code TREAT(source AS As)}. */
    AthanorRoot(AthanorRoot<?> source, EntityType<X> as) {
        super(as.getJavaType(), source, as.getName());
        this.entity = as;
    }

    @Override
    Expr.Path pathTree() {
        Expr.Path variable = super.pathTree();
        return treatedAs() == null ? variable : new Expr.Path(Expr.NO_POSITION,
                new Expr.Treat(Expr.NO_POSITION, variable, treatedAs()), List.of());
    }

    @Override
    public EntityType<X> getModel() {
        return entity;
    }

    @Override
    ManagedType<?> navigable() {
        return entity;
    }

    QueryTree.From fromTree(TreeContext context) {
        return new QueryTree.From(-1, entity.getName(), null, alias(), itemJoinTrees(context));
    }
}
