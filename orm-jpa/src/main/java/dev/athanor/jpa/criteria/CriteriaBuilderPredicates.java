package dev.athanor.jpa.criteria;

import static dev.athanor.jpa.criteria.AbstractExpression.node;
import static dev.athanor.jpa.criteria.AbstractExpression.valueOf;

import dev.athanor.core.query.tree.Expr;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.util.Collection;
import java.util.List;

/**
 * The conditions of {@link CriteriaBuilder}: AND, OR, NOT, comparisons, BETWEEN, IN, LIKE, IS NULL,
 * IS EMPTY, MEMBER OF and EXISTS. Plain values become literals; {@code isTrue(x)} is {@code x = TRUE}.
 */
abstract class CriteriaBuilderPredicates implements CriteriaBuilder {

    static final int NO_POSITION = Expr.NO_POSITION;

    private static Predicate compare(Expr.ComparisonOp op, Expression<?> left, AbstractExpression<?> right) {
        return SimplePredicate.comparison(op, node(left), right);
    }

    // ---- AND, OR, NOT ----

    @Override
    public Predicate and(Expression<Boolean> x, Expression<Boolean> y) {
        return new Junction(Predicate.BooleanOperator.AND, List.of(x, y));
    }

    @Override
    public Predicate and(Predicate... restrictions) {
        return new Junction(Predicate.BooleanOperator.AND, List.of(restrictions));
    }

    @Override
    public Predicate and(List<Predicate> restrictions) {
        return new Junction(Predicate.BooleanOperator.AND, restrictions);
    }

    @Override
    public Predicate or(Expression<Boolean> x, Expression<Boolean> y) {
        return new Junction(Predicate.BooleanOperator.OR, List.of(x, y));
    }

    @Override
    public Predicate or(Predicate... restrictions) {
        return new Junction(Predicate.BooleanOperator.OR, List.of(restrictions));
    }

    @Override
    public Predicate or(List<Predicate> restrictions) {
        return new Junction(Predicate.BooleanOperator.OR, restrictions);
    }

    @Override
    public Predicate not(Expression<Boolean> restriction) {
        return AbstractPredicate.of(restriction).not();
    }

    /** Always true: {@code 1 = 1}, and no restriction at all as a whole WHERE. */
    @Override
    public Predicate conjunction() {
        return new Junction(Predicate.BooleanOperator.AND, List.of());
    }

    /** Always false: {@code 1 = 0}. */
    @Override
    public Predicate disjunction() {
        return new Junction(Predicate.BooleanOperator.OR, List.of());
    }

    /** {@code x = TRUE}; a predicate is itself, as JPQL compares no conditions. */
    @Override
    public Predicate isTrue(Expression<Boolean> x) {
        if (node(x) instanceof AbstractPredicate predicate) {
            return predicate;
        }
        return compare(Expr.ComparisonOp.EQ, x, LiteralExpression.constant(Boolean.TRUE));
    }

    /** {@code x = FALSE}; for a predicate, its negation. */
    @Override
    public Predicate isFalse(Expression<Boolean> x) {
        if (node(x) instanceof AbstractPredicate predicate) {
            return predicate.not();
        }
        return compare(Expr.ComparisonOp.EQ, x, LiteralExpression.constant(Boolean.FALSE));
    }

    @Override
    public Predicate isNull(Expression<?> x) {
        return node(x).isNull();
    }

    @Override
    public Predicate isNotNull(Expression<?> x) {
        return node(x).isNotNull();
    }

    // ---- comparisons ----

    @Override
    public Predicate equal(Expression<?> x, Expression<?> y) {
        return compare(Expr.ComparisonOp.EQ, x, node(y));
    }

    @Override
    public Predicate equal(Expression<?> x, Object y) {
        return compare(Expr.ComparisonOp.EQ, x, valueOf(y));
    }

    @Override
    public Predicate notEqual(Expression<?> x, Expression<?> y) {
        return compare(Expr.ComparisonOp.NE, x, node(y));
    }

    @Override
    public Predicate notEqual(Expression<?> x, Object y) {
        return compare(Expr.ComparisonOp.NE, x, valueOf(y));
    }

    @Override
    public <Y extends Comparable<? super Y>> Predicate greaterThan(Expression<? extends Y> x,
            Expression<? extends Y> y) {
        return compare(Expr.ComparisonOp.GT, x, node(y));
    }

    @Override
    public <Y extends Comparable<? super Y>> Predicate greaterThan(Expression<? extends Y> x, Y y) {
        return compare(Expr.ComparisonOp.GT, x, valueOf(y));
    }

    @Override
    public <Y extends Comparable<? super Y>> Predicate greaterThanOrEqualTo(Expression<? extends Y> x,
            Expression<? extends Y> y) {
        return compare(Expr.ComparisonOp.GE, x, node(y));
    }

    @Override
    public <Y extends Comparable<? super Y>> Predicate greaterThanOrEqualTo(Expression<? extends Y> x, Y y) {
        return compare(Expr.ComparisonOp.GE, x, valueOf(y));
    }

    @Override
    public <Y extends Comparable<? super Y>> Predicate lessThan(Expression<? extends Y> x, Expression<? extends Y> y) {
        return compare(Expr.ComparisonOp.LT, x, node(y));
    }

    @Override
    public <Y extends Comparable<? super Y>> Predicate lessThan(Expression<? extends Y> x, Y y) {
        return compare(Expr.ComparisonOp.LT, x, valueOf(y));
    }

    @Override
    public <Y extends Comparable<? super Y>> Predicate lessThanOrEqualTo(Expression<? extends Y> x,
            Expression<? extends Y> y) {
        return compare(Expr.ComparisonOp.LE, x, node(y));
    }

    @Override
    public <Y extends Comparable<? super Y>> Predicate lessThanOrEqualTo(Expression<? extends Y> x, Y y) {
        return compare(Expr.ComparisonOp.LE, x, valueOf(y));
    }

    @Override
    public <Y extends Comparable<? super Y>> Predicate between(Expression<? extends Y> v, Expression<? extends Y> x,
            Expression<? extends Y> y) {
        return between(node(v), node(x), node(y));
    }

    @Override
    public <Y extends Comparable<? super Y>> Predicate between(Expression<? extends Y> v, Y x, Y y) {
        return between(node(v), valueOf(x), valueOf(y));
    }

    private static Predicate between(AbstractExpression<?> v, AbstractExpression<?> x, AbstractExpression<?> y) {
        return SimplePredicate.of(List.of(v, x, y), a -> new Expr.Between(NO_POSITION, false, a.get(0), a.get(1),
                a.get(2)));
    }

    @Override
    public Predicate gt(Expression<? extends Number> x, Expression<? extends Number> y) {
        return compare(Expr.ComparisonOp.GT, x, node(y));
    }

    @Override
    public Predicate gt(Expression<? extends Number> x, Number y) {
        return compare(Expr.ComparisonOp.GT, x, valueOf(y));
    }

    @Override
    public Predicate ge(Expression<? extends Number> x, Expression<? extends Number> y) {
        return compare(Expr.ComparisonOp.GE, x, node(y));
    }

    @Override
    public Predicate ge(Expression<? extends Number> x, Number y) {
        return compare(Expr.ComparisonOp.GE, x, valueOf(y));
    }

    @Override
    public Predicate lt(Expression<? extends Number> x, Expression<? extends Number> y) {
        return compare(Expr.ComparisonOp.LT, x, node(y));
    }

    @Override
    public Predicate lt(Expression<? extends Number> x, Number y) {
        return compare(Expr.ComparisonOp.LT, x, valueOf(y));
    }

    @Override
    public Predicate le(Expression<? extends Number> x, Expression<? extends Number> y) {
        return compare(Expr.ComparisonOp.LE, x, node(y));
    }

    @Override
    public Predicate le(Expression<? extends Number> x, Number y) {
        return compare(Expr.ComparisonOp.LE, x, valueOf(y));
    }

    // ---- collections ----

    @Override
    public <C extends Collection<?>> Predicate isEmpty(Expression<C> collection) {
        return SimplePredicate.of(List.of(node(collection)), a -> new Expr.IsEmpty(NO_POSITION, false, a.get(0)));
    }

    @Override
    public <C extends Collection<?>> Predicate isNotEmpty(Expression<C> collection) {
        return SimplePredicate.of(List.of(node(collection)), a -> new Expr.IsEmpty(NO_POSITION, true, a.get(0)));
    }

    @Override
    public <E, C extends Collection<E>> Predicate isMember(Expression<E> elem, Expression<C> collection) {
        return member(node(elem), collection, false);
    }

    @Override
    public <E, C extends Collection<E>> Predicate isMember(E elem, Expression<C> collection) {
        return member(valueOf(elem), collection, false);
    }

    @Override
    public <E, C extends Collection<E>> Predicate isNotMember(Expression<E> elem, Expression<C> collection) {
        return member(node(elem), collection, true);
    }

    @Override
    public <E, C extends Collection<E>> Predicate isNotMember(E elem, Expression<C> collection) {
        return member(valueOf(elem), collection, true);
    }

    private static Predicate member(AbstractExpression<?> elem, Expression<?> collection, boolean not) {
        return SimplePredicate.of(List.of(elem, node(collection)),
                a -> new Expr.MemberOf(NO_POSITION, not, a.get(0), a.get(1)));
    }

    // ---- LIKE ----

    private static Predicate like(Expression<String> x, AbstractExpression<?> pattern, AbstractExpression<?> escape,
            boolean not) {
        List<AbstractExpression<?>> operands = escape == null ? List.of(node(x), pattern)
                : List.of(node(x), pattern, escape);
        return SimplePredicate.of(operands, a -> new Expr.Like(NO_POSITION, not, a.get(0), a.get(1),
                a.size() > 2 ? a.get(2) : null));
    }

    private static AbstractExpression<?> escape(char escape) {
        return LiteralExpression.constant(String.valueOf(escape));
    }

    @Override
    public Predicate like(Expression<String> x, Expression<String> pattern) {
        return like(x, node(pattern), null, false);
    }

    @Override
    public Predicate like(Expression<String> x, String pattern) {
        return like(x, valueOf(pattern), null, false);
    }

    @Override
    public Predicate like(Expression<String> x, Expression<String> pattern, Expression<Character> escapeChar) {
        return like(x, node(pattern), node(escapeChar), false);
    }

    @Override
    public Predicate like(Expression<String> x, Expression<String> pattern, char escapeChar) {
        return like(x, node(pattern), escape(escapeChar), false);
    }

    @Override
    public Predicate like(Expression<String> x, String pattern, Expression<Character> escapeChar) {
        return like(x, valueOf(pattern), node(escapeChar), false);
    }

    @Override
    public Predicate like(Expression<String> x, String pattern, char escapeChar) {
        return like(x, valueOf(pattern), escape(escapeChar), false);
    }

    @Override
    public Predicate notLike(Expression<String> x, Expression<String> pattern) {
        return like(x, node(pattern), null, true);
    }

    @Override
    public Predicate notLike(Expression<String> x, String pattern) {
        return like(x, valueOf(pattern), null, true);
    }

    @Override
    public Predicate notLike(Expression<String> x, Expression<String> pattern, Expression<Character> escapeChar) {
        return like(x, node(pattern), node(escapeChar), true);
    }

    @Override
    public Predicate notLike(Expression<String> x, Expression<String> pattern, char escapeChar) {
        return like(x, node(pattern), escape(escapeChar), true);
    }

    @Override
    public Predicate notLike(Expression<String> x, String pattern, Expression<Character> escapeChar) {
        return like(x, valueOf(pattern), node(escapeChar), true);
    }

    @Override
    public Predicate notLike(Expression<String> x, String pattern, char escapeChar) {
        return like(x, valueOf(pattern), escape(escapeChar), true);
    }

    // ---- IN, EXISTS ----

    @SuppressWarnings("unchecked")
    @Override
    public <T> In<T> in(Expression<? extends T> expression) {
        return new InPredicate<>((AbstractExpression<? extends T>) node(expression));
    }

    @Override
    public Predicate exists(Subquery<?> subquery) {
        return SimplePredicate.of(List.of(node(subquery)),
                a -> new Expr.Exists(NO_POSITION, false, ((Expr.SubqueryExpr) a.get(0)).query()));
    }
}
