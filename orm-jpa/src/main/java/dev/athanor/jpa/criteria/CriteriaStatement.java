package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.QueryTree;
import java.util.List;
import java.util.Map;

/**
 * A Criteria statement ready to compile: a {@code CriteriaQuery}, {@code CriteriaUpdate},
 * {@code CriteriaDelete} or a set operation of queries.
 *
 * <p>Criteria objects are mutable, so each call builds a fresh tree from the current state. Trees are
 * deterministic: identification variables are {@code generatedAlias0, 1, ...} in the order roots, joins
 * and fetches were created, and unnamed parameters and the plain values the query was given are
 * {@code param0, 1, ...} in the order they first appear in the statement, so the same Criteria code run
 * twice, with the same or other values, builds equal trees and shares one cached plan.
 */
public interface CriteriaStatement {

    /** The statement's syntax tree, every node at {@code Expr.NO_POSITION}. */
    QueryTree tree();

    /** The statement as JPQL-like text, for messages and logs. */
    String describe();

    /** {@link #describe()} of a statement whose tree is {@code tree}: the text is made from the tree alone. */
    static String describe(QueryTree tree) {
        return JpqlText.statement(tree);
    }

    /**
     * The parameters the statement uses, in the order they first appear; each one's
     * {@link AthanorParameterExpression#treeName()} is the name its {@code Expr.Param} nodes carry.
     */
    List<AthanorParameterExpression<?>> parameters();

    /**
     * The values the statement was given as plain objects ({@code equal(path, value)}, {@code literal},
     * {@code in(values)}...), by the name of the generated parameter standing for each in the tree, in
     * order of appearance. They are bound when a query is made from the statement; they are not among its
     * {@link #parameters()}.
     */
    Map<String, Object> implicitValues();

    /** {@link #tree()}, {@link #parameters()} and {@link #implicitValues()} from one build of the tree. */
    Snapshot snapshot();

    /**
     * One build of a statement.
     *
     * @param tree the syntax tree
     * @param parameters the user's parameter expressions, in order of first appearance
     * @param implicitValues the values bound to generated parameters, by name, in order of appearance
     */
    record Snapshot(QueryTree tree, List<AthanorParameterExpression<?>> parameters,
            Map<String, Object> implicitValues) {
    }
}
