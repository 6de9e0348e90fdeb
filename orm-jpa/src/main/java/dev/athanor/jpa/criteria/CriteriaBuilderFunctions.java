package dev.athanor.jpa.criteria;

import static dev.athanor.jpa.criteria.AbstractExpression.node;
import static dev.athanor.jpa.criteria.AbstractExpression.valueOf;

import dev.athanor.core.query.tree.Expr;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Subquery;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values of {@code CriteriaBuilder}: aggregates, arithmetic and numeric functions, casts, literals,
 * CASE, COALESCE, NULLIF, FUNCTION and the quantified subqueries, each the node JPQL would have for it.
 */
abstract class CriteriaBuilderFunctions extends CriteriaBuilderPredicates {

    /** {@code NAME(operands...)}, typed {@code type}. */
    static <T> Expression<T> call(Class<? extends T> type, String name, AbstractExpression<?>... operands) {
        return new DerivedExpression<>(type, List.of(operands), a -> new Expr.Call(NO_POSITION, name, a));
    }

    @SuppressWarnings("unchecked")
    static <T> Class<T> typeOf(Expression<?> x) {
        return (Class<T>) node(x).getJavaType();
    }

    private static <T> Expression<T> aggregate(Class<? extends T> type, Expr.AggregateFunction function,
            boolean distinct, Expression<?> x) {
        return new DerivedExpression<>(type, List.of(node(x)),
                a -> new Expr.Aggregate(NO_POSITION, function, distinct, a.get(0)));
    }

    private static <T> Expression<T> arithmetic(Class<? extends T> type, Expr.ArithmeticOp op,
            AbstractExpression<?> x, AbstractExpression<?> y) {
        return new DerivedExpression<>(type, List.of(x, y), a -> new Expr.Arithmetic(NO_POSITION, op, a.get(0),
                a.get(1)));
    }

    private static <T> Expression<T> cast(Expression<?> x, Class<T> type) {
        return node(x).cast(type);
    }

    // ---- aggregates ----

    @Override
    public <N extends Number> Expression<Double> avg(Expression<N> x) {
        return aggregate(Double.class, Expr.AggregateFunction.AVG, false, x);
    }

    @Override
    public <N extends Number> Expression<N> sum(Expression<N> x) {
        return aggregate(typeOf(x), Expr.AggregateFunction.SUM, false, x);
    }

    /** JPQL's SUM of integers is already a Long. */
    @Override
    public Expression<Long> sumAsLong(Expression<Integer> x) {
        return aggregate(Long.class, Expr.AggregateFunction.SUM, false, x);
    }

    /** JPQL's SUM of floats is already a Double. */
    @Override
    public Expression<Double> sumAsDouble(Expression<Float> x) {
        return aggregate(Double.class, Expr.AggregateFunction.SUM, false, x);
    }

    @Override
    public <N extends Number> Expression<N> max(Expression<N> x) {
        return aggregate(typeOf(x), Expr.AggregateFunction.MAX, false, x);
    }

    @Override
    public <N extends Number> Expression<N> min(Expression<N> x) {
        return aggregate(typeOf(x), Expr.AggregateFunction.MIN, false, x);
    }

    @Override
    public <X extends Comparable<? super X>> Expression<X> greatest(Expression<X> x) {
        return aggregate(typeOf(x), Expr.AggregateFunction.MAX, false, x);
    }

    @Override
    public <X extends Comparable<? super X>> Expression<X> least(Expression<X> x) {
        return aggregate(typeOf(x), Expr.AggregateFunction.MIN, false, x);
    }

    @Override
    public Expression<Long> count(Expression<?> x) {
        return aggregate(Long.class, Expr.AggregateFunction.COUNT, false, x);
    }

    @Override
    public Expression<Long> countDistinct(Expression<?> x) {
        return aggregate(Long.class, Expr.AggregateFunction.COUNT, true, x);
    }

    // ---- subqueries ----

    private static <Y> Expression<Y> quantified(Expr.Quantifier quantifier, Subquery<Y> subquery) {
        return new DerivedExpression<>(typeOf(subquery), List.of(node(subquery)),
                a -> new Expr.Quantified(NO_POSITION, quantifier, ((Expr.SubqueryExpr) a.get(0)).query()));
    }

    @Override
    public <Y> Expression<Y> all(Subquery<Y> subquery) {
        return quantified(Expr.Quantifier.ALL, subquery);
    }

    @Override
    public <Y> Expression<Y> some(Subquery<Y> subquery) {
        return quantified(Expr.Quantifier.SOME, subquery);
    }

    @Override
    public <Y> Expression<Y> any(Subquery<Y> subquery) {
        return quantified(Expr.Quantifier.ANY, subquery);
    }

    // ---- arithmetic ----

    @Override
    public <N extends Number> Expression<N> neg(Expression<N> x) {
        return new DerivedExpression<>(typeOf(x), List.of(node(x)), a -> new Expr.Negate(NO_POSITION, a.get(0)));
    }

    @Override
    public <N extends Number> Expression<N> abs(Expression<N> x) {
        return call(typeOf(x), "ABS", node(x));
    }

    @Override
    public <N extends Number> Expression<N> ceiling(Expression<N> x) {
        return call(typeOf(x), "CEILING", node(x));
    }

    @Override
    public <N extends Number> Expression<N> floor(Expression<N> x) {
        return call(typeOf(x), "FLOOR", node(x));
    }

    @Override
    public Expression<Integer> sign(Expression<? extends Number> x) {
        return call(Integer.class, "SIGN", node(x));
    }

    @Override
    public <N extends Number> Expression<N> sum(Expression<? extends N> x, Expression<? extends N> y) {
        return arithmetic(typeOf(x), Expr.ArithmeticOp.PLUS, node(x), node(y));
    }

    @Override
    public <N extends Number> Expression<N> sum(Expression<? extends N> x, N y) {
        return arithmetic(typeOf(x), Expr.ArithmeticOp.PLUS, node(x), valueOf(y));
    }

    @Override
    public <N extends Number> Expression<N> sum(N x, Expression<? extends N> y) {
        return arithmetic(typeOf(y), Expr.ArithmeticOp.PLUS, valueOf(x), node(y));
    }

    @Override
    public <N extends Number> Expression<N> prod(Expression<? extends N> x, Expression<? extends N> y) {
        return arithmetic(typeOf(x), Expr.ArithmeticOp.TIMES, node(x), node(y));
    }

    @Override
    public <N extends Number> Expression<N> prod(Expression<? extends N> x, N y) {
        return arithmetic(typeOf(x), Expr.ArithmeticOp.TIMES, node(x), valueOf(y));
    }

    @Override
    public <N extends Number> Expression<N> prod(N x, Expression<? extends N> y) {
        return arithmetic(typeOf(y), Expr.ArithmeticOp.TIMES, valueOf(x), node(y));
    }

    @Override
    public <N extends Number> Expression<N> diff(Expression<? extends N> x, Expression<? extends N> y) {
        return arithmetic(typeOf(x), Expr.ArithmeticOp.MINUS, node(x), node(y));
    }

    @Override
    public <N extends Number> Expression<N> diff(Expression<? extends N> x, N y) {
        return arithmetic(typeOf(x), Expr.ArithmeticOp.MINUS, node(x), valueOf(y));
    }

    @Override
    public <N extends Number> Expression<N> diff(N x, Expression<? extends N> y) {
        return arithmetic(typeOf(y), Expr.ArithmeticOp.MINUS, valueOf(x), node(y));
    }

    @Override
    public Expression<Number> quot(Expression<? extends Number> x, Expression<? extends Number> y) {
        return arithmetic(Number.class, Expr.ArithmeticOp.DIVIDE, node(x), node(y));
    }

    @Override
    public Expression<Number> quot(Expression<? extends Number> x, Number y) {
        return arithmetic(Number.class, Expr.ArithmeticOp.DIVIDE, node(x), valueOf(y));
    }

    @Override
    public Expression<Number> quot(Number x, Expression<? extends Number> y) {
        return arithmetic(Number.class, Expr.ArithmeticOp.DIVIDE, valueOf(x), node(y));
    }

    @Override
    public Expression<Integer> mod(Expression<Integer> x, Expression<Integer> y) {
        return call(Integer.class, "MOD", node(x), node(y));
    }

    @Override
    public Expression<Integer> mod(Expression<Integer> x, Integer y) {
        return call(Integer.class, "MOD", node(x), valueOf(y));
    }

    @Override
    public Expression<Integer> mod(Integer x, Expression<Integer> y) {
        return call(Integer.class, "MOD", valueOf(x), node(y));
    }

    @Override
    public Expression<Double> sqrt(Expression<? extends Number> x) {
        return call(Double.class, "SQRT", node(x));
    }

    @Override
    public Expression<Double> exp(Expression<? extends Number> x) {
        return call(Double.class, "EXP", node(x));
    }

    @Override
    public Expression<Double> ln(Expression<? extends Number> x) {
        return call(Double.class, "LN", node(x));
    }

    @Override
    public Expression<Double> power(Expression<? extends Number> x, Expression<? extends Number> y) {
        return call(Double.class, "POWER", node(x), node(y));
    }

    @Override
    public Expression<Double> power(Expression<? extends Number> x, Number y) {
        return call(Double.class, "POWER", node(x), valueOf(y));
    }

    @Override
    public <T extends Number> Expression<T> round(Expression<T> x, Integer n) {
        return call(typeOf(x), "ROUND", node(x), valueOf(n));
    }

    // ---- casts ----

    @Override
    public Expression<Long> toLong(Expression<? extends Number> number) {
        return cast(number, Long.class);
    }

    @Override
    public Expression<Integer> toInteger(Expression<? extends Number> number) {
        return cast(number, Integer.class);
    }

    @Override
    public Expression<Float> toFloat(Expression<? extends Number> number) {
        return cast(number, Float.class);
    }

    @Override
    public Expression<Double> toDouble(Expression<? extends Number> number) {
        return cast(number, Double.class);
    }

    @Override
    public Expression<BigDecimal> toBigDecimal(Expression<? extends Number> number) {
        return cast(number, BigDecimal.class);
    }

    @Override
    public Expression<BigInteger> toBigInteger(Expression<? extends Number> number) {
        return cast(number, BigInteger.class);
    }

    @Override
    public Expression<String> toString(Expression<Character> character) {
        return cast(character, String.class);
    }

    // ---- values ----

    @Override
    public <T> Expression<T> literal(T value) {
        if (value == null) {
            throw new IllegalArgumentException("literal(null) has no type; use nullLiteral(Type.class)");
        }
        return new LiteralExpression<>(value);
    }

    @Override
    public <T> Expression<T> nullLiteral(Class<T> resultClass) {
        return new LiteralExpression<>(resultClass, null);
    }

    @Override
    public <C extends Collection<?>> Expression<Integer> size(Expression<C> collection) {
        return call(Integer.class, "SIZE", node(collection));
    }

    /** The size of a collection given as a value: a literal. */
    @Override
    public <C extends Collection<?>> Expression<Integer> size(C collection) {
        return new LiteralExpression<>(collection.size());
    }

    /** The values of a map given as a value: a literal collection, as {@link #size(Collection)} is a literal. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    @Override
    public <V, M extends Map<?, V>> Expression<Collection<V>> values(M map) {
        return new LiteralExpression<>((Class) Collection.class, List.copyOf(map.values()));
    }

    /** The keys of a map given as a value: a literal set. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    @Override
    public <K, M extends Map<K, ?>> Expression<Set<K>> keys(M map) {
        return new LiteralExpression<>((Class) Set.class, Set.copyOf(map.keySet()));
    }

    // ---- CASE, COALESCE, NULLIF, FUNCTION ----

    @Override
    public <Y> Expression<Y> coalesce(Expression<? extends Y> x, Expression<? extends Y> y) {
        return call(typeOf(x), "COALESCE", node(x), node(y));
    }

    @Override
    public <Y> Expression<Y> coalesce(Expression<? extends Y> x, Y y) {
        return call(typeOf(x), "COALESCE", node(x), valueOf(y));
    }

    @Override
    public <Y> Expression<Y> nullif(Expression<Y> x, Expression<?> y) {
        return call(typeOf(x), "NULLIF", node(x), node(y));
    }

    @Override
    public <Y> Expression<Y> nullif(Expression<Y> x, Y y) {
        return call(typeOf(x), "NULLIF", node(x), valueOf(y));
    }

    @Override
    public <T> Coalesce<T> coalesce() {
        return new CaseExpressions.Coalesce<>();
    }

    @SuppressWarnings("unchecked")
    @Override
    public <C, R> SimpleCase<C, R> selectCase(Expression<? extends C> expression) {
        return new CaseExpressions.Simple<>((AbstractExpression<? extends C>) node(expression));
    }

    @Override
    public <R> Case<R> selectCase() {
        return new CaseExpressions.Searched<>();
    }

    /** {@code FUNCTION('name', args...)}: a database function, called as named. */
    @Override
    public <T> Expression<T> function(String name, Class<T> type, Expression<?>... args) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("function(...) needs the database function's name");
        }
        return new DerivedExpression<>(type, AbstractExpression.nodes(List.of(args)),
                a -> new Expr.DatabaseFunction(NO_POSITION, name, a));
    }
}
