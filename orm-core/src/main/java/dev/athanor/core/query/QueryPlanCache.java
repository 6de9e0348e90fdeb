package dev.athanor.core.query;

import dev.athanor.core.query.tree.QueryTree;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The plans of one factory, by JPQL string or by Criteria tree: a query is parsed and translated
 * once, and every later {@code createQuery} of the same text reuses its plan (and the SQL rendered
 * for it). Bounded, least recently used first out; safe for concurrent EntityManagers.
 *
 * <p>Criteria trees are looked up in {@link RecentTreePlans} first; a plan found there does not count
 * as a use of the cache's own entry (that would cost the hash of the whole tree it spares).
 */
public final class QueryPlanCache {

    private final QueryCompiler compiler;
    private final Map<Object, QueryPlan> plans;
    private final AtomicLong compilations = new AtomicLong();
    // a Criteria query is built anew on every call: these spare it a hash of its whole tree (see the class)
    private final RecentTreePlans recentTrees = new RecentTreePlans();

    public QueryPlanCache(QueryCompiler compiler, int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("a plan cache holds at least one plan, got " + maxEntries);
        }
        this.compiler = compiler;
        this.plans = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, QueryPlan> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The plan of a JPQL string, compiled on first use; a bad query throws {@link QueryException} each time. */
    public QueryPlan plan(String jpql) {
        QueryPlan plan = cached(jpql);
        if (plan == null) {
            compilations.incrementAndGet();
            plan = remember(jpql, compiler.compile(jpql));
        }
        return plan;
    }

    /** The plan of a tree built by Criteria; {@code text} describes it in messages. */
    public QueryPlan plan(QueryTree tree, String text) {
        return plan(tree, () -> text);
    }

    /**
     * As above, the description made only when the tree is compiled: a plan found in the cache keeps
     * the one it was compiled with, and writing it out again would cost each call as much as the lookup.
     */
    public QueryPlan plan(QueryTree tree, Supplier<String> text) {
        QueryPlan plan = recentTrees.get(tree);
        if (plan != null) {
            return plan;
        }
        plan = cached(tree);
        if (plan == null) {
            compilations.incrementAndGet();
            plan = remember(tree, compiler.compile(tree, text.get()));
        }
        recentTrees.put(tree, plan);
        return plan;
    }

    /** How many plans were compiled (misses), for tests and statistics. */
    public long compilations() {
        return compilations.get();
    }

    public synchronized int size() {
        return plans.size();
    }

    private synchronized QueryPlan cached(Object key) {
        return plans.get(key);
    }

    private synchronized QueryPlan remember(Object key, QueryPlan plan) {
        QueryPlan raced = plans.putIfAbsent(key, plan);
        return raced != null ? raced : plan;
    }
}
