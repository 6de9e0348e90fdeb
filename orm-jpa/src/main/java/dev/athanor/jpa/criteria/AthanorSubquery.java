package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.Expr;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CollectionJoin;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.ListJoin;
import jakarta.persistence.criteria.MapJoin;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.SetJoin;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.EntityType;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A subquery: {@code (SELECT ... FROM ...)} as a value, in IN, EXISTS, ALL, ANY and SOME. Its
 * variables are numbered with the containing statement's; {@code correlate} makes an outer variable
 * usable in it under the same name.
 *
 * @param <T> the type it selects
 */
final class AthanorSubquery<T> extends AbstractExpression<T> implements Subquery<T> {

    private final CommonAbstractCriteria parent;
    private final QueryClauses clauses;
    private final Set<Join<?, ?>> correlatedJoins = new LinkedHashSet<>();

    AthanorSubquery(CommonAbstractCriteria parent, QueryClauses outer, Class<T> type) {
        super(type);
        this.parent = parent;
        this.clauses = new QueryClauses(outer.metamodel(), outer.aliases(), true);
    }

    @Override
    Expr tree(TreeContext context) {
        return new Expr.SubqueryExpr(Expr.NO_POSITION, clauses.spec(context, "subquery"));
    }

    @Override
    public Subquery<T> select(Expression<T> expression) {
        clauses.selection(node(expression));
        return this;
    }

    @SuppressWarnings("unchecked")
    @Override
    public Expression<T> getSelection() {
        return (Expression<T>) clauses.selection();
    }

    @Override
    public <X> Root<X> from(Class<X> entityClass) {
        return clauses.from(clauses.metamodel().entity(entityClass));
    }

    @Override
    public <X> Root<X> from(EntityType<X> entity) {
        return clauses.from(entity);
    }

    @Override
    public Subquery<T> where(Expression<Boolean> restriction) {
        clauses.where(QueryClauses.restriction(restriction));
        return this;
    }

    @Override
    public Subquery<T> where(Predicate... restrictions) {
        return where(List.of(restrictions));
    }

    @Override
    public Subquery<T> where(List<Predicate> restrictions) {
        clauses.where(QueryClauses.conjunction(restrictions));
        return this;
    }

    @Override
    public Subquery<T> groupBy(Expression<?>... grouping) {
        return groupBy(List.of(grouping));
    }

    @Override
    public Subquery<T> groupBy(List<Expression<?>> grouping) {
        clauses.groupBy(grouping);
        return this;
    }

    @Override
    public Subquery<T> having(Expression<Boolean> restriction) {
        clauses.having(QueryClauses.restriction(restriction));
        return this;
    }

    @Override
    public Subquery<T> having(Predicate... restrictions) {
        return having(List.of(restrictions));
    }

    @Override
    public Subquery<T> having(List<Predicate> restrictions) {
        clauses.having(QueryClauses.conjunction(restrictions));
        return this;
    }

    @Override
    public Subquery<T> distinct(boolean distinct) {
        clauses.distinct(distinct);
        return this;
    }

    // ---- correlation ----

    @Override
    public <Y> Root<Y> correlate(Root<Y> parentRoot) {
        if (!(parentRoot instanceof AthanorRoot<Y> outer)) {
            throw new IllegalArgumentException("correlate(...) takes a root of an enclosing Athanor query, got "
                    + parentRoot);
        }
        return new AthanorRoot<>(clauses, outer);
    }

    @SuppressWarnings("unchecked")
    private <J> J correlateJoin(Join<?, ?> parentJoin) {
        if (!(parentJoin instanceof AthanorJoin<?, ?> outer)) {
            throw new IllegalArgumentException("correlate(...) takes a join of an enclosing Athanor query, got "
                    + parentJoin);
        }
        AthanorJoin<?, ?> join = outer.correlated(clauses);
        correlatedJoins.add(join);
        return (J) join;
    }

    @Override
    public <X, Y> Join<X, Y> correlate(Join<X, Y> parentJoin) {
        return correlateJoin(parentJoin);
    }

    @Override
    public <X, Y> CollectionJoin<X, Y> correlate(CollectionJoin<X, Y> parentCollection) {
        return correlateJoin(parentCollection);
    }

    @Override
    public <X, Y> SetJoin<X, Y> correlate(SetJoin<X, Y> parentSet) {
        return correlateJoin(parentSet);
    }

    @Override
    public <X, Y> ListJoin<X, Y> correlate(ListJoin<X, Y> parentList) {
        return correlateJoin(parentList);
    }

    @Override
    public <X, K, V> MapJoin<X, K, V> correlate(MapJoin<X, K, V> parentMap) {
        return correlateJoin(parentMap);
    }

    @Override
    public Set<Join<?, ?>> getCorrelatedJoins() {
        return Collections.unmodifiableSet(correlatedJoins);
    }

    // ---- what it belongs to ----

    @Override
    public AbstractQuery<?> getParent() {
        if (parent instanceof AbstractQuery<?> query) {
            return query;
        }
        throw new IllegalStateException("This subquery belongs to " + parent + ", which is not a query;"
                + " getContainingQuery() returns it");
    }

    @Override
    public CommonAbstractCriteria getContainingQuery() {
        return parent;
    }

    @Override
    public <U> Subquery<U> subquery(Class<U> type) {
        return new AthanorSubquery<>(this, clauses, type);
    }

    @Override
    public <U> Subquery<U> subquery(EntityType<U> type) {
        return new AthanorSubquery<>(this, clauses, type.getJavaType());
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

    @SuppressWarnings("unchecked")
    @Override
    public Class<T> getResultType() {
        return (Class<T>) getJavaType();
    }

    @Override
    public Predicate getRestriction() {
        return clauses.where();
    }

    /** The parameters this subquery uses, in the order they appear in it. */
    @Override
    public Set<ParameterExpression<?>> getParameters() {
        TreeContext context = new TreeContext();
        tree(context);
        return new LinkedHashSet<>(context.finish());
    }
}
