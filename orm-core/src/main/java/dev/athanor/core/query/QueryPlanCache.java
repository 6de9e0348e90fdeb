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
 */
public final class QueryPlanCache {

    private final QueryCompiler compiler;
    private final Map<Object, QueryPlan> plans;
    private final AtomicLong compilations = new AtomicLong();

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
        QueryPlan plan = cached(tree);
        if (plan == null) {
            compilations.incrementAndGet();
            plan = remember(tree, compiler.compile(tree, text.get()));
        }
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
