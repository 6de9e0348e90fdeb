package dev.athanor.core.query.compile;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.query.QueryPlan;
import dev.athanor.core.query.QueryPlan.ResultItem;
import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.query.tree.QueryTree;
import dev.athanor.core.sql.ast.CompoundSelect;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.OrderItem;
import dev.athanor.core.sql.ast.SelectItem;
import dev.athanor.core.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * UNION, INTERSECT and EXCEPT: each member translated on its own, their select lists checked to match
 * in size and type, the results shaped as the first member's, and ORDER BY naming output columns by
 * position (a result alias, or an expression equal to one of the first member's items).
 */
final class SetOperations {

    private final SelectTranslator selects;
    private final Compilation c;
    private SelectTranslator.Spec first;

    SetOperations(SelectTranslator selects) {
        this.selects = selects;
        this.c = selects.c;
    }

    QueryPlan plan(QueryTree.SetOperation op, List<QueryTree.Order> orderBy) {
        CompoundSelect compound = (CompoundSelect) body(op);
        List<OrderItem> order = new ArrayList<>();
        for (QueryTree.Order o : orderBy) {
            order.add(new OrderItem(Literal.of(position(o)), o.descending(), switch (o.nulls()) {
                case DEFAULT -> OrderItem.Nulls.DEFAULT;
                case FIRST -> OrderItem.Nulls.FIRST;
                case LAST -> OrderItem.Nulls.LAST;
            }));
        }
        compound = compound.withOrderBy(order.toArray(OrderItem[]::new));
        return new QueryPlan(QueryPlan.Kind.SELECT, c.text, compound, c.parameters.parameters(), c.parameters.slots(),
                first.items(), first.aliases(), first.shape().entities, List.of(), c.tables,
                SelectTranslator.resultType(first.items()), null);
    }

    private Statement body(QueryTree.QueryBody body) {
        if (body instanceof QueryTree.SetOperation op) {
            Statement left = body(op.left());
            Statement right = body(op.right());
            CompoundSelect.SetOperator operator = switch (op.operator()) {
                case UNION -> CompoundSelect.SetOperator.UNION;
                case INTERSECT -> CompoundSelect.SetOperator.INTERSECT;
                case EXCEPT -> CompoundSelect.SetOperator.EXCEPT;
            };
            return CompoundSelect.of(operator, op.all(), left, right);
        }
        SelectTranslator.Spec spec = selects.spec((QueryTree.QuerySpec) body, List.of());
        if (!spec.fetches().isEmpty()) {
            throw c.error(ErrorCode.QUERY_UNSUPPORTED, body.pos(), "JOIN FETCH in a member of a set operation.",
                    "Fetch in a separate query.");
        }
        if (first == null) {
            first = spec;
        } else {
            check(spec, body.pos());
        }
        return spec.select();
    }

    private void check(SelectTranslator.Spec member, int pos) {
        if (member.types().size() != first.types().size()) {
            throw c.error(ErrorCode.QUERY_TYPE, pos, "The members of a set operation select different numbers of"
                    + " items (" + first.types().size() + " and " + member.types().size() + ").", null);
        }
        for (int i = 0; i < member.types().size(); i++) {
            Typed a = first.types().get(i);
            Typed b = member.types().get(i);
            boolean fits = a.isEntity() || b.isEntity() ? a.entity() == b.entity()
                    : Types.common(a.type(), b.type()) != null;
            if (!fits) {
                throw c.error(ErrorCode.QUERY_TYPE, pos, "Item " + (i + 1) + " of the set operation's members has"
                        + " incompatible types " + a.describe() + " and " + b.describe() + ".", null);
            }
        }
        if (member.select().items().size() != first.select().items().size()) {
            throw c.error(ErrorCode.QUERY_TYPE, pos, "The members of a set operation read different columns (an"
                    + " embedded value against another value?).", "Select the same kinds of items in every member.");
        }
    }

    /** The 1-based output column an ORDER BY item of the whole set operation names. */
    private int position(QueryTree.Order o) {
        if (o.expr() instanceof Expr.Path p && p.qualifier() == null && p.names().size() == 1) {
            String name = p.names().get(0);
            for (int i = 0; i < first.aliases().size(); i++) {
                if (name.equalsIgnoreCase(first.aliases().get(i)) && first.items().get(i) instanceof ResultItem.Value v) {
                    return v.column() + 1;
                }
            }
        }
        Typed t;
        try {
            t = selects.x.value(o.expr(), first.scope(), null);
        } catch (dev.athanor.core.query.QueryException notAnItem) {
            t = null;
        }
        List<SelectItem> items = first.select().items();
        for (int i = 0; t != null && i < items.size(); i++) {
            if (items.get(i).expression().equals(t.sql())) {
                return i + 1;
            }
        }
        throw c.error(ErrorCode.QUERY_UNSUPPORTED, o.pos(), "ORDER BY of a set operation names one of the selected"
                + " items (by its result alias or as written in the first member).", "Give the item an alias"
                + " (SELECT x.name AS name ...) and order by it.");
    }
}
