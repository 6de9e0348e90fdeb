package dev.athanor.jpa.criteria;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.query.QueryException;
import dev.athanor.core.query.tree.QueryTree;
import dev.athanor.jpa.metamodel.AthanorMetamodel;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CollectionJoin;
import jakarta.persistence.criteria.CompoundSelection;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaSelect;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.ListJoin;
import jakarta.persistence.criteria.MapJoin;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.criteria.SetJoin;
import jakarta.persistence.metamodel.EntityType;
import java.util.List;
import java.util.Objects;

/**
 * Athanor's {@link jakarta.persistence.criteria.CriteriaBuilder}. Every query, expression and
 * predicate it makes turns into the syntax tree the JPQL parser builds for the same query (see
 * {@link CriteriaStatement}), so Criteria queries are checked, translated and cached exactly as
 * JPQL is.
 *
 * <pre>{@code
 * CriteriaBuilder cb = entityManager.getCriteriaBuilder();
 * CriteriaQuery<Order> q = cb.createQuery(Order.class);
 * Root<Order> o = q.from(Order.class);
 * q.select(o).where(cb.greaterThan(o.get(Order_.total), cb.parameter(BigDecimal.class, "min")));
 * }</pre>
 *
 * <p>The builder holds no state beyond the metamodel and may be shared; the queries it creates are
 * mutable and belong to one thread.
 */
public final class AthanorCriteriaBuilder extends CriteriaBuilderStringsAndDates {

    private final AthanorMetamodel metamodel;

    public AthanorCriteriaBuilder(AthanorMetamodel metamodel) {
        this.metamodel = Objects.requireNonNull(metamodel, "metamodel");
    }

    // ---- statements ----

    @Override
    public CriteriaQuery<Object> createQuery() {
        return new AthanorCriteriaQuery<>(metamodel, Object.class);
    }

    @Override
    public <T> CriteriaQuery<T> createQuery(Class<T> resultClass) {
        if (resultClass == null) {
            throw new IllegalArgumentException("createQuery(...) needs the result class; use createQuery() for Object");
        }
        return new AthanorCriteriaQuery<>(metamodel, resultClass);
    }

    @Override
    public CriteriaQuery<Tuple> createTupleQuery() {
        return new AthanorCriteriaQuery<>(metamodel, Tuple.class);
    }

    @Override
    public <T> CriteriaUpdate<T> createCriteriaUpdate(Class<T> targetEntity) {
        return new AthanorCriteriaUpdate<>(metamodel, targetEntity);
    }

    @Override
    public <T> CriteriaDelete<T> createCriteriaDelete(Class<T> targetEntity) {
        return new AthanorCriteriaDelete<>(metamodel, targetEntity);
    }

    // ---- set operations ----

    private static <T> CriteriaSelect<T> combine(QueryTree.SetOperator operator, boolean all, CriteriaSelect<?> left,
            CriteriaSelect<?> right) {
        return new AthanorSetOperation<>(operator, all, SelectStatement.of(left), SelectStatement.of(right));
    }

    @Override
    public <T> CriteriaSelect<T> union(CriteriaSelect<? extends T> left, CriteriaSelect<? extends T> right) {
        return combine(QueryTree.SetOperator.UNION, false, left, right);
    }

    @Override
    public <T> CriteriaSelect<T> unionAll(CriteriaSelect<? extends T> left, CriteriaSelect<? extends T> right) {
        return combine(QueryTree.SetOperator.UNION, true, left, right);
    }

    @Override
    public <T> CriteriaSelect<T> intersect(CriteriaSelect<? super T> left, CriteriaSelect<? super T> right) {
        return combine(QueryTree.SetOperator.INTERSECT, false, left, right);
    }

    @Override
    public <T> CriteriaSelect<T> intersectAll(CriteriaSelect<? super T> left, CriteriaSelect<? super T> right) {
        return combine(QueryTree.SetOperator.INTERSECT, true, left, right);
    }

    @Override
    public <T> CriteriaSelect<T> except(CriteriaSelect<T> left, CriteriaSelect<?> right) {
        return combine(QueryTree.SetOperator.EXCEPT, false, left, right);
    }

    @Override
    public <T> CriteriaSelect<T> exceptAll(CriteriaSelect<T> left, CriteriaSelect<?> right) {
        return combine(QueryTree.SetOperator.EXCEPT, true, left, right);
    }

    // ---- selections ----

    @Override
    public <Y> CompoundSelection<Y> construct(Class<Y> resultClass, Selection<?>... selections) {
        if (resultClass == null) {
            throw new IllegalArgumentException("construct(...) needs the class to construct");
        }
        return new AthanorCompoundSelection<>(AthanorCompoundSelection.Kind.CONSTRUCT, resultClass,
                List.of(selections));
    }

    @Override
    public CompoundSelection<Tuple> tuple(Selection<?>... selections) {
        return tuple(List.of(selections));
    }

    @Override
    public CompoundSelection<Tuple> tuple(List<Selection<?>> selections) {
        return new AthanorCompoundSelection<>(AthanorCompoundSelection.Kind.TUPLE, Tuple.class, selections);
    }

    @Override
    public CompoundSelection<Object[]> array(Selection<?>... selections) {
        return array(List.of(selections));
    }

    @Override
    public CompoundSelection<Object[]> array(List<Selection<?>> selections) {
        return new AthanorCompoundSelection<>(AthanorCompoundSelection.Kind.ARRAY, Object[].class, selections);
    }

    // ---- ordering ----

    @Override
    public Order asc(Expression<?> expression) {
        return new AthanorOrder(expression, true, Nulls.NONE);
    }

    @Override
    public Order desc(Expression<?> expression) {
        return new AthanorOrder(expression, false, Nulls.NONE);
    }

    @Override
    public Order asc(Expression<?> expression, Nulls nullPrecedence) {
        return new AthanorOrder(expression, true, nullPrecedence);
    }

    @Override
    public Order desc(Expression<?> expression, Nulls nullPrecedence) {
        return new AthanorOrder(expression, false, nullPrecedence);
    }

    // ---- parameters ----

    @Override
    public <T> ParameterExpression<T> parameter(Class<T> paramClass) {
        return new AthanorParameterExpression<>(paramClass, null);
    }

    @Override
    public <T> ParameterExpression<T> parameter(Class<T> paramClass, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A named parameter needs a name; use parameter(Type.class) for an"
                    + " unnamed one");
        }
        return new AthanorParameterExpression<>(paramClass, name);
    }

    // ---- TREAT ----

    /**
     * {@code TREAT} narrows a root or join to a subclass entity of a SINGLE_TABLE hierarchy: a root
     * gives a view whose paths read {@code TREAT(root AS Sub).attribute}; a join becomes
     * {@code JOIN TREAT(path AS Sub)}, which joins only the targets of that class. A treat to the
     * path's own class (or a superclass) is the path itself.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private <P> P treated(Path<?> path, Class<?> type) {
        if (type == null) {
            throw new IllegalArgumentException("treat(" + path + ", null): name the subclass to treat it as");
        }
        if (type.isAssignableFrom(path.getJavaType())) {
            return (P) path;
        }
        EntityType<?> target;
        try {
            target = metamodel.entity(type);
        } catch (IllegalArgumentException e) {
            throw QueryException.at(ErrorCode.QUERY_TYPE, null, NO_POSITION, "treat(" + path + ", "
                    + type.getSimpleName() + "): " + type.getName() + " is not an entity", "Treat it as one of its"
                    + " entity subclasses");
        }
        if (!path.getJavaType().isAssignableFrom(type)) {
            throw QueryException.at(ErrorCode.QUERY_TYPE, null, NO_POSITION, "treat(" + path + ", "
                    + type.getSimpleName() + "): " + target.getName() + " is not a subclass of "
                    + path.getJavaType().getSimpleName(), "Treat it as one of its entity subclasses");
        }
        if (path instanceof AthanorRoot<?> root) {
            return (P) new AthanorRoot(root, target);
        }
        if (path instanceof AthanorJoin<?, ?> join) {
            join.treat(target);
            return (P) join;
        }
        throw QueryException.at(ErrorCode.QUERY_UNSUPPORTED, null, NO_POSITION, "treat(" + path + ", "
                + type.getSimpleName() + "): only a root or a join is treated", "Join the association and treat"
                + " the join");
    }

    @Override
    public <X, T, V extends T> Join<X, V> treat(Join<X, T> join, Class<V> type) {
        return treated(join, type);
    }

    @Override
    public <X, T, E extends T> CollectionJoin<X, E> treat(CollectionJoin<X, T> join, Class<E> type) {
        return treated(join, type);
    }

    @Override
    public <X, T, E extends T> SetJoin<X, E> treat(SetJoin<X, T> join, Class<E> type) {
        return treated(join, type);
    }

    @Override
    public <X, T, E extends T> ListJoin<X, E> treat(ListJoin<X, T> join, Class<E> type) {
        return treated(join, type);
    }

    @Override
    public <X, K, T, V extends T> MapJoin<X, K, V> treat(MapJoin<X, K, T> join, Class<V> type) {
        return treated(join, type);
    }

    @Override
    public <X, T extends X> Path<T> treat(Path<X> path, Class<T> type) {
        return treated(path, type);
    }

    @Override
    public <X, T extends X> Root<T> treat(Root<X> root, Class<T> type) {
        return treated(root, type);
    }
}
