package dev.athanor.jpa.criteria;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.query.QueryException;
import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.query.tree.QueryTree;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.Bindable;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code [LEFT] JOIN parent.attribute generatedAliasN [ON ...]}, or a join to an entity
 * ({@code JOIN Entity generatedAliasN ON ...}, JPA 3.2). Plural attributes give the
 * {@link PluralJoins} subclasses, so that {@code instanceof ListJoin} holds.
 *
 * @param <Z> the type joined from
 * @param <X> the type joined to
 */
class AthanorJoin<Z, X> extends AbstractFrom<Z, X> implements Join<Z, X>, JoinNode {

    private final AbstractFrom<?, Z> parent;
    private final Attribute<?, ?> attribute;
    private final EntityType<X> entity;
    private final JoinType joinType;
    private AbstractPredicate on;
    private EntityType<?> treatedAs;

    AthanorJoin(AbstractFrom<?, Z> parent, Attribute<?, ?> attribute, EntityType<X> entity, JoinType type,
            AthanorJoin<Z, X> correlationParent, QueryClauses owner) {
        super(javaType(attribute, entity), owner, correlationParent,
                correlationParent == null ? parent.itemForJoins() : null);
        this.parent = parent;
        this.attribute = attribute;
        this.entity = entity;
        this.joinType = type;
    }

    @SuppressWarnings("unchecked")
    private static <X> Class<X> javaType(Attribute<?, ?> attribute, EntityType<X> entity) {
        if (entity != null) {
            return entity.getJavaType();
        }
        return (Class<X>) ((Bindable<?>) attribute).getBindableJavaType();
    }

    /** The join of {@code attribute} from {@code parent}: an association, never a basic or embedded value. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <Z> AthanorJoin<Z, ?> of(AbstractFrom<?, Z> parent, Attribute<?, ?> attribute, JoinType type) {
        checkType(type);
        if (!attribute.isAssociation()) {
            String what = attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.EMBEDDED
                    ? "an embedded value" : "a basic attribute of type " + attribute.getJavaType().getSimpleName();
            throw new IllegalArgumentException("Cannot join " + parent.alias() + "." + attribute.getName() + ": it is "
                    + what + ", not an association; reach it with get(\"" + attribute.getName() + "\")");
        }
        AthanorJoin<Z, ?> join = attribute instanceof PluralAttribute<?, ?, ?> plural
                ? PluralJoins.of(parent, plural, type, null, parent.owner())
                : new AthanorJoin(parent, attribute, null, type, null, parent.owner());
        join.register();
        return join;
    }

    /** {@code JOIN Entity alias}: an entity join, whose condition comes with {@code on(...)}. */
    static <Z, X> AthanorJoin<Z, X> toEntity(AbstractFrom<?, Z> parent, EntityType<X> entity, JoinType type) {
        checkType(type);
        if (parent.isCorrelated()) {
            throw new IllegalArgumentException("Cannot join the entity " + entity.getName() + " from the correlated "
                    + parent.alias() + ": in a subquery, join it from one of the subquery's own roots");
        }
        AthanorJoin<Z, X> join = new AthanorJoin<>(parent, null, entity, type, null, parent.owner());
        join.register();
        return join;
    }

    static void checkType(JoinType type) {
        if (type == JoinType.RIGHT) {
            throw QueryException.at(ErrorCode.QUERY_UNSUPPORTED, null, Expr.NO_POSITION, "JPQL has no RIGHT join",
                    "Swap the two sides and use JoinType.LEFT, or use JoinType.INNER");
        }
    }

    /** Written in its root's FROM item, or, from a correlated variable, as a FROM item of the subquery. */
    private void register() {
        if (parent.isCorrelated()) {
            if (joinType != JoinType.INNER) {
                throw new IllegalArgumentException("A join from the correlated " + parent.alias() + " in a subquery"
                        + " is written FROM " + parent.alias() + "." + attribute.getName() + ", which JPQL makes an"
                        + " inner join; use JoinType.INNER");
            }
            owner().addDerivedItem(this);
        } else {
            written(this);
        }
    }

    /** This join as seen from a subquery: the same variable, written in no FROM item. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    AthanorJoin<Z, X> correlated(QueryClauses subquery) {
        return attribute instanceof PluralAttribute<?, ?, ?> plural
                ? (AthanorJoin) PluralJoins.of(parent, plural, joinType, (AthanorJoin) this, subquery)
                : new AthanorJoin<>(parent, attribute, entity, joinType, this, subquery);
    }

    @Override
    public QueryTree.Join joinTree(TreeContext context) {
        Expr target = target();
        if (target != null && treatedAs() != null) {
            target = new Expr.Treat(Expr.NO_POSITION, target, treatedAs()); // a downcast: JOIN TREAT(path AS Sub)
        }
        return new QueryTree.Join(-1, PluralJoins.treeType(joinType), false, target,
                entity != null ? entity.getName() : null, alias(), on == null ? null : on.tree(context));
    }

    /** {@code parent.attribute}, or null for an entity join. */
    Expr.Path target() {
        if (attribute == null) {
            return null;
        }
        return new Expr.Path(Expr.NO_POSITION, null, List.of(parent.alias(), attribute.getName()));
    }

    /** This join as a FROM item of a subquery: {@code FROM outer.attribute alias}. */
    QueryTree.From derivedFromTree(TreeContext context) {
        return new QueryTree.From(-1, null, target(), alias(), itemJoinTrees(context));
    }

    /** Narrows this join to its target's subclass {@code as}: {@code JOIN TREAT(path AS As)}. */
    void treat(EntityType<?> as) {
        if (attribute == null) {
            throw new IllegalArgumentException("treat(...) of the entity join " + alias() + ": join "
                    + as.getName() + " itself instead");
        }
        treatedAs = as;
        treatAs(as.getName());
    }

    @SuppressWarnings("unchecked")
    @Override
    public Class<? extends X> getJavaType() {
        return treatedAs != null ? (Class<? extends X>) treatedAs.getJavaType() : super.getJavaType();
    }

    @Override
    ManagedType<?> navigable() {
        if (treatedAs != null) {
            return treatedAs;
        }
        if (entity != null) {
            return entity;
        }
        if (attribute instanceof PluralAttribute<?, ?, ?> plural) {
            return plural.getElementType() instanceof ManagedType<?> managed ? managed : null;
        }
        return ((SingularAttribute<?, ?>) attribute).getType() instanceof ManagedType<?> managed ? managed : null;
    }

    @Override
    public Join<Z, X> on(Expression<Boolean> restriction) {
        on = QueryClauses.restriction(restriction);
        return this;
    }

    @Override
    public Join<Z, X> on(Predicate... restrictions) {
        on = restrictions.length == 0 ? null
                : restrictions.length == 1 ? AbstractPredicate.of(restrictions[0])
                : new Junction(Predicate.BooleanOperator.AND, new ArrayList<>(List.of(restrictions)));
        return this;
    }

    @Override
    public Predicate getOn() {
        return on;
    }

    /** The attribute joined, or null for an entity join. */
    @Override
    public Attribute<? super Z, ?> getAttribute() {
        @SuppressWarnings("unchecked")
        Attribute<? super Z, ?> joined = (Attribute<? super Z, ?>) attribute;
        return joined;
    }

    /** The variable joined from: a join's path goes on from its parent. */
    @Override
    public Path<?> getParentPath() {
        return parent;
    }

    @Override
    public From<?, Z> getParent() {
        return parent;
    }

    @Override
    public JoinType getJoinType() {
        return joinType;
    }

    @SuppressWarnings("unchecked")
    @Override
    public Bindable<X> getModel() {
        return entity != null ? entity : (Bindable<X>) attribute;
    }
}
