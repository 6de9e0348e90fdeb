package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.query.tree.QueryTree;
import jakarta.persistence.criteria.Fetch;
import jakarta.persistence.criteria.FetchParent;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code [LEFT] JOIN FETCH parent.attribute generatedAliasN}. Each fetch has a variable so that fetches
 * can go on from it ({@code fetch("lines").fetch("product")}); it is not a path to select or
 * restrict, as the specification has it.
 *
 * @param <Z> the type fetched from
 * @param <X> the type fetched
 */
final class AthanorFetch<Z, X> implements Fetch<Z, X>, JoinNode {

    private final FetchParent<?, Z> parent;
    private final String parentAlias;
    private final AbstractFrom<?, ?> from;
    private final Attribute<?, ?> attribute;
    private final JoinType joinType;
    private final String alias;
    private final Set<Fetch<X, ?>> fetches = new LinkedHashSet<>();

    /**
     * @param from the variable the fetch chain starts at, whose FROM item it is written in
     */
    AthanorFetch(FetchParent<?, Z> parent, String parentAlias, AbstractFrom<?, ?> from, Attribute<?, ?> attribute,
            JoinType joinType) {
        if (from.owner().isSubquery()) {
            throw new IllegalArgumentException("A subquery cannot fetch: JOIN FETCH belongs to the top-level query;"
                    + " use join(\"" + attribute.getName() + "\") in the subquery");
        }
        AthanorJoin.checkType(joinType);
        if (!attribute.isAssociation()) {
            throw new IllegalArgumentException("Cannot fetch " + parentAlias + "." + attribute.getName() + ": it is not"
                    + " an association (basic and embedded attributes load with their entity)");
        }
        this.parent = parent;
        this.parentAlias = parentAlias;
        this.from = from;
        this.attribute = attribute;
        this.joinType = joinType;
        this.alias = from.owner().nextAlias();
        from.written(this);
    }

    @Override
    public QueryTree.Join joinTree(TreeContext context) {
        return new QueryTree.Join(-1, PluralJoins.treeType(joinType), true,
                new Expr.Path(Expr.NO_POSITION, null, List.of(parentAlias, attribute.getName())), null, alias, null);
    }

    private ManagedType<?> navigable() {
        if (attribute instanceof PluralAttribute<?, ?, ?> plural) {
            return (ManagedType<?>) plural.getElementType();
        }
        return (ManagedType<?>) ((SingularAttribute<?, ?>) attribute).getType();
    }

    private <Y> Fetch<X, Y> add(Attribute<?, ?> next, JoinType type) {
        if (!next.getDeclaringType().getJavaType().isAssignableFrom(navigable().getJavaType())) {
            throw new IllegalArgumentException("Cannot fetch " + next.getName() + " from " + alias + ": "
                    + next.getDeclaringType().getJavaType().getSimpleName() + " declares it, not "
                    + navigable().getJavaType().getSimpleName());
        }
        AthanorFetch<X, Y> fetch = new AthanorFetch<>(this, alias, from, next, type);
        fetches.add(fetch);
        return fetch;
    }

    @Override
    public Set<Fetch<X, ?>> getFetches() {
        return Collections.unmodifiableSet(fetches);
    }

    @Override
    public <Y> Fetch<X, Y> fetch(SingularAttribute<? super X, Y> next) {
        return add(next, JoinType.INNER);
    }

    @Override
    public <Y> Fetch<X, Y> fetch(SingularAttribute<? super X, Y> next, JoinType type) {
        return add(next, type);
    }

    @Override
    public <Y> Fetch<X, Y> fetch(PluralAttribute<? super X, ?, Y> next) {
        return add(next, JoinType.INNER);
    }

    @Override
    public <Y> Fetch<X, Y> fetch(PluralAttribute<? super X, ?, Y> next, JoinType type) {
        return add(next, type);
    }

    @SuppressWarnings("hiding")
    @Override
    public <X, Y> Fetch<X, Y> fetch(String attributeName) {
        return fetch(attributeName, JoinType.INNER);
    }

    @SuppressWarnings({"hiding", "unchecked"})
    @Override
    public <X, Y> Fetch<X, Y> fetch(String attributeName, JoinType type) {
        return (Fetch<X, Y>) add(AbstractPath.attribute(navigable(), attributeName), type);
    }

    @SuppressWarnings("unchecked")
    @Override
    public Attribute<? super Z, ?> getAttribute() {
        return (Attribute<? super Z, ?>) attribute;
    }

    @Override
    public FetchParent<?, Z> getParent() {
        return parent;
    }

    @Override
    public JoinType getJoinType() {
        return joinType;
    }

    @Override
    public String toString() {
        return "JOIN FETCH " + parentAlias + "." + attribute.getName() + " " + alias;
    }
}
