package dev.athanor.jpa.criteria;

import static dev.athanor.jpa.criteria.AbstractExpression.node;
import static dev.athanor.jpa.criteria.AbstractExpression.valueOf;
import static dev.athanor.jpa.criteria.CriteriaBuilderFunctions.call;

import dev.athanor.core.query.tree.Expr;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.TemporalField;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The string and date functions of {@code CriteriaBuilder}: CONCAT, SUBSTRING, TRIM, LOWER, UPPER,
 * LENGTH, LOCATE, LEFT, RIGHT, REPLACE, the current and local dates and times, and EXTRACT.
 */
abstract class CriteriaBuilderStringsAndDates extends CriteriaBuilderFunctions {

    // ---- strings ----

    @Override
    public Expression<String> concat(List<Expression<String>> expressions) {
        if (expressions.size() < 2) {
            throw new IllegalArgumentException("concat(...) needs at least two strings, got " + expressions.size());
        }
        return call(String.class, "CONCAT",
                AbstractExpression.nodes(expressions).toArray(AbstractExpression<?>[]::new));
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
        return trimmed(Trimspec.BOTH, LiteralExpression.constant(String.valueOf(t)), x);
    }

    @Override
    public Expression<String> trim(Trimspec ts, char t, Expression<String> x) {
        return trimmed(ts, LiteralExpression.constant(String.valueOf(t)), x);
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
}
