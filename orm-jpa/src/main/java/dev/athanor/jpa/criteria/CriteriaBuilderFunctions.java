package dev.athanor.jpa.criteria;

import static dev.athanor.jpa.criteria.AbstractExpression.node;
import static dev.athanor.jpa.criteria.AbstractExpression.valueOf;

import dev.athanor.core.query.tree.Expr;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.criteria.TemporalField;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The values of {@code CriteriaBuilder}: aggregates, arithmetic and numeric functions, casts, string
 * and date functions, CASE, COALESCE, NULLIF, FUNCTION and the quantified subqueries, each the node
 * JPQL would have for it.
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

    @Override
    public <V, M extends Map<?, V>> Expression<Collection<V>> values(M map) {
        throw AbstractPath.noMaps();
    }

    @Override
    public <K, M extends Map<K, ?>> Expression<Set<K>> keys(M map) {
        throw AbstractPath.noMaps();
    }

    // ---- strings ----

    @Override
    public Expression<String> concat(List<Expression<String>> expressions) {
        if (expressions.size() < 2) {
            throw new IllegalArgumentException("concat(...) needs at least two strings, got " + expressions.size());
        }
        return call(String.class, "CONCAT", AbstractExpression.nodes(expressions).toArray(AbstractExpression<?>[]::new));
    }

    @Override
    public Expression<String> concat(Expression<String> x, Expression<String> y) {
        return call(String.class, "CONCAT", node(x), node(y));
    }

    @Override
    public Expression<String> concat(Expression<String> x, String y) {
        return call(String.class, "CONCAT", node(x), valueOf(y));
    }

    @Override
    public Expression<String> concat(String x, Expression<String> y) {
        return call(String.class, "CONCAT", valueOf(x), node(y));
    }

    @Override
    public Expression<String> substring(Expression<String> x, Expression<Integer> from) {
        return call(String.class, "SUBSTRING", node(x), node(from));
    }

    @Override
    public Expression<String> substring(Expression<String> x, int from) {
        return call(String.class, "SUBSTRING", node(x), valueOf(from));
    }

    @Override
    public Expression<String> substring(Expression<String> x, Expression<Integer> from, Expression<Integer> len) {
        return call(String.class, "SUBSTRING", node(x), node(from), node(len));
    }

    @Override
    public Expression<String> substring(Expression<String> x, int from, int len) {
        return call(String.class, "SUBSTRING", node(x), valueOf(from), valueOf(len));
    }

    private static Expression<String> trimmed(Trimspec spec, AbstractExpression<?> character, Expression<String> x) {
        Expr.TrimSpec treeSpec = Expr.TrimSpec.valueOf(spec.name());
        List<AbstractExpression<?>> operands = new ArrayList<>(List.of(node(x)));
        if (character != null) {
            operands.add(character);
        }
        return new DerivedExpression<>(String.class, operands,
                a -> new Expr.Trim(NO_POSITION, treeSpec, a.size() > 1 ? a.get(1) : null, a.get(0)));
    }

    @Override
    public Expression<String> trim(Expression<String> x) {
        return trimmed(Trimspec.BOTH, null, x);
    }

    @Override
    public Expression<String> trim(Trimspec ts, Expression<String> x) {
        return trimmed(ts, null, x);
    }

    @Override
    public Expression<String> trim(Expression<Character> t, Expression<String> x) {
        return trimmed(Trimspec.BOTH, node(t), x);
    }

    @Override
    public Expression<String> trim(Trimspec ts, Expression<Character> t, Expression<String> x) {
        return trimmed(ts, node(t), x);
    }

    @Override
    public Expression<String> trim(char t, Expression<String> x) {
        return trimmed(Trimspec.BOTH, valueOf(String.valueOf(t)), x);
    }

    @Override
    public Expression<String> trim(Trimspec ts, char t, Expression<String> x) {
        return trimmed(ts, valueOf(String.valueOf(t)), x);
    }

    @Override
    public Expression<String> lower(Expression<String> x) {
        return call(String.class, "LOWER", node(x));
    }

    @Override
    public Expression<String> upper(Expression<String> x) {
        return call(String.class, "UPPER", node(x));
    }

    @Override
    public Expression<Integer> length(Expression<String> x) {
        return call(Integer.class, "LENGTH", node(x));
    }

    @Override
    public Expression<String> left(Expression<String> x, int len) {
        return call(String.class, "LEFT", node(x), valueOf(len));
    }

    @Override
    public Expression<String> right(Expression<String> x, int len) {
        return call(String.class, "RIGHT", node(x), valueOf(len));
    }

    @Override
    public Expression<String> left(Expression<String> x, Expression<Integer> len) {
        return call(String.class, "LEFT", node(x), node(len));
    }

    @Override
    public Expression<String> right(Expression<String> x, Expression<Integer> len) {
        return call(String.class, "RIGHT", node(x), node(len));
    }

    @Override
    public Expression<String> replace(Expression<String> x, Expression<String> substring,
            Expression<String> replacement) {
        return call(String.class, "REPLACE", node(x), node(substring), node(replacement));
    }

    @Override
    public Expression<String> replace(Expression<String> x, String substring, Expression<String> replacement) {
        return call(String.class, "REPLACE", node(x), valueOf(substring), node(replacement));
    }

    @Override
    public Expression<String> replace(Expression<String> x, Expression<String> substring, String replacement) {
        return call(String.class, "REPLACE", node(x), node(substring), valueOf(replacement));
    }

    @Override
    public Expression<String> replace(Expression<String> x, String substring, String replacement) {
        return call(String.class, "REPLACE", node(x), valueOf(substring), valueOf(replacement));
    }

    /** JPQL's LOCATE takes the string searched for first: {@code LOCATE(pattern, x[, from])}. */
    @Override
    public Expression<Integer> locate(Expression<String> x, Expression<String> pattern) {
        return call(Integer.class, "LOCATE", node(pattern), node(x));
    }

    @Override
    public Expression<Integer> locate(Expression<String> x, String pattern) {
        return call(Integer.class, "LOCATE", valueOf(pattern), node(x));
    }

    @Override
    public Expression<Integer> locate(Expression<String> x, Expression<String> pattern, Expression<Integer> from) {
        return call(Integer.class, "LOCATE", node(pattern), node(x), node(from));
    }

    @Override
    public Expression<Integer> locate(Expression<String> x, String pattern, int from) {
        return call(Integer.class, "LOCATE", valueOf(pattern), node(x), valueOf(from));
    }

    // ---- dates and times ----

    private static <T> Expression<T> temporal(Class<T> type, Expr.Temporal kind) {
        return new DerivedExpression<>(type, List.of(), a -> new Expr.CurrentTemporal(NO_POSITION, kind));
    }

    @Override
    public Expression<java.sql.Date> currentDate() {
        return temporal(java.sql.Date.class, Expr.Temporal.CURRENT_DATE);
    }

    @Override
    public Expression<java.sql.Timestamp> currentTimestamp() {
        return temporal(java.sql.Timestamp.class, Expr.Temporal.CURRENT_TIMESTAMP);
    }

    @Override
    public Expression<java.sql.Time> currentTime() {
        return temporal(java.sql.Time.class, Expr.Temporal.CURRENT_TIME);
    }

    @Override
    public Expression<LocalDate> localDate() {
        return temporal(LocalDate.class, Expr.Temporal.LOCAL_DATE);
    }

    @Override
    public Expression<LocalDateTime> localDateTime() {
        return temporal(LocalDateTime.class, Expr.Temporal.LOCAL_DATETIME);
    }

    @Override
    public Expression<LocalTime> localTime() {
        return temporal(LocalTime.class, Expr.Temporal.LOCAL_TIME);
    }

    /** {@code EXTRACT(FIELD FROM temporal)}; the field's name is what its {@code toString()} gives. */
    @SuppressWarnings("unchecked")
    @Override
    public <N, T extends Temporal> Expression<N> extract(TemporalField<N, T> field, Expression<T> temporal) {
        String name = field.toString().toUpperCase(Locale.ROOT);
        Class<?> type = switch (name) {
            case "SECOND" -> Double.class;
            case "DATE" -> LocalDate.class;
            case "TIME" -> LocalTime.class;
            default -> Integer.class;
        };
        return new DerivedExpression<>((Class<N>) type, List.of(node(temporal)),
                a -> new Expr.Extract(NO_POSITION, name, a.get(0)));
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
