package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.query.tree.QueryTree;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a syntax tree back as JPQL, for {@code describe()} and messages. It reads like the query a
 * user would write; values that JPQL has no literal for (dates aside) are shown in brackets.
 */
final class JpqlText {

    private JpqlText() {
    }

    static String statement(QueryTree tree) {
        if (tree instanceof QueryTree.Select select) {
            return body(select.body()) + orderBy(select.orderBy());
        }
        if (tree instanceof QueryTree.Update update) {
            return "UPDATE " + update.entity() + " " + update.alias() + " SET "
                    + update.assignments().stream().map(a -> expression(a.target()) + " = " + expression(a.value()))
                            .collect(Collectors.joining(", "))
                    + where(update.where());
        }
        QueryTree.Delete delete = (QueryTree.Delete) tree;
        return "DELETE FROM " + delete.entity() + " " + delete.alias() + where(delete.where());
    }

    private static String orderBy(List<QueryTree.Order> orders) {
        if (orders.isEmpty()) {
            return "";
        }
        return " ORDER BY " + orders.stream().map(o -> expression(o.expr()) + (o.descending() ? " DESC" : "")
                + (o.nulls() == QueryTree.Nulls.DEFAULT ? "" : " NULLS " + o.nulls()))
                .collect(Collectors.joining(", "));
    }

    private static String where(Expr where) {
        return where == null ? "" : " WHERE " + expression(where);
    }

    private static String body(QueryTree.QueryBody body) {
        if (body instanceof QueryTree.QuerySpec spec) {
            return spec(spec);
        }
        QueryTree.SetOperation op = (QueryTree.SetOperation) body;
        return body(op.left()) + " " + op.operator() + (op.all() ? " ALL " : " ") + body(op.right());
    }

    private static String spec(QueryTree.QuerySpec spec) {
        StringBuilder text = new StringBuilder();
        if (!spec.select().isEmpty()) {
            text.append("SELECT ").append(spec.distinct() ? "DISTINCT " : "").append(spec.select().stream()
                    .map(s -> expression(s.expr()) + (s.alias() == null ? "" : " AS " + s.alias()))
                    .collect(Collectors.joining(", "))).append(' ');
        }
        text.append("FROM ").append(spec.from().stream().map(JpqlText::from).collect(Collectors.joining(", ")));
        text.append(where(spec.where()));
        if (!spec.groupBy().isEmpty()) {
            text.append(" GROUP BY ").append(list(spec.groupBy()));
        }
        if (spec.having() != null) {
            text.append(" HAVING ").append(expression(spec.having()));
        }
        return text.toString();
    }

    private static String from(QueryTree.From from) {
        StringBuilder text = new StringBuilder(from.entity() != null ? from.entity() : expression(from.path()));
        if (from.alias() != null) {
            text.append(' ').append(from.alias());
        }
        for (QueryTree.Join join : from.joins()) {
            text.append(join.type() == QueryTree.JoinType.LEFT ? " LEFT JOIN " : " JOIN ")
                    .append(join.fetch() ? "FETCH " : "")
                    .append(join.entity() != null ? join.entity() : expression(join.target()));
            if (join.alias() != null) {
                text.append(' ').append(join.alias());
            }
            if (join.on() != null) {
                text.append(" ON ").append(expression(join.on()));
            }
        }
        return text.toString();
    }

    private static String list(List<Expr> expressions) {
        return expressions.stream().map(JpqlText::expression).collect(Collectors.joining(", "));
    }

    static String expression(Expr expr) {
        if (expr instanceof Expr.Path path) {
            return (path.qualifier() == null ? "" : expression(path.qualifier())
                    + (path.names().isEmpty() ? "" : ".")) + String.join(".", path.names());
        }
        if (expr instanceof Expr.Literal literal) {
            return literal(literal.value());
        }
        if (expr instanceof Expr.Param param) {
            return param.label();
        }
        if (expr instanceof Expr.Negate negate) {
            return "-" + operand(negate.operand());
        }
        if (expr instanceof Expr.Arithmetic a) {
            return operand(a.left()) + " " + a.op().text() + " " + operand(a.right());
        }
        if (expr instanceof Expr.Call call) {
            return call.name() + "(" + list(call.args()) + ")";
        }
        if (expr instanceof Expr.DatabaseFunction f) {
            return "FUNCTION('" + f.name() + "'" + (f.args().isEmpty() ? "" : ", ")
                    + list(f.args()) + ")";
        }
        if (expr instanceof Expr.Trim trim) {
            return "TRIM(" + trim.spec() + " " + (trim.character() == null ? ""
                    : expression(trim.character()) + " ") + "FROM " + expression(trim.source()) + ")";
        }
        if (expr instanceof Expr.Cast cast) {
            return "CAST(" + expression(cast.operand()) + " AS " + cast.type() + ")";
        }
        if (expr instanceof Expr.Extract extract) {
            return "EXTRACT(" + extract.field() + " FROM " + expression(extract.source()) + ")";
        }
        if (expr instanceof Expr.CurrentTemporal temporal) {
            return temporal.kind().name().replace("LOCAL_", "LOCAL ");
        }
        if (expr instanceof Expr.Aggregate aggregate) {
            return aggregate.function() + "(" + (aggregate.distinct() ? "DISTINCT " : "")
                    + expression(aggregate.argument()) + ")";
        }
        if (expr instanceof Expr.Treat treat) {
            return "TREAT(" + expression(treat.path()) + " AS " + treat.entityName() + ")";
        }
        if (expr instanceof Expr.Case c) {
            return "CASE" + (c.operand() == null ? "" : " " + expression(c.operand()))
                    + c.whens().stream().map(w -> " WHEN " + expression(w.when()) + " THEN " + expression(w.then()))
                            .collect(Collectors.joining())
                    + (c.otherwise() == null ? "" : " ELSE " + expression(c.otherwise())) + " END";
        }
        if (expr instanceof Expr.SubqueryExpr subquery) {
            return "(" + spec(subquery.query()) + ")";
        }
        if (expr instanceof Expr.Quantified q) {
            return q.quantifier() + " (" + spec(q.query()) + ")";
        }
        if (expr instanceof Expr.Constructor c) {
            return "NEW " + c.className() + "(" + list(c.args()) + ")";
        }
        if (expr instanceof Expr.Comparison c) {
            return operand(c.left()) + " " + c.op().text() + " " + operand(c.right());
        }
        if (expr instanceof Expr.Between b) {
            return operand(b.value()) + not(b.not()) + " BETWEEN " + operand(b.low()) + " AND "
                    + operand(b.high());
        }
        if (expr instanceof Expr.In in) {
            return operand(in.value()) + not(in.not()) + " IN " + (in.items().size() == 1
                    && in.items().get(0) instanceof Expr.Param p ? p.label() : in.items().size() == 1
                    && in.items().get(0) instanceof Expr.SubqueryExpr s ? expression(s) : "(" + list(in.items()) + ")");
        }
        if (expr instanceof Expr.Like like) {
            return operand(like.value()) + not(like.not()) + " LIKE " + operand(like.pattern())
                    + (like.escape() == null ? "" : " ESCAPE " + expression(like.escape()));
        }
        if (expr instanceof Expr.IsNull n) {
            return operand(n.value()) + " IS" + not(n.not()) + " NULL";
        }
        if (expr instanceof Expr.IsEmpty e) {
            return operand(e.collection()) + " IS" + not(e.not()) + " EMPTY";
        }
        if (expr instanceof Expr.MemberOf m) {
            return operand(m.value()) + not(m.not()) + " MEMBER OF " + operand(m.collection());
        }
        if (expr instanceof Expr.Exists e) {
            return (e.not() ? "NOT " : "") + "EXISTS (" + spec(e.query()) + ")";
        }
        if (expr instanceof Expr.And and) {
            return and.operands().stream().map(JpqlText::operand).collect(Collectors.joining(" AND "));
        }
        if (expr instanceof Expr.Or or) {
            return or.operands().stream().map(JpqlText::operand).collect(Collectors.joining(" OR "));
        }
        if (expr instanceof Expr.Not n) {
            return "NOT " + operand(n.operand());
        }
        throw new IllegalArgumentException("no JPQL text for " + expr);
    }

    private static String not(boolean not) {
        return not ? " NOT" : "";
    }

    /** An operand of an operator, parenthesized when it is itself a compound condition or sum. */
    private static String operand(Expr expr) {
        boolean compound = expr instanceof Expr.And || expr instanceof Expr.Or || expr instanceof Expr.Arithmetic
                || expr instanceof Expr.Comparison || expr instanceof Expr.Not || expr instanceof Expr.Between
                || expr instanceof Expr.Like || expr instanceof Expr.In || expr instanceof Expr.IsNull
                || expr instanceof Expr.MemberOf || expr instanceof Expr.IsEmpty;
        return compound ? "(" + expression(expr) + ")" : expression(expr);
    }

    private static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof String s) {
            return "'" + s.replace("'", "''") + "'";
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (value instanceof Long || value instanceof Float || value instanceof Double) {
            return value + value.getClass().getSimpleName().substring(0, 1);
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.getDeclaringClass().getName().replace('$', '.') + "." + e.name();
        }
        if (value instanceof LocalDate || value instanceof LocalTime) {
            return "{" + (value instanceof LocalDate ? "d" : "t") + " '" + value + "'}";
        }
        if (value instanceof LocalDateTime time) {
            return "{ts '" + time.toString().replace('T', ' ') + "'}";
        }
        return "[" + value + "]";
    }
}
