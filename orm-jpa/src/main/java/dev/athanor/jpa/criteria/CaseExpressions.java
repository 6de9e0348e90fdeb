package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.Expr;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import java.util.ArrayList;
import java.util.List;

/** The expressions built up by calls: searched and simple CASE, and COALESCE of many values. */
final class CaseExpressions {

    private CaseExpressions() {
    }

    /**
     * What both forms of CASE share: the WHEN ... THEN pairs in order, the ELSE result, the Java type
     * (that of the first result, as results must share one) and the tree.
     */
    private abstract static class CaseBase<R> extends AbstractExpression<R> {

        private final List<AbstractExpression<?>[]> whens = new ArrayList<>();
        private AbstractExpression<?> otherwise;

        CaseBase() {
            super(null);
        }

        /** The operand of a simple CASE; null for a searched one. */
        abstract Expr operandTree(TreeContext context);

        final void addWhen(AbstractExpression<?> condition, AbstractExpression<?> result) {
            whens.add(new AbstractExpression<?>[] {condition, result});
        }

        @SuppressWarnings("unchecked")
        @Override
        public Class<? extends R> getJavaType() {
            if (!whens.isEmpty()) {
                return (Class<? extends R>) whens.get(0)[1].getJavaType();
            }
            return (Class<? extends R>) (otherwise != null ? otherwise.getJavaType() : Object.class);
        }

        public Expression<R> otherwise(R result) {
            otherwise = valueOf(result);
            return this;
        }

        public Expression<R> otherwise(Expression<? extends R> result) {
            otherwise = node(result);
            return this;
        }

        @Override
        Expr tree(TreeContext context) {
            Expr operand = operandTree(context);
            List<Expr.When> trees = new ArrayList<>(whens.size());
            whens.forEach(w -> trees.add(new Expr.When(w[0].tree(context), w[1].tree(context))));
            return new Expr.Case(Expr.NO_POSITION, operand, trees, otherwise == null ? null : otherwise.tree(context));
        }
    }

    /** {@code CASE WHEN condition THEN result ... ELSE otherwise END}. */
    static final class Searched<R> extends CaseBase<R> implements CriteriaBuilder.Case<R> {

        @Override
        Expr operandTree(TreeContext context) {
            return null;
        }

        @Override
        public CriteriaBuilder.Case<R> when(Expression<Boolean> condition, R result) {
            addWhen(AbstractPredicate.of(condition), valueOf(result));
            return this;
        }

        @Override
        public CriteriaBuilder.Case<R> when(Expression<Boolean> condition, Expression<? extends R> result) {
            addWhen(AbstractPredicate.of(condition), node(result));
            return this;
        }
    }

    /** {@code CASE operand WHEN value THEN result ... ELSE otherwise END}. */
    static final class Simple<C, R> extends CaseBase<R> implements CriteriaBuilder.SimpleCase<C, R> {

        private final AbstractExpression<? extends C> operand;

        Simple(AbstractExpression<? extends C> operand) {
            this.operand = operand;
        }

        @Override
        Expr operandTree(TreeContext context) {
            return operand.tree(context);
        }

        @SuppressWarnings("unchecked")
        @Override
        public Expression<C> getExpression() {
            return (Expression<C>) operand;
        }

        @Override
        public CriteriaBuilder.SimpleCase<C, R> when(C condition, R result) {
            return add(valueOf(condition), valueOf(result));
        }

        @Override
        public CriteriaBuilder.SimpleCase<C, R> when(C condition, Expression<? extends R> result) {
            return add(valueOf(condition), node(result));
        }

        @Override
        public CriteriaBuilder.SimpleCase<C, R> when(Expression<? extends C> condition, R result) {
            return add(node(condition), valueOf(result));
        }

        @Override
        public CriteriaBuilder.SimpleCase<C, R> when(Expression<? extends C> condition,
                Expression<? extends R> result) {
            return add(node(condition), node(result));
        }

        private Simple<C, R> add(AbstractExpression<?> value, AbstractExpression<?> result) {
            addWhen(value, result);
            return this;
        }
    }

    /** {@code COALESCE(a, b, ...)} built up by {@link #value}. */
    static final class Coalesce<T> extends AbstractExpression<T> implements CriteriaBuilder.Coalesce<T> {

        private final List<AbstractExpression<?>> values = new ArrayList<>();

        Coalesce() {
            super(null);
        }

        @SuppressWarnings("unchecked")
        @Override
        public Class<? extends T> getJavaType() {
            return (Class<? extends T>) (values.isEmpty() ? Object.class : values.get(0).getJavaType());
        }

        @Override
        public CriteriaBuilder.Coalesce<T> value(T value) {
            values.add(valueOf(value));
            return this;
        }

        @Override
        public CriteriaBuilder.Coalesce<T> value(Expression<? extends T> value) {
            values.add(node(value));
            return this;
        }

        @Override
        Expr tree(TreeContext context) {
            if (values.size() < 2) {
                throw new IllegalStateException("COALESCE needs at least two values, this one has " + values.size()
                        + ": add them with value(...)");
            }
            return new Expr.Call(Expr.NO_POSITION, "COALESCE", DerivedExpression.trees(values, context));
        }
    }
}
