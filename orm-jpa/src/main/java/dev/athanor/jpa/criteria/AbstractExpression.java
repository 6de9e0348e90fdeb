package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.Expr;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Selection;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What every Criteria expression shares: its Java type, its alias, the predicates and casts the
 * {@link Expression} interface offers, and the syntax tree it stands for.
 *
 * @param <T> the expression's Java type
 */
abstract class AbstractExpression<T> extends AbstractSelection<T> implements Expression<T> {

    /** The types JPQL's CAST converts to, and how the CAST names them. */
    private static final Map<Class<?>, String> CAST_TYPES = Map.of(String.class, "String", Integer.class, "Integer",
            Long.class, "Long", Float.class, "Float", Double.class, "Double", BigDecimal.class, "BigDecimal",
            BigInteger.class, "BigInteger", Short.class, "Short", Byte.class, "Byte");

    AbstractExpression(Class<? extends T> javaType) {
        super(javaType);
    }

    /** The node this expression stands for, built afresh. */
    abstract Expr tree(TreeContext context);

    /** {@code expression} as one of ours; a foreign implementation cannot be translated. */
    static AbstractExpression<?> node(Expression<?> expression) {
        if (expression instanceof AbstractExpression<?> node) {
            return node;
        }
        if (expression == null) {
            throw new IllegalArgumentException("A Criteria expression is null where one is needed; for a SQL NULL"
                    + " use criteriaBuilder.nullLiteral(Type.class)");
        }
        throw new IllegalArgumentException("The expression " + expression + " (" + expression.getClass().getName()
                + ") was not made by Athanor's CriteriaBuilder; build every part of a query with the same one");
    }

    /** {@code value} as an expression: itself if it is one, otherwise a literal. */
    static AbstractExpression<?> valueOf(Object value) {
        return value instanceof Expression<?> expression ? node(expression) : new LiteralExpression<>(value);
    }

    static List<AbstractExpression<?>> nodes(Collection<? extends Expression<?>> expressions) {
        List<AbstractExpression<?>> nodes = new ArrayList<>(expressions.size());
        expressions.forEach(e -> nodes.add(node(e)));
        return nodes;
    }

    @Override
    public boolean isCompoundSelection() {
        return false;
    }

    @Override
    public List<Selection<?>> getCompoundSelectionItems() {
        throw new IllegalStateException("The expression " + this + " is a single selection, not a compound one:"
                + " check isCompoundSelection() first");
    }

    @Override
    public Predicate isNull() {
        return SimplePredicate.of(List.of(this), a -> new Expr.IsNull(Expr.NO_POSITION, false, a.get(0)));
    }

    @Override
    public Predicate isNotNull() {
        return SimplePredicate.of(List.of(this), a -> new Expr.IsNull(Expr.NO_POSITION, true, a.get(0)));
    }

    @Override
    public Predicate equalTo(Expression<?> value) {
        return SimplePredicate.comparison(Expr.ComparisonOp.EQ, this, node(value));
    }

    @Override
    public Predicate equalTo(Object value) {
        return SimplePredicate.comparison(Expr.ComparisonOp.EQ, this, valueOf(value));
    }

    @Override
    public Predicate notEqualTo(Expression<?> value) {
        return SimplePredicate.comparison(Expr.ComparisonOp.NE, this, node(value));
    }

    @Override
    public Predicate notEqualTo(Object value) {
        return SimplePredicate.comparison(Expr.ComparisonOp.NE, this, valueOf(value));
    }

    @Override
    public Predicate in(Object... values) {
        InPredicate<T> in = new InPredicate<>(this);
        for (Object value : values) {
            in.add(valueOf(value));
        }
        return in;
    }

    @Override
    public Predicate in(Expression<?>... values) {
        InPredicate<T> in = new InPredicate<>(this);
        for (Expression<?> value : values) {
            in.add(node(value));
        }
        return in;
    }

    @Override
    public Predicate in(Collection<?> values) {
        return in(values.toArray());
    }

    /** {@code value IN :collectionParameter}, or {@code IN (subquery)}. */
    @Override
    public Predicate in(Expression<Collection<?>> values) {
        return new InPredicate<>(this).add(node(values));
    }

    /**
     * This expression typed as {@code type}. Where {@code type} is a different type JPQL can CAST to
     * (a number type or String), it is converted with CAST; otherwise only the Java type changes.
     */
    @Override
    public <X> Expression<X> as(Class<X> type) {
        Class<?> target = wrap(type);
        Class<? extends T> javaType = declaredType();
        if (target.isAssignableFrom(wrap(javaType)) || !CAST_TYPES.containsKey(target)
                || javaType == null || javaType == Object.class) {
            return new DerivedExpression<>(type, List.of(this), a -> a.get(0));
        }
        return cast(type);
    }

    /** {@code CAST(this AS type)}, converting the value. */
    @Override
    public <X> Expression<X> cast(Class<X> type) {
        String name = CAST_TYPES.get(wrap(type));
        if (name == null) {
            throw new IllegalArgumentException("JPQL cannot CAST to " + type.getName() + "; cast(...) takes one of "
                    + CAST_TYPES.keySet().stream().map(Class::getSimpleName).sorted().toList());
        }
        return new DerivedExpression<>(type, List.of(this), a -> new Expr.Cast(Expr.NO_POSITION, a.get(0), name));
    }

    /** The wrapper of a primitive type, or {@code type} itself. */
    static Class<?> wrap(Class<?> type) {
        if (type == null || !type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            case "char" -> Character.class;
            case "boolean" -> Boolean.class;
            case "float" -> Float.class;
            case "double" -> Double.class;
            default -> Void.class;
        };
    }

    /** The expression as JPQL; one that cannot be written yet (a subquery without a root) says what it is. */
    @Override
    public String toString() {
        try {
            return JpqlText.expression(tree(new TreeContext()));
        } catch (IllegalStateException incomplete) {
            return getClass().getSimpleName() + "[incomplete]";
        }
    }
}
