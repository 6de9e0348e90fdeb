package dev.athanor.jpa;

import dev.athanor.core.query.QueryPlan;
import dev.athanor.core.query.tree.QueryTree;
import dev.athanor.core.session.SessionFactory;
import dev.athanor.jpa.criteria.AthanorParameterExpression;
import dev.athanor.jpa.criteria.CriteriaStatement;
import jakarta.persistence.TupleElement;
import java.util.List;
import java.util.Map;

/**
 * What a JPQL or Criteria query was made from, kept so that a named query can be made again from
 * it: the JPQL text, or a snapshot of a Criteria statement's tree with its JPQL-like description,
 * parameter expressions, the values it binds itself, and selections (the elements its tuples are read by).
 *
 * @param jpql the JPQL text, or null for Criteria
 * @param tree the Criteria tree, or null for JPQL
 * @param expressions the Criteria parameter expressions (empty for JPQL)
 * @param implicitValues the values a Criteria statement was given, by generated parameter name (empty for JPQL)
 * @param selections the Criteria selections, or null
 */
record QuerySource(String jpql, QueryTree tree, List<AthanorParameterExpression<?>> expressions,
        Map<String, Object> implicitValues, List<TupleElement<?>> selections) {

    static QuerySource jpql(String jpql) {
        return new QuerySource(jpql, null, List.of(), Map.of(), null);
    }

    /** A snapshot of the statement as it is now: later changes to it do not change this source. */
    static QuerySource criteria(CriteriaStatement statement, List<TupleElement<?>> selections) {
        CriteriaStatement.Snapshot snapshot = statement.snapshot();
        return new QuerySource(null, snapshot.tree(), snapshot.parameters(), snapshot.implicitValues(), selections);
    }

    /** The JPQL, or the description of the Criteria tree, for messages. */
    String text() {
        return jpql != null ? jpql : CriteriaStatement.describe(tree);
    }

    /**
     * The plan, compiled on first use and cached by the factory; QueryException for a bad query. A
     * Criteria tree is described only when it is compiled: a cached plan has its description already.
     */
    QueryPlan plan(SessionFactory sessions) {
        return jpql != null ? sessions.plan(jpql) : sessions.plan(tree, this::text);
    }
}
