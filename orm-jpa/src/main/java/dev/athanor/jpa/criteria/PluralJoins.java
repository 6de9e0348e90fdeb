package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.query.tree.QueryTree;
import jakarta.persistence.criteria.CollectionJoin;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.ListJoin;
import jakarta.persistence.criteria.MapJoin;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.SetJoin;
import jakarta.persistence.metamodel.CollectionAttribute;
import jakarta.persistence.metamodel.ListAttribute;
import jakarta.persistence.metamodel.MapAttribute;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SetAttribute;
import java.util.List;
import java.util.Map;

/** The joins of collections, one class per collection interface as the Criteria API types them. */
final class PluralJoins {

    private PluralJoins() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static <Z> AthanorJoin<Z, ?> of(AbstractFrom<?, Z> parent, PluralAttribute<?, ?, ?> attribute, JoinType type,
            AthanorJoin<Z, ?> correlationParent, QueryClauses owner) {
        return switch (attribute.getCollectionType()) {
            case LIST -> new OfList(parent, (ListAttribute) attribute, type, correlationParent, owner);
            case SET -> new OfSet(parent, (SetAttribute) attribute, type, correlationParent, owner);
            case COLLECTION ->
                    new OfCollection(parent, (CollectionAttribute) attribute, type, correlationParent, owner);
            case MAP -> new OfMap(parent, (MapAttribute) attribute, type, correlationParent, owner);
        };
    }

    static QueryTree.JoinType treeType(JoinType type) {
        return type == JoinType.LEFT ? QueryTree.JoinType.LEFT : QueryTree.JoinType.INNER;
    }

    /** A join of a {@code List}. {@code index()} is JPQL's INDEX, which needs an order column. */
    static final class OfList<Z, E> extends AthanorJoin<Z, E> implements ListJoin<Z, E> {

        OfList(AbstractFrom<?, Z> parent, ListAttribute<?, E> attribute, JoinType type,
                AthanorJoin<Z, E> correlationParent, QueryClauses owner) {
            super(parent, attribute, null, type, correlationParent, owner);
        }

        @Override
        public ListJoin<Z, E> on(Expression<Boolean> restriction) {
            super.on(restriction);
            return this;
        }

        @Override
        public ListJoin<Z, E> on(Predicate... restrictions) {
            super.on(restrictions);
            return this;
        }

        @SuppressWarnings("unchecked")
        @Override
        public ListAttribute<? super Z, E> getModel() {
            return (ListAttribute<? super Z, E>) getAttribute();
        }

        @Override
        public Expression<Integer> index() {
            return new DerivedExpression<>(Integer.class, List.of(this),
                    a -> new Expr.Call(Expr.NO_POSITION, "INDEX", a));
        }
    }

    /** A join of a {@code Set}. */
    static final class OfSet<Z, E> extends AthanorJoin<Z, E> implements SetJoin<Z, E> {

        OfSet(AbstractFrom<?, Z> parent, SetAttribute<?, E> attribute, JoinType type,
                AthanorJoin<Z, E> correlationParent, QueryClauses owner) {
            super(parent, attribute, null, type, correlationParent, owner);
        }

        @Override
        public SetJoin<Z, E> on(Expression<Boolean> restriction) {
            super.on(restriction);
            return this;
        }

        @Override
        public SetJoin<Z, E> on(Predicate... restrictions) {
            super.on(restrictions);
            return this;
        }

        @SuppressWarnings("unchecked")
        @Override
        public SetAttribute<? super Z, E> getModel() {
            return (SetAttribute<? super Z, E>) getAttribute();
        }
    }

    /**
     * A join of a {@code Map}: the variable ranges over its values; {@code key()} is JPQL's KEY (an
     * attribute of the value, {@code @MapKey}), {@code value()} the variable itself, {@code entry()}
     * JPQL's ENTRY, which only a select list takes.
     */
    static final class OfMap<Z, K, V> extends AthanorJoin<Z, V> implements MapJoin<Z, K, V> {

        OfMap(AbstractFrom<?, Z> parent, MapAttribute<?, K, V> attribute, JoinType type,
                AthanorJoin<Z, V> correlationParent, QueryClauses owner) {
            super(parent, attribute, null, type, correlationParent, owner);
        }

        @Override
        public MapJoin<Z, K, V> on(Expression<Boolean> restriction) {
            super.on(restriction);
            return this;
        }

        @Override
        public MapJoin<Z, K, V> on(Predicate... restrictions) {
            super.on(restrictions);
            return this;
        }

        @SuppressWarnings("unchecked")
        @Override
        public MapAttribute<? super Z, K, V> getModel() {
            return (MapAttribute<? super Z, K, V>) getAttribute();
        }

        @Override
        public Path<K> key() {
            return new MapKeyPath<>(this, getModel());
        }

        @Override
        public Path<V> value() {
            return this;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        @Override
        public Expression<Map.Entry<K, V>> entry() {
            return new DerivedExpression<>((Class) Map.Entry.class, List.of(this),
                    a -> new Expr.Call(Expr.NO_POSITION, "ENTRY", a));
        }
    }

    /** A join of a {@code Collection}. */
    static final class OfCollection<Z, E> extends AthanorJoin<Z, E> implements CollectionJoin<Z, E> {

        OfCollection(AbstractFrom<?, Z> parent, CollectionAttribute<?, E> attribute, JoinType type,
                AthanorJoin<Z, E> correlationParent, QueryClauses owner) {
            super(parent, attribute, null, type, correlationParent, owner);
        }

        @Override
        public CollectionJoin<Z, E> on(Expression<Boolean> restriction) {
            super.on(restriction);
            return this;
        }

        @Override
        public CollectionJoin<Z, E> on(Predicate... restrictions) {
            super.on(restrictions);
            return this;
        }

        @SuppressWarnings("unchecked")
        @Override
        public CollectionAttribute<? super Z, E> getModel() {
            return (CollectionAttribute<? super Z, E>) getAttribute();
        }
    }
}
