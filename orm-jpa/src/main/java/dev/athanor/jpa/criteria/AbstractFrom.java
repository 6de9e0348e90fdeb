package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.query.tree.QueryTree;
import jakarta.persistence.criteria.CollectionJoin;
import jakarta.persistence.criteria.Fetch;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.ListJoin;
import jakarta.persistence.criteria.MapJoin;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.SetJoin;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.CollectionAttribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.ListAttribute;
import jakarta.persistence.metamodel.MapAttribute;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SetAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A root or join: an identification variable ({@code generatedAliasN}, numbered in creation order
 * across the statement) that joins and fetches hang on.
 *
 * <p>Every join is written in the FROM item of its root, in creation order. In a subquery, a join
 * from a correlated root or join (an outer variable) starts a FROM item of its own, written as a path
 * from the outer variable ({@code FROM generatedAlias0.lines generatedAlias3}).
 *
 * @param <Z> the type joined from
 * @param <X> the type of this variable
 */
abstract class AbstractFrom<Z, X> extends AbstractPath<X> implements From<Z, X> {

    private final QueryClauses owner;
    private final String alias;
    private final AbstractFrom<Z, X> correlationParent;
    private final AbstractFrom<?, ?> fromItem;
    private final Set<Join<X, ?>> joins = new LinkedHashSet<>();
    private final Set<Fetch<X, ?>> fetches = new LinkedHashSet<>();
    private final List<JoinNode> itemJoins = new ArrayList<>();
    /** The entity name a TREAT narrows this variable to, or null. */
    private String treatedAs;

    /**
     * @param correlationParent the outer variable this one stands for in a subquery, or null; it lends
     *     its alias
     * @param fromItem the FROM item this variable is written in, or null when it starts one
     */
    AbstractFrom(Class<? extends X> javaType, QueryClauses owner, AbstractFrom<Z, X> correlationParent,
            AbstractFrom<?, ?> fromItem) {
        super(javaType);
        this.owner = owner;
        this.correlationParent = correlationParent;
        this.alias = correlationParent != null ? correlationParent.alias() : owner.nextAlias();
        this.fromItem = fromItem != null ? fromItem : this;
    }

    /**
     * {@code source} narrowed to a subclass ({@code CriteriaBuilder.treat} of a root): the same variable,
     * written in no FROM item of its own, whose paths start with {@code TREAT(source AS entityName)}.
     */
    AbstractFrom(Class<? extends X> javaType, AbstractFrom<?, ?> source, String entityName) {
        super(javaType);
        this.owner = source.owner;
        this.correlationParent = null;
        this.alias = source.alias;
        this.fromItem = source.fromItem;
        this.treatedAs = entityName;
    }

    /** Narrows this variable to the entity {@code entityName} (a join treated in place). */
    final void treatAs(String entityName) {
        this.treatedAs = entityName;
    }

    /** The entity name a TREAT narrows this variable to, or null. */
    final String treatedAs() {
        return treatedAs;
    }

    final QueryClauses owner() {
        return owner;
    }

    /** The identification variable. */
    final String alias() {
        return alias;
    }

    /** The joins and fetches written in this FROM item, in creation order. */
    final List<QueryTree.Join> itemJoinTrees(TreeContext context) {
        if (itemJoins.isEmpty()) {
            return List.of();
        }
        List<QueryTree.Join> trees = new ArrayList<>(itemJoins.size());
        for (JoinNode join : itemJoins) {
            trees.add(join.joinTree(context));
        }
        return trees;
    }

    /** Where a join from this variable is written: this FROM item, or none for a correlated variable. */
    final AbstractFrom<?, ?> itemForJoins() {
        return isCorrelated() ? null : fromItem;
    }

    /** Records a join or fetch made from this variable. */
    final void written(JoinNode node) {
        fromItem.itemJoins.add(node);
    }

    @Override
    Expr.Path pathTree() {
        return Expr.Path.of(Expr.NO_POSITION, alias);
    }

    @Override
    String cannotNavigate(String name) {
        return "Cannot reach '" + name + "' through " + alias + ": it is not an entity or embeddable";
    }

    @Override
    public Path<?> getParentPath() {
        return null;
    }

    @Override
    public Set<Join<X, ?>> getJoins() {
        return Collections.unmodifiableSet(joins);
    }

    @Override
    public Set<Fetch<X, ?>> getFetches() {
        return Collections.unmodifiableSet(fetches);
    }

    @Override
    public boolean isCorrelated() {
        return correlationParent != null;
    }

    @Override
    public From<Z, X> getCorrelationParent() {
        if (correlationParent == null) {
            throw new IllegalStateException(alias + " is not correlated: check isCorrelated() first");
        }
        return correlationParent;
    }

    // ---- joins ----

    @SuppressWarnings("unchecked")
    private <J> J join(Attribute<?, ?> attribute, JoinType type) {
        AthanorJoin<X, ?> join = AthanorJoin.of(this, checked(attribute), type);
        joins.add(join);
        return (J) join;
    }

    private <Y> Join<X, Y> joinEntity(EntityType<Y> entity, JoinType type) {
        AthanorJoin<X, Y> join = AthanorJoin.toEntity(this, entity, type);
        joins.add(join);
        return join;
    }

    @Override
    public <Y> Join<X, Y> join(Class<Y> entityClass) {
        return join(entityClass, JoinType.INNER);
    }

    @Override
    public <Y> Join<X, Y> join(Class<Y> entityClass, JoinType type) {
        return joinEntity(owner.metamodel().entity(entityClass), type);
    }

    @Override
    public <Y> Join<X, Y> join(EntityType<Y> entity) {
        return joinEntity(entity, JoinType.INNER);
    }

    @Override
    public <Y> Join<X, Y> join(EntityType<Y> entity, JoinType type) {
        return joinEntity(entity, type);
    }

    @Override
    public <Y> Join<X, Y> join(SingularAttribute<? super X, Y> attribute) {
        return join(attribute, JoinType.INNER);
    }

    @Override
    public <Y> Join<X, Y> join(SingularAttribute<? super X, Y> attribute, JoinType type) {
        return join((Attribute<?, ?>) attribute, type);
    }

    @Override
    public <Y> CollectionJoin<X, Y> join(CollectionAttribute<? super X, Y> collection) {
        return join(collection, JoinType.INNER);
    }

    @Override
    public <Y> SetJoin<X, Y> join(SetAttribute<? super X, Y> set) {
        return join(set, JoinType.INNER);
    }

    @Override
    public <Y> ListJoin<X, Y> join(ListAttribute<? super X, Y> list) {
        return join(list, JoinType.INNER);
    }

    @Override
    public <K, V> MapJoin<X, K, V> join(MapAttribute<? super X, K, V> map) {
        return join(map, JoinType.INNER);
    }

    @Override
    public <Y> CollectionJoin<X, Y> join(CollectionAttribute<? super X, Y> collection, JoinType type) {
        return join((Attribute<?, ?>) collection, type);
    }

    @Override
    public <Y> SetJoin<X, Y> join(SetAttribute<? super X, Y> set, JoinType type) {
        return join((Attribute<?, ?>) set, type);
    }

    @Override
    public <Y> ListJoin<X, Y> join(ListAttribute<? super X, Y> list, JoinType type) {
        return join((Attribute<?, ?>) list, type);
    }

    @Override
    public <K, V> MapJoin<X, K, V> join(MapAttribute<? super X, K, V> map, JoinType type) {
        return join((Attribute<?, ?>) checked(map), type);
    }

    @SuppressWarnings("hiding")
    @Override
    public <X, Y> Join<X, Y> join(String attributeName) {
        return join(attributeName, JoinType.INNER);
    }

    @SuppressWarnings("hiding")
    @Override
    public <X, Y> Join<X, Y> join(String attributeName, JoinType type) {
        return join(named(attributeName), type);
    }

    @SuppressWarnings("hiding")
    @Override
    public <X, Y> CollectionJoin<X, Y> joinCollection(String attributeName) {
        return joinCollection(attributeName, JoinType.INNER);
    }

    @SuppressWarnings("hiding")
    @Override
    public <X, Y> CollectionJoin<X, Y> joinCollection(String attributeName, JoinType type) {
        return join(named(attributeName, PluralAttribute.CollectionType.COLLECTION), type);
    }

    @SuppressWarnings("hiding")
    @Override
    public <X, Y> SetJoin<X, Y> joinSet(String attributeName) {
        return joinSet(attributeName, JoinType.INNER);
    }

    @SuppressWarnings("hiding")
    @Override
    public <X, Y> SetJoin<X, Y> joinSet(String attributeName, JoinType type) {
        return join(named(attributeName, PluralAttribute.CollectionType.SET), type);
    }

    @SuppressWarnings("hiding")
    @Override
    public <X, Y> ListJoin<X, Y> joinList(String attributeName) {
        return joinList(attributeName, JoinType.INNER);
    }

    @SuppressWarnings("hiding")
    @Override
    public <X, Y> ListJoin<X, Y> joinList(String attributeName, JoinType type) {
        return join(named(attributeName, PluralAttribute.CollectionType.LIST), type);
    }

    @SuppressWarnings("hiding")
    @Override
    public <X, K, V> MapJoin<X, K, V> joinMap(String attributeName) {
        return joinMap(attributeName, JoinType.INNER);
    }

    @SuppressWarnings("hiding")
    @Override
    public <X, K, V> MapJoin<X, K, V> joinMap(String attributeName, JoinType type) {
        return join(named(attributeName, PluralAttribute.CollectionType.MAP), type);
    }

    private Attribute<?, ?> named(String attributeName) {
        if (navigable() == null) {
            throw new IllegalArgumentException(cannotNavigate(attributeName));
        }
        return attribute(navigable(), attributeName);
    }

    private Attribute<?, ?> named(String attributeName, PluralAttribute.CollectionType kind) {
        Attribute<?, ?> attribute = named(attributeName);
        if (!(attribute instanceof PluralAttribute<?, ?, ?> plural) || plural.getCollectionType() != kind) {
            String declared = attribute instanceof PluralAttribute<?, ?, ?> plural
                    ? "a " + plural.getCollectionType().name().toLowerCase() : "not a collection";
            throw new IllegalArgumentException(typeName(navigable()) + "." + attributeName + " is " + declared
                    + ", not a " + kind.name().toLowerCase() + "; use join(\"" + attributeName + "\")");
        }
        return attribute;
    }

    // ---- fetches ----

    @Override
    public <Y> Fetch<X, Y> fetch(SingularAttribute<? super X, Y> attribute) {
        return fetch(attribute, JoinType.INNER);
    }

    @Override
    public <Y> Fetch<X, Y> fetch(SingularAttribute<? super X, Y> attribute, JoinType type) {
        return addFetch(checked(attribute), type);
    }

    @Override
    public <Y> Fetch<X, Y> fetch(PluralAttribute<? super X, ?, Y> attribute) {
        return fetch(attribute, JoinType.INNER);
    }

    @Override
    public <Y> Fetch<X, Y> fetch(PluralAttribute<? super X, ?, Y> attribute, JoinType type) {
        return addFetch(checked(attribute), type);
    }

    @SuppressWarnings("hiding")
    @Override
    public <X, Y> Fetch<X, Y> fetch(String attributeName) {
        return fetch(attributeName, JoinType.INNER);
    }

    @SuppressWarnings({"hiding", "unchecked"})
    @Override
    public <X, Y> Fetch<X, Y> fetch(String attributeName, JoinType type) {
        return (Fetch<X, Y>) addFetch(named(attributeName), type);
    }

    private <Y> Fetch<X, Y> addFetch(Attribute<?, ?> attribute, JoinType type) {
        AthanorFetch<X, Y> fetch = new AthanorFetch<>(this, alias, this, attribute, type);
        fetches.add(fetch);
        return fetch;
    }
}
