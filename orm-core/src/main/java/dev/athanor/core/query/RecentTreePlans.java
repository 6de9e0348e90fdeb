package dev.athanor.core.query;

import dev.athanor.core.query.tree.QueryTree;
import java.util.List;

/**
 * The plans of the Criteria trees looked up last, one per slot, the slot chosen by the tree's outline
 * (its kind, entities and the sizes of its clauses) rather than by a hash of the whole tree. A Criteria
 * query is built anew on every call, so the plan cache would otherwise hash every node of a new tree on
 * every call; here a call of the same query costs one comparison with the tree kept in its slot. Trees
 * of one outline share a slot: the last one looked up keeps it, and another then costs one comparison
 * more before the plan cache is asked.
 *
 * <p>Safe for concurrent readers and writers without a lock: a slot holds an immutable entry, and a lost
 * write only costs a later lookup a visit to the plan cache. A plan the cache has let go may stay here
 * until its slot is taken; it is still the right plan for its tree.
 */
final class RecentTreePlans {

    private static final int SLOTS = 64; // a power of two

    private record Entry(QueryTree tree, QueryPlan plan) {
    }

    private final Entry[] slots = new Entry[SLOTS];

    /** The plan kept for a tree equal to {@code tree}, or null. */
    QueryPlan get(QueryTree tree) {
        Entry entry = slots[slot(tree)];
        return entry != null && entry.tree().equals(tree) ? entry.plan() : null;
    }

    void put(QueryTree tree, QueryPlan plan) {
        slots[slot(tree)] = new Entry(tree, plan);
    }

    private static int slot(QueryTree tree) {
        int h = outline(tree);
        return (h ^ h >>> 16) & SLOTS - 1;
    }

    /**
     * A hash of what a glance at the tree shows, touching a handful of nodes: equal trees have equal
     * outlines, and trees of different entities or clause sizes mostly differ.
     */
    static int outline(QueryTree tree) {
        if (tree instanceof QueryTree.Select select) {
            return 31 * outline(select.body()) + select.orderBy().size();
        }
        if (tree instanceof QueryTree.Update update) {
            return 37 * update.entity().hashCode() + update.assignments().size();
        }
        QueryTree.Delete delete = (QueryTree.Delete) tree;
        return 41 * delete.entity().hashCode() + (delete.where() == null ? 0 : 1);
    }

    private static int outline(QueryTree.QueryBody body) {
        if (body instanceof QueryTree.SetOperation operation) {
            return 43 * operation.operator().ordinal() + 31 * outline(operation.left()) + outline(operation.right());
        }
        QueryTree.QuerySpec spec = (QueryTree.QuerySpec) body;
        int h = spec.distinct() ? 1 : 0;
        h = 31 * h + spec.select().size();
        List<QueryTree.From> from = spec.from();
        for (QueryTree.From item : from) {
            h = 31 * h + (item.entity() != null ? item.entity().hashCode() : 7);
            h = 31 * h + item.joins().size();
        }
        h = 31 * h + (spec.where() == null ? 0 : spec.where().getClass().hashCode());
        h = 31 * h + spec.groupBy().size();
        return 31 * h + (spec.having() == null ? 0 : 1);
    }
}
