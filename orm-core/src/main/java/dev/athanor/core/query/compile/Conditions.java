package dev.athanor.core.query.compile;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.sql.ast.Between;
import dev.athanor.core.sql.ast.Comparison;
import dev.athanor.core.sql.ast.Exists;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.InList;
import dev.athanor.core.sql.ast.InSubquery;
import dev.athanor.core.sql.ast.IsNull;
import dev.athanor.core.sql.ast.Like;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.Logical;
import dev.athanor.core.sql.ast.Not;
import dev.athanor.core.sql.ast.QuantifiedComparison;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates JPQL conditions: comparisons (entities by id, embedded values column by column, TYPE as a
 * constant since no entity has subtypes), BETWEEN, IN, LIKE, IS NULL, and the collection conditions
 * IS EMPTY and MEMBER OF as correlated subqueries.
 */
final class Conditions {

    private static final Expression ALWAYS = Comparison.eq(Literal.of(1), Literal.of(1));
    private static final Expression NEVER = Comparison.eq(Literal.of(1), Literal.of(0));

    private final ExpressionTranslator x;
    private final Compilation c;

    Conditions(ExpressionTranslator x) {
        this.x = x;
        this.c = x.c;
    }

    static Expression and(Expression a, Expression b) {
        List<Expression> all = new ArrayList<>();
        for (Expression e : new Expression[] {a, b}) {
            if (e instanceof Logical l && l.operator() == Logical.Operator.AND) {
                all.addAll(l.operands());
            } else if (e != null) {
                all.add(e);
            }
        }
        return all.isEmpty() ? null : all.size() == 1 ? all.get(0) : new Logical(Logical.Operator.AND, all);
    }

    Expression condition(Expr e, Scope scope) {
        if (e instanceof Expr.And and) {
            return new Logical(Logical.Operator.AND, and.operands().stream().map(o -> condition(o, scope)).toList());
        }
        if (e instanceof Expr.Or or) {
            return new Logical(Logical.Operator.OR, or.operands().stream().map(o -> condition(o, scope)).toList());
        }
        if (e instanceof Expr.Not not) {
            return new Not(condition(not.operand(), scope));
        }
        if (e instanceof Expr.Comparison cmp) {
            return comparison(cmp, scope);
        }
        if (e instanceof Expr.Between b) {
            return between(b, scope);
        }
        if (e instanceof Expr.In in) {
            return in(in, scope);
        }
        if (e instanceof Expr.Like like) {
            Typed value = x.string(x.scalar(x.value(like.value(), scope, null), like.value()), like.value());
            Typed pattern = x.string(x.value(like.pattern(), scope, value.typeOnly()), like.pattern());
            Expression escape = like.escape() == null ? null
                    : x.string(x.value(like.escape(), scope, value.typeOnly()), like.escape()).sql();
            return new Like(value.sql(), pattern.sql(), escape, like.not());
        }
        if (e instanceof Expr.IsNull isNull) {
            return isNull(isNull, scope);
        }
        if (e instanceof Expr.IsEmpty empty) {
            PathResolver.Collection col = x.functions.collectionPath(empty.collection(), scope, "IS EMPTY");
            Expression exists = x.collections.exists(scope, col, empty.pos(), null);
            return empty.not() ? exists : new Not(exists);
        }
        if (e instanceof Expr.MemberOf member) {
            return memberOf(member, scope);
        }
        if (e instanceof Expr.Exists exists) {
            Expression sql = new Exists(x.selects.subquery(exists.query(), scope).select());
            return exists.not() ? new Not(sql) : sql;
        }
        if (e instanceof Expr.Literal l && l.value() instanceof Boolean b) {
            return b ? ALWAYS : NEVER;
        }
        String what = e instanceof Expr.Path p ? "the path " + String.join(".", p.names()) : "a value";
        throw c.error(ErrorCode.QUERY_TYPE, e.pos(), "A condition is expected here, but this is " + what + ".",
                e instanceof Expr.Path ? "Compare it: write " + what.substring(9) + " = TRUE." : null);
    }

    private Expression comparison(Expr.Comparison cmp, Scope scope) {
        if (isType(cmp.left()) || isType(cmp.right())) {
            return typeComparison(cmp, scope);
        }
        if (cmp.right() instanceof Expr.Quantified q) {
            Typed left = x.scalar(x.value(cmp.left(), scope, null), cmp.left());
            SelectTranslator.Sub sub = x.selects.subquery(q.query(), scope);
            checkComparable(left, sub.item(), q.pos());
            return new QuantifiedComparison(left.sql(), operator(cmp.op()), q.quantifier() == Expr.Quantifier.ALL
                    ? QuantifiedComparison.Quantifier.ALL : QuantifiedComparison.Quantifier.ANY, sub.select());
        }
        Typed[] pair = x.pair(cmp.left(), cmp.right(), scope);
        Typed left = pair[0];
        Typed right = pair[1];
        checkComparable(left, right, cmp.pos());
        boolean equality = cmp.op() == Expr.ComparisonOp.EQ || cmp.op() == Expr.ComparisonOp.NE;
        if (!equality && (left.isEntity() || left.isEmbedded() || Types.category(left.type()) == Types.Category.BOOLEAN
                || Types.category(left.type()) == Types.Category.ENUM)) {
            throw c.error(ErrorCode.QUERY_TYPE, cmp.pos(), "Values of type " + left.describe() + " are compared with"
                    + " = and <> only, not " + cmp.op().text() + ".", null);
        }
        if (left.isEmbedded() || right.isEmbedded()) {
            return embeddedEquality(left, right, cmp);
        }
        return new Comparison(left.sql(), operator(cmp.op()), right.sql());
    }

    private Expression embeddedEquality(Typed left, Typed right, Expr.Comparison cmp) {
        if (!left.isEmbedded() || !right.isEmbedded()) {
            throw c.error(ErrorCode.QUERY_TYPE, cmp.pos(), "An embedded value is compared only with another of the"
                    + " same type (" + left.describe() + " vs " + right.describe() + ").", null);
        }
        List<Expression> parts = new ArrayList<>();
        for (int i = 0; i < left.columns().size(); i++) {
            parts.add(new Comparison(left.columns().get(i), operator(cmp.op()), right.columns().get(i)));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return new Logical(cmp.op() == Expr.ComparisonOp.EQ ? Logical.Operator.AND : Logical.Operator.OR, parts);
    }

    private static boolean isType(Expr e) {
        return e instanceof Expr.Call call && call.name().equalsIgnoreCase("TYPE");
    }

    /** {@code TYPE(e) = Dog}, {@code TYPE(e) <> :type}: the discriminator column compared with the classes' values. */
    private Expression typeComparison(Expr.Comparison cmp, Scope scope) {
        if (cmp.op() != Expr.ComparisonOp.EQ && cmp.op() != Expr.ComparisonOp.NE) {
            throw c.error(ErrorCode.QUERY_TYPE, cmp.pos(), "TYPE(...) is compared with = and <> only.", null);
        }
        boolean leftIsType = isType(cmp.left());
        Expr.Call type = (Expr.Call) (leftIsType ? cmp.left() : cmp.right());
        return x.types.comparison(type, leftIsType ? cmp.right() : cmp.left(), cmp.op() == Expr.ComparisonOp.EQ,
                scope);
    }

    private Expression between(Expr.Between b, Scope scope) {
        Typed value;
        Typed low;
        if (x.needsHint(b.value(), scope) && !x.needsHint(b.low(), scope)) {
            low = x.scalar(x.value(b.low(), scope, null), b.low());
            value = x.value(b.value(), scope, low);
        } else {
            value = x.scalar(x.value(b.value(), scope, null), b.value());
            low = x.value(b.low(), scope, value);
        }
        Typed high = x.value(b.high(), scope, value);
        checkComparable(value, low, b.low().pos());
        checkComparable(value, high, b.high().pos());
        if (value.isEntity() || Types.category(value.type()) == Types.Category.BOOLEAN) {
            throw c.error(ErrorCode.QUERY_TYPE, b.pos(), "BETWEEN takes numbers, strings or dates, not "
                    + value.describe() + ".", null);
        }
        return new Between(value.sql(), low.sql(), high.sql(), b.not());
    }

    private Expression in(Expr.In in, Scope scope) {
        if (isType(in.value())) {
            return x.types.in((Expr.Call) in.value(), in.items(), in.not(), scope);
        }
        Typed value = x.scalar(x.value(in.value(), scope, null), in.value());
        if (in.items().size() == 1 && in.items().get(0) instanceof Expr.SubqueryExpr s) {
            SelectTranslator.Sub sub = x.selects.subquery(s.query(), scope);
            checkComparable(value, sub.item(), s.pos());
            return new InSubquery(value.sql(), sub.select(), in.not());
        }
        if (in.items().size() == 1 && in.items().get(0) instanceof Expr.Param p) {
            Typed slot = c.parameters.use(p, value, true);
            return new InList(value.sql(), List.of(slot.sql()), in.not());
        }
        List<Expression> items = new ArrayList<>();
        for (Expr item : in.items()) {
            Typed t = x.scalar(x.value(item, scope, value), item);
            checkComparable(value, t, item.pos());
            items.add(t.sql());
        }
        return new InList(value.sql(), items, in.not());
    }

    private Expression isNull(Expr.IsNull isNull, Scope scope) {
        if (isNull.value() instanceof Expr.Path p && x.paths.resolve(p, scope) instanceof PathResolver.Collection) {
            throw c.error(ErrorCode.QUERY_TYPE, isNull.pos(), "A collection is never null.",
                    "Use IS EMPTY or IS NOT EMPTY.");
        }
        Typed value = x.value(isNull.value(), scope, null);
        if (value.isEmbedded()) {
            List<Expression> parts = value.columns().stream().map(col -> (Expression) new IsNull(col,
                    isNull.not())).toList();
            return parts.size() == 1 ? parts.get(0) : new Logical(Logical.Operator.AND, parts);
        }
        return new IsNull(value.sql(), isNull.not());
    }

    private Expression memberOf(Expr.MemberOf member, Scope scope) {
        PathResolver.Collection col = x.functions.collectionPath(member.collection(), scope, "MEMBER OF");
        EntityModel element = x.collections.element(col.attribute());
        Typed hint = Typed.entity(Literal.NULL, element);
        Typed value = x.value(member.value(), scope, hint);
        checkComparable(hint, value, member.value().pos());
        Expression exists = x.collections.exists(scope, col, member.pos(), value.sql());
        return member.not() ? new Not(exists) : exists;
    }

    void checkComparable(Typed a, Typed b, int pos) {
        if (!Types.comparable(a, b)) {
            throw c.error(ErrorCode.QUERY_TYPE, pos, "Cannot compare a value of type " + a.describe()
                    + " with a value of type " + b.describe() + ".", null);
        }
    }

    static Comparison.Operator operator(Expr.ComparisonOp op) {
        return switch (op) {
            case EQ -> Comparison.Operator.EQ;
            case NE -> Comparison.Operator.NE;
            case LT -> Comparison.Operator.LT;
            case LE -> Comparison.Operator.LE;
            case GT -> Comparison.Operator.GT;
            case GE -> Comparison.Operator.GE;
        };
    }
}
