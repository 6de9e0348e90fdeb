package dev.athanor.jpa;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.query.QueryPlan;
import dev.athanor.core.query.jpql.JpqlParser;
import dev.athanor.core.query.tree.QueryTree;
import dev.athanor.core.session.SessionFactory;
import jakarta.persistence.EntityGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code jakarta.persistence.fetchgraph} and {@code loadgraph} hints of a SELECT query: the
 * graph's associations become LEFT JOIN FETCHes of the query's root, and the query runs the plan
 * of that tree (compiled once and cached like any other). Athanor applies both hints alike: it
 * adds the fetches the graph names and leaves the mapping's own fetch types as they are. A graph
 * changes what is loaded, not what is returned: when its collections would repeat the query's
 * results, the query runs as {@code SELECT DISTINCT}.
 */
final class EntityGraphHint {

    private EntityGraphHint() {
    }

    /**
     * The plan of {@code source} with the fetch joins of {@code graph} (an EntityGraph, or the name
     * of one, found with {@code byName}).
     */
    static QueryPlan plan(String hint, Object graph, QuerySource source, QueryPlan plan, SessionFactory sessions,
            Function<String, EntityGraph<?>> byName) {
        Object resolved = graph instanceof String name ? byName.apply(name) : graph;
        if (!(resolved instanceof AthanorEntityGraph<?> entityGraph)) {
            throw refused(hint, plan, "was given " + (graph == null ? "null" : "a " + graph.getClass().getName()),
                    "Give an EntityGraph made by createEntityGraph() of this EntityManager, or the name of a"
                            + " @NamedEntityGraph.");
        }
        QueryTree tree = source.tree() != null ? source.tree() : JpqlParser.parse(source.jpql());
        if (!(tree instanceof QueryTree.Select select) || !(select.body() instanceof QueryTree.QuerySpec spec)) {
            throw refused(hint, plan, "applies to a SELECT of entities; this query is "
                    + (tree instanceof QueryTree.Select ? "a set operation" : "an " + plan.kind()),
                    "Put the graph on a SELECT query whose FROM clause names the entity the graph is for.");
        }
        QueryTree.From root = spec.from().get(0);
        if (root.alias() == null) {
            throw refused(hint, plan, "needs an identification variable for the query's root entity",
                    "Name the root in FROM (FROM " + root.entity() + " e) so that the graph's joins can start from"
                            + " it.");
        }
        if (!selectsRoot(spec, root.alias())) {
            throw refused(hint, plan, "loads the entities the query returns, and this query does not return its"
                    + " root '" + root.alias() + "'",
                    "Select the root entity (SELECT " + root.alias() + " FROM ...), or drop the hint for this query.");
        }
        List<QueryTree.Join> joins = new ArrayList<>(root.joins());
        for (QueryTree.Join join : entityGraph.fetchJoins(root.alias())) {
            if (joins.stream().noneMatch(existing -> existing.fetch() && sameTarget(existing, join))) {
                joins.add(join); // a graph naming what the query already fetches adds no second join
            }
        }
        List<QueryTree.From> from = new ArrayList<>(spec.from());
        from.set(0, new QueryTree.From(root.pos(), root.entity(), root.path(), root.alias(), joins));
        QueryPlan fetched = sessions.plan(withFrom(select, spec, from, spec.distinct()), plan.text());
        if (!spec.distinct() && fetched.fetches().stream().anyMatch(f -> f.attribute().kind().toMany())
                && plan.fetches().stream().noneMatch(f -> f.attribute().kind().toMany())) {
            // a graph loads, it does not query: the collections it fetches must not repeat the results
            fetched = sessions.plan(withFrom(select, spec, from, true), plan.text());
        }
        return fetched;
    }

    private static QueryTree.Select withFrom(QueryTree.Select select, QueryTree.QuerySpec spec,
            List<QueryTree.From> from, boolean distinct) {
        QueryTree.QuerySpec fetched = new QueryTree.QuerySpec(spec.pos(), distinct, spec.select(), from,
                spec.where(), spec.groupBy(), spec.having());
        return new QueryTree.Select(select.pos(), fetched, select.orderBy());
    }

    private static boolean selectsRoot(QueryTree.QuerySpec spec, String alias) {
        return spec.select().isEmpty() || spec.select().stream().anyMatch(item -> item.expr()
                instanceof dev.athanor.core.query.tree.Expr.Path path && path.qualifier() == null
                && path.names().size() == 1 && path.names().get(0).equalsIgnoreCase(alias));
    }

    private static boolean sameTarget(QueryTree.Join a, QueryTree.Join b) {
        return a.target() instanceof dev.athanor.core.query.tree.Expr.Path pa
                && b.target() instanceof dev.athanor.core.query.tree.Expr.Path pb
                && pa.qualifier() == null && pb.qualifier() == null
                && pa.names().size() == pb.names().size()
                && pa.names().get(0).equalsIgnoreCase(pb.names().get(0))
                && pa.names().subList(1, pa.names().size()).equals(pb.names().subList(1, pb.names().size()));
    }

    private static IllegalArgumentException refused(String hint, QueryPlan plan, String what, String hintText) {
        return new IllegalArgumentException(ErrorMessage.of(ErrorCode.QUERY_UNSUPPORTED, "hint " + hint + " " + what)
                .detail("query", plan.text()).hint(hintText).render());
    }
}
