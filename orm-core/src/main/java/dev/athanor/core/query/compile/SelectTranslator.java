package dev.athanor.core.query.compile;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.CollectionModel;
import dev.athanor.core.query.QueryPlan;
import dev.athanor.core.query.QueryPlan.Fetch;
import dev.athanor.core.query.QueryPlan.PagedRoots;
import dev.athanor.core.query.QueryPlan.ResultItem;
import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.query.tree.QueryTree;
import dev.athanor.core.sql.ast.Case;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Comparison;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.FunctionCall;
import dev.athanor.core.sql.ast.Join;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.OrderItem;
import dev.athanor.core.sql.ast.Select;
import dev.athanor.core.sql.ast.SelectItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Translates SELECT statements: a query specification into a {@link Select} with its result shape,
 * fetch joins and root paging; subqueries into correlated selects of one item. Set operations are
 * put together by {@link SetOperations}.
 */
final class SelectTranslator {

    /** A translated subquery and the type of its single item. */
    record Sub(Select select, Typed item) {
    }

    /**
     * A translated query specification: its select, result shape and select items by alias; {@code order}
     * is the query's own ORDER BY, which the select follows with the fetched collections' order.
     */
    record Spec(Select select, ResultShape shape, List<ResultItem> items, List<String> aliases, List<Typed> types,
            Scope scope, Map<String, List<Expression>> byAlias, List<Fetch> fetches, Variable root,
            List<OrderItem> order) {
    }

    final Compilation c;
    final ExpressionTranslator x;
    private final FromClause from;

    SelectTranslator(Compilation c) {
        this.c = c;
        this.x = new ExpressionTranslator(c, this);
        this.from = new FromClause(x);
    }

    QueryPlan select(QueryTree.Select tree) {
        if (tree.body() instanceof QueryTree.SetOperation op) {
            return new SetOperations(this).plan(op, tree.orderBy());
        }
        QueryTree.QuerySpec body = (QueryTree.QuerySpec) tree.body();
        Spec spec = spec(body, tree.orderBy());
        PagedRoots paged = pagedRoots(spec);
        // the SQL of a fetched collection has no DISTINCT (see spec()): the session keeps each result once
        boolean distinctResults = body.distinct() && spec.fetches().stream().anyMatch(f -> f.attribute().kind().toMany());
        return new QueryPlan(QueryPlan.Kind.SELECT, c.text, spec.select(), c.parameters.parameters(),
                c.parameters.slots(), spec.items(), spec.aliases(), spec.shape().entities, spec.fetches(), c.tables,
                resultType(spec.items()), paged, distinctResults);
    }

    static Class<?> resultType(List<ResultItem> items) {
        return items.size() == 1 ? items.get(0).javaType() : Object[].class;
    }

    /** A top-level query specification (or a member of a set operation, with no ORDER BY). */
    Spec spec(QueryTree.QuerySpec q, List<QueryTree.Order> orderBy) {
        Scope scope = new Scope(c, null, false);
        from.declare(q.from(), scope);
        Expression where = where(q, scope);
        ResultShape shape = new ResultShape(c);
        List<ResultItem> items = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        List<Typed> types = new ArrayList<>();
        Map<String, List<Expression>> byAlias = new LinkedHashMap<>();
        Variable root = null;
        List<QueryTree.Selection> selections = q.select();
        if (selections.isEmpty()) {
            if (q.from().size() != 1 || scope.firstRoot() == null) {
                throw c.error(ErrorCode.QUERY_SYNTAX, q.pos(), "The SELECT clause may be omitted only when FROM names"
                        + " a single entity.", "Write SELECT and the items to return.");
            }
            selections = List.of(new QueryTree.Selection(q.pos(), new Expr.Path(q.pos(), null,
                    List.of(scope.firstRoot().name)), null));
        }
        for (QueryTree.Selection s : selections) {
            int before = shape.columns.size();
            ResultItem item = item(s.expr(), scope, shape, types);
            if (item instanceof ResultItem.Entity e && root == null) {
                root = variableOf(shape, e.node());
            }
            items.add(item);
            aliases.add(s.alias());
            if (s.alias() != null) {
                // an entity item is ordered by its id, any other by all its columns
                List<Expression> sql = item instanceof ResultItem.Entity
                        ? List.of(types.get(types.size() - 1).sql())
                        : shape.columns.subList(before, shape.columns.size()).stream().map(SelectItem::expression)
                                .toList();
                byAlias.put(s.alias().toLowerCase(Locale.ROOT), sql);
            }
        }
        // with a fetched collection the session keeps each result once (entities by identity, values by
        // equality) and each element once per owner, after reading the rows; a DISTINCT in the SQL would
        // only make the database sort the rows for the same outcome
        boolean distinct = q.distinct() && scope.joins().stream()
                .noneMatch(j -> fetched(j, shape) && j.variable().attribute.kind().toMany());
        List<Fetch> fetches = fetches(scope, shape, distinct);
        List<Expression> groupBy = new ArrayList<>();
        for (Expr g : q.groupBy()) {
            groupBy.addAll(groupItem(g, scope));
        }
        Expression having = q.having() == null ? null : x.conditions.condition(q.having(), scope);
        List<OrderItem> order = new ArrayList<>();
        for (QueryTree.Order o : orderBy) {
            order.addAll(orderItems(o, scope, byAlias));
        }
        List<OrderItem> withCollections = new ArrayList<>(order);
        withCollections.addAll(fetchedCollectionOrder(scope));
        Select select = new Select(distinct, shape.columns, scope.from(), joins(scope, false), where, groupBy,
                having, withCollections, null, null, null);
        return new Spec(select, shape, items, aliases, types, scope, byAlias, fetches, root, order);
    }

    /**
     * The {@code @OrderBy} of each fetched collection (or its order column, NULLs last), after the
     * query's own ORDER BY: the rows of one owner then come in the order its collection is filled in.
     */
    private static List<OrderItem> fetchedCollectionOrder(Scope scope) {
        List<OrderItem> order = new ArrayList<>();
        for (Scope.Joined j : scope.joins()) {
            Variable v = j.variable();
            if (v.fetch && v.attribute != null && v.attribute.kind().toMany() && v.alias.equals(j.join().table().alias())) {
                if (v.position != null) {
                    order.add(new OrderItem(v.position, false, OrderItem.Nulls.LAST));
                }
                v.attribute.collection().orderBy().forEach(o -> order.add(new OrderItem(ColumnRef.of(v.alias,
                        o.column()), o.descending(), OrderItem.Nulls.DEFAULT)));
            }
        }
        return order;
    }

    private static Variable variableOf(ResultShape shape, int node) {
        return shape.nodes.entrySet().stream().filter(e -> e.getValue() == node).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    private Expression where(QueryTree.QuerySpec q, Scope scope) {
        Expression where = q.where() == null ? null : x.conditions.condition(q.where(), scope);
        for (Expression condition : scope.conditions) {
            where = Conditions.and(condition, where);
        }
        return where;
    }

    /** One select item: an entity, an embedded value, a value, a map entry, or NEW of several. */
    private ResultItem item(Expr e, Scope scope, ResultShape shape, List<Typed> types) {
        if (e instanceof Expr.Call call && call.name().equals("ENTRY")) {
            x.paths.mapVariable(call, scope);
            ResultItem key = item(new Expr.Path(call.pos(), new Expr.Call(call.pos(), "KEY", call.args()), List.of()),
                    scope, shape, new ArrayList<>());
            ResultItem value = item(call.args().get(0), scope, shape, new ArrayList<>());
            types.add(Typed.value(null, java.util.Map.Entry.class));
            return new ResultItem.MapEntry(key, value);
        }
        if (e instanceof Expr.Call call && (call.name().equals("KEY") || call.name().equals("VALUE"))
                && call.args().size() == 1) {
            e = new Expr.Path(call.pos(), call, List.of()); // a to-one key is selected as the entity, not its id
        }
        if (e instanceof Expr.Constructor k) {
            List<ResultItem> args = new ArrayList<>();
            for (Expr arg : k.args()) {
                if (arg instanceof Expr.Constructor nested) {
                    throw c.error(ErrorCode.QUERY_SYNTAX, nested.pos(), "NEW cannot be nested in NEW.", null);
                }
                args.add(item(arg, scope, shape, new ArrayList<>()));
            }
            ResultItem constructed = shape.constructed(k, args);
            types.add(Typed.value(null, constructed.javaType()));
            return constructed;
        }
        if (e instanceof Expr.Path p) {
            PathResolver.Resolved r = x.paths.resolve(p, scope);
            Variable v = r instanceof PathResolver.EntityVar ev ? ev.variable()
                    : r instanceof PathResolver.ToOne t ? x.paths.join(t, scope, p.pos()) : null;
            if (v != null) {
                types.add(Typed.entity(v.column(x.collections.idColumn(v.entity, p.pos()), scope), v.entity));
                return shape.entityItem(v);
            }
            Typed t = x.resolved(r, p.pos(), scope, null);
            types.add(t);
            return t.isEmbedded() ? shape.embedded(t) : shape.value(t);
        }
        Typed t = x.value(e, scope, null);
        types.add(t);
        if (t.isEntity()) {
            throw c.error(ErrorCode.QUERY_UNSUPPORTED, e.pos(), "This select item is an entity only known by its id"
                    + " (a subquery or function of entities).", "Select an identification variable or a path.");
        }
        return t.isEmbedded() ? shape.embedded(t) : shape.value(t);
    }

    /**
     * The fetch joins, each filling one association of its owner's entity node. The owner must be read
     * in the row: the specification allows a fetch join only of an entity the query returns. Unless the
     * SQL is DISTINCT (MySQL refuses to order a DISTINCT by a column left out of its select list), the
     * target's node reads the columns its join makes equal to one of its owner's from there (see {@link
     * ResultShape#sameAsOwner}).
     */
    private List<Fetch> fetches(Scope scope, ResultShape shape, boolean distinct) {
        List<Fetch> fetches = new ArrayList<>();
        for (Scope.Joined j : scope.joins()) {
            Variable v = j.variable();
            if (!v.fetch || !j.join().table().alias().equals(v.alias)) {
                continue;
            }
            Integer owner = shape.nodes.get(v.owner);
            if (owner == null) {
                throw c.error(ErrorCode.QUERY_SYNTAX, v.pos, "JOIN FETCH of " + v.owner.name + "." + v.attribute.name()
                        + ": the owner of a fetched association must be returned by the query, and " + v.owner.name
                        + " is not selected.", "Select " + v.owner.name + ", or write JOIN without FETCH to join"
                        + " only for conditions.");
            }
            if (!shape.nodes.containsKey(v)) {
                int target = shape.entity(v, distinct ? Map.of() : ResultShape.sameAsOwner(j));
                int position = -1;
                if (v.position != null && v.attribute.kind().toMany()) {
                    shape.columns.add(SelectItem.of(v.position));
                    position = shape.columns.size() - 1;
                }
                fetches.add(new Fetch(owner, v.attribute, target, position));
            }
        }
        return fetches;
    }

    /** Whether {@code j} joins the entity of a fetch that adds a node of its own (not selected already). */
    private static boolean fetched(Scope.Joined j, ResultShape shape) {
        Variable v = j.variable();
        return v.fetch && j.join().table().alias().equals(v.alias) && !shape.nodes.containsKey(v);
    }

    /** A subquery returns no entity, so nothing it joins can be fetched into one. */
    private void refuseFetches(Scope scope) {
        for (Scope.Joined j : scope.joins()) {
            if (j.variable().fetch) {
                throw c.error(ErrorCode.QUERY_SYNTAX, j.variable().pos, "JOIN FETCH is not allowed in a subquery:"
                        + " a subquery returns values, not entities to fill.", "Write JOIN without FETCH.");
            }
        }
    }

    private List<Expression> groupItem(Expr g, Scope scope) {
        if (g instanceof Expr.Path p) {
            PathResolver.Resolved r = x.paths.resolve(p, scope);
            if (r instanceof PathResolver.EntityVar ev) {
                Variable v = ev.variable();
                return c.selection.columns(v.entity, v.alias).stream().filter(ColumnRef.class::isInstance).toList();
            }
            Typed t = x.resolved(r, p.pos(), scope, null);
            return t.isEmbedded() ? t.columns() : List.of(t.sql());
        }
        return List.of(x.scalar(x.value(g, scope, null), g).sql());
    }

    private List<OrderItem> orderItems(QueryTree.Order o, Scope scope, Map<String, List<Expression>> byAlias) {
        List<Expression> expressions;
        if (o.expr() instanceof Expr.Path p && p.qualifier() == null && p.names().size() == 1
                && byAlias.containsKey(p.names().get(0).toLowerCase(Locale.ROOT))) {
            expressions = byAlias.get(p.names().get(0).toLowerCase(Locale.ROOT));
        } else {
            Typed t = x.value(o.expr(), scope, null);
            expressions = t.isEmbedded() ? t.columns() : List.of(t.sql());
        }
        OrderItem.Nulls nulls = switch (o.nulls()) {
            case DEFAULT -> OrderItem.Nulls.DEFAULT;
            case FIRST -> OrderItem.Nulls.FIRST;
            case LAST -> OrderItem.Nulls.LAST;
        };
        return expressions.stream().map(e -> new OrderItem(e, o.descending(), nulls)).toList();
    }

    /** The joins of a scope; without fetches, only those the paging query needs. */
    static List<Join> joins(Scope scope, boolean withoutFetches) {
        return scope.joins().stream().filter(j -> !withoutFetches || j.variable().keptWithoutFetches())
                .map(Scope.Joined::join).toList();
    }

    /**
     * When a collection is fetch-joined: the root ids, each once and in result order, to page by. Without
     * the fetched tables a root usually has one row; when a joined collection (or another root) is left
     * to filter or order on, a root has a row per element, so the ids are grouped and each ORDER BY
     * expression is replaced by its value on the root's first row in the main query's order: the least value ascending, the greatest
     * descending, or NULL when the root has a NULL there and NULLs sort first. The root id breaks ties so
     * that consecutive pages neither repeat nor skip a root.
     */
    private PagedRoots pagedRoots(Spec spec) {
        if (spec.root() == null || spec.fetches().stream().noneMatch(f -> f.attribute().kind().toMany())) {
            return null;
        }
        Variable root = spec.root();
        ColumnRef rootId = ColumnRef.of(root.alias, x.collections.idColumn(root.entity, root.pos));
        // the query's own ORDER BY: that of the fetched collections names tables the ids are read without
        Select main = spec.select().withOrderBy(spec.order().toArray(OrderItem[]::new));
        List<Join> joins = joins(spec.scope(), true);
        if (!main.groupBy().isEmpty() || main.having() != null) {
            // a grouped query has a row per group, not per element: its distinct ids are already its roots
            List<SelectItem> items = new ArrayList<>();
            items.add(SelectItem.of(rootId));
            main.orderBy().stream().filter(o -> !o.expression().equals(rootId))
                    .forEach(o -> items.add(SelectItem.of(o.expression())));
            return new PagedRoots(new Select(true, items, main.from(), joins, main.where(), main.groupBy(),
                    main.having(), main.orderBy(), null, null, null), rootId);
        }
        boolean rootPerRow = spec.scope().joins().stream().filter(j -> j.variable().keptWithoutFetches())
                .allMatch(j -> j.variable().attribute != null && j.variable().attribute.kind().toOne());
        List<OrderItem> order = new ArrayList<>();
        for (OrderItem o : main.orderBy()) {
            order.add(rootPerRow || o.expression().equals(rootId) ? o
                    : new OrderItem(firstRowValue(o), o.descending(), o.nulls()));
        }
        if (main.orderBy().stream().noneMatch(o -> o.expression().equals(rootId))) {
            order.add(OrderItem.asc(rootId));
        }
        Select ids = new Select(false, List.of(SelectItem.of(rootId)), main.from(), joins, main.where(),
                rootPerRow ? List.of() : List.of(rootId), null, order, null, null, null);
        return new PagedRoots(ids, rootId);
    }

    /** The value of an ORDER BY item on the first of a root's rows; SQLite and MySQL sort NULL lowest by default. */
    private static Expression firstRowValue(OrderItem o) {
        Expression e = o.expression();
        Expression extreme = FunctionCall.of(o.descending() ? "MAX" : "MIN", e);
        boolean nullsFirst = o.nulls() == OrderItem.Nulls.FIRST || o.nulls() == OrderItem.Nulls.DEFAULT && !o.descending();
        if (!nullsFirst) {
            return extreme;
        }
        Expression hasNull = new Comparison(FunctionCall.countAll(), Comparison.Operator.GT, FunctionCall.of("COUNT", e));
        return new Case(null, List.of(new Case.When(hasNull, Literal.NULL)), extreme);
    }

    /** A subquery of one item, seeing the variables of {@code outer}. */
    Sub subquery(QueryTree.QuerySpec q, Scope outer) {
        Scope scope = new Scope(c, outer, false);
        from.declare(q.from(), scope);
        refuseFetches(scope);
        if (q.select().size() != 1 || q.select().get(0).expr() instanceof Expr.Constructor) {
            throw c.error(ErrorCode.QUERY_SYNTAX, q.pos(), "A subquery selects exactly one item.", null);
        }
        Expr e = q.select().get(0).expr();
        Typed item;
        if (e instanceof Expr.Path p && x.paths.resolve(p, scope) instanceof PathResolver.ToOne t) {
            item = x.resolved(t, p.pos(), scope, null);
        } else {
            item = x.scalar(x.value(e, scope, null), e);
        }
        Expression where = where(q, scope);
        List<Expression> groupBy = new ArrayList<>();
        for (Expr g : q.groupBy()) {
            groupBy.addAll(groupItem(g, scope));
        }
        Expression having = q.having() == null ? null : x.conditions.condition(q.having(), scope);
        Select select = new Select(q.distinct(), List.of(SelectItem.of(item.sql())), scope.from(), joins(scope, false),
                where, groupBy, having, List.of(), null, null, null);
        return new Sub(select, item);
    }
}
