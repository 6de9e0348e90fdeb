package dev.athanor.core.query;

import dev.athanor.core.meta.Metadata;
import dev.athanor.core.query.compile.PlanBuilder;
import dev.athanor.core.query.jpql.JpqlParser;
import dev.athanor.core.query.tree.QueryTree;

/**
 * Checks a JPQL statement against the mapping and translates it into a {@link QueryPlan}: names
 * resolved (with a did-you-mean when one is close), types checked, paths turned into joins, and the
 * SQL tree built. The plan is rendered per dialect when it runs, so compiling needs no connection.
 */
public final class QueryCompiler {

    private final Metadata metadata;
    private final EntitySelection selection;

    public QueryCompiler(Metadata metadata, EntitySelection selection) {
        this.metadata = metadata;
        this.selection = selection;
    }

    /** Parses and compiles; a malformed or ill-typed query throws {@link QueryException}. */
    public QueryPlan compile(String jpql) {
        return compile(JpqlParser.parse(jpql), jpql);
    }

    /** Compiles a tree (built by Criteria); {@code text} describes it in messages and may be null. */
    public QueryPlan compile(QueryTree tree, String text) {
        return PlanBuilder.compile(metadata, selection, tree, text);
    }
}
