package dev.athanor.jpa.criteria;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.query.QueryException;
import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.query.tree.QueryTree;
import dev.athanor.jpa.metamodel.AthanorMetamodel;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Criteria SELECT. {@code multiselect} follows the result type: {@code Tuple} gives tuples,
 * {@code Object[]} (and {@code Object} with several items) arrays, any other class a {@code NEW} of it;
 * with no items it removes the selection.
 *
 * @param <T> the result type given to {@code createQuery}
 */
final class AthanorCriteriaQuery<T> extends SelectStatement<T> implements CriteriaQuery<T> {

    private final Class<T> resultType;
    private final QueryClauses clauses;
    private List<AthanorOrder> orderBy = List.of();

    AthanorCriteriaQuery(AthanorMetamodel metamodel, Class<T> resultType) {
        this.resultType = resultType;
        this.clauses = new QueryClauses(metamodel, new QueryClauses.Aliases(), false);
    }

    @Override
    QueryTree tree(TreeContext context) {
        QueryTree.QueryBody body = body(context);
        return new QueryTree.Select(-1, body, orderTree(context));
    }

    private List<QueryTree.Order> orderTree(TreeContext context) {
        switch (orderBy.size()) {
            case 0:
                return List.of();
            case 1:
                return List.of(orderBy.get(0).tree(context));
            default:
                List<QueryTree.Order> orders = new ArrayList<>(orderBy.size());
                for (AthanorOrder order : orderBy) {
                    orders.add(order.tree(context));
                }
                return orders;
        }
    }

    @Override
    QueryTree.QueryBody body(TreeContext context) {
        return clauses.spec(context, "criteria query");
    }

    /** For a set operation: a query there cannot have its own ORDER BY. */
    QueryTree.QueryBody operandBody(TreeContext context) {
        if (!orderBy.isEmpty()) {
            throw new IllegalArgumentException("A query combined by union, intersect or except cannot have its own"
                    + " ORDER BY (" + orderBy + "): JPQL orders the result of the whole set operation");
        }
        return body(context);
    }

    @Override
    public Class<T> getResultType() {
        return resultType;
    }

    // ---- selection ----

    @Override
    public CriteriaQuery<T> select(Selection<? extends T> selection) {
        if (selection == null) {
            throw new IllegalArgumentException("select(...) needs a selection, got null");
        }
        checkResultType(selection);
        clauses.selection(selection);
        return this;
    }

    private void checkResultType(Selection<?> selection) {
        if (resultType == Object.class || resultType == Object[].class || resultType == Tuple.class) {
            return;
        }
        Class<?> selected = AbstractExpression.wrap(selection.getJavaType());
        if (selected != null && selected != Object.class
                && !AbstractExpression.wrap(resultType).isAssignableFrom(selected)) {
            throw QueryException.at(ErrorCode.QUERY_RESULT_TYPE, null, Expr.NO_POSITION, "The query was created for "
                    + resultType.getName() + " results, but selects " + selection + " of type " + selected.getName(),
                    "Select a " + resultType.getSimpleName() + ", or create the query with createQuery("
                            + selected.getSimpleName() + ".class)");
        }
    }

    @Override
    public CriteriaQuery<T> multiselect(Selection<?>... selections) {
        return multiselect(List.of(selections));
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public CriteriaQuery<T> multiselect(List<Selection<?>> selections) {
        Selection<?> selection;
        if (selections.isEmpty()) {
            selection = null;
        } else if (resultType == Tuple.class) {
            selection = new AthanorCompoundSelection<>(AthanorCompoundSelection.Kind.TUPLE, Tuple.class, selections);
        } else if (resultType == Object[].class || resultType == Object.class && selections.size() != 1) {
            selection = new AthanorCompoundSelection<>(AthanorCompoundSelection.Kind.ARRAY, Object[].class,
                    selections);
        } else if (resultType == Object.class) {
            selection = selections.get(0);
        } else {
            selection = new AthanorCompoundSelection(AthanorCompoundSelection.Kind.CONSTRUCT, resultType, selections);
        }
        clauses.selection(selection);
        return this;
    }

    @SuppressWarnings("unchecked")
    @Override
    public Selection<T> getSelection() {
        return (Selection<T>) clauses.selection();
    }

    // ---- clauses ----

    @Override
    public <X> Root<X> from(Class<X> entityClass) {
        return clauses.from(clauses.metamodel().entity(entityClass));
    }

    @Override
    public <X> Root<X> from(EntityType<X> entity) {
        return clauses.from(entity);
    }

    @Override
    public CriteriaQuery<T> where(Expression<Boolean> restriction) {
        clauses.where(QueryClauses.restriction(restriction));
        return this;
    }

    @Override
    public CriteriaQuery<T> where(Predicate... restrictions) {
        return where(List.of(restrictions));
    }

    @Override
    public CriteriaQuery<T> where(List<Predicate> restrictions) {
        clauses.where(QueryClauses.conjunction(restrictions));
        return this;
    }

    @Override
    public CriteriaQuery<T> groupBy(Expression<?>... grouping) {
        return groupBy(List.of(grouping));
    }

    @Override
    public CriteriaQuery<T> groupBy(List<Expression<?>> grouping) {
        clauses.groupBy(grouping);
        return this;
    }

    @Override
    public CriteriaQuery<T> having(Expression<Boolean> restriction) {
        clauses.having(QueryClauses.restriction(restriction));
        return this;
    }

    @Override
    public CriteriaQuery<T> having(Predicate... restrictions) {
        return having(List.of(restrictions));
    }

    @Override
    public CriteriaQuery<T> having(List<Predicate> restrictions) {
        clauses.having(QueryClauses.conjunction(restrictions));
        return this;
    }

    @Override
    public CriteriaQuery<T> orderBy(Order... orders) {
        return orderBy(List.of(orders));
    }

    @Override
    public CriteriaQuery<T> orderBy(List<Order> orders) {
        AthanorOrder[] ours = new AthanorOrder[orders.size()];
        for (int i = 0; i < ours.length; i++) {
            ours[i] = AthanorOrder.of(orders.get(i));
        }
        this.orderBy = List.of(ours);
        return this;
    }

    @Override
    public CriteriaQuery<T> distinct(boolean distinct) {
        clauses.distinct(distinct);
        return this;
    }

    @Override
    public List<Order> getOrderList() {
        return List.copyOf(orderBy);
    }

    @Override
    public Set<Root<?>> getRoots() {
        return clauses.roots();
    }

    @Override
    public List<Expression<?>> getGroupList() {
        return clauses.groupBy();
    }

    @Override
    public Predicate getGroupRestriction() {
        return clauses.having();
    }

    @Override
    public boolean isDistinct() {
        return clauses.distinct();
    }

    @Override
    public Predicate getRestriction() {
        return clauses.where();
    }

    @Override
    public <U> Subquery<U> subquery(Class<U> type) {
        return new AthanorSubquery<>(this, clauses, type);
    }

    @Override
    public <U> Subquery<U> subquery(EntityType<U> type) {
        return new AthanorSubquery<>(this, clauses, type.getJavaType());
    }
}
