package dev.athanor.core.query.compile;

import dev.athanor.core.meta.Metadata;
import dev.athanor.core.query.EntitySelection;
import dev.athanor.core.query.QueryPlan;
import dev.athanor.core.query.tree.QueryTree;

/**
 * The compiler's entry: one statement of any kind to its {@link QueryPlan}, with fresh compilation state
 * (parameters, aliases, tables) for each call.
 */
public final class PlanBuilder {

    private PlanBuilder() {
    }

    /** Compiles {@code tree}; {@code text} is the JPQL (or a rendering of a Criteria tree) for messages. */
    public static QueryPlan compile(Metadata metadata, EntitySelection selection, QueryTree tree, String text) {
        Compilation c = new Compilation(metadata, selection, text);
        SelectTranslator selects = new SelectTranslator(c);
        if (tree instanceof QueryTree.Select select) {
            return selects.select(select);
        }
        UpdateDeleteTranslator bulk = new UpdateDeleteTranslator(c, selects);
        return tree instanceof QueryTree.Update update ? bulk.update(update) : bulk.delete((QueryTree.Delete) tree);
    }
}
