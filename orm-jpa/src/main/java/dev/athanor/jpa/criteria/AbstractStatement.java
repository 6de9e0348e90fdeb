package dev.athanor.jpa.criteria;

import dev.athanor.core.query.tree.QueryTree;
import jakarta.persistence.criteria.ParameterExpression;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plumbing every top-level Criteria statement shares: each call builds the tree afresh from the
 * current state in a new {@link TreeContext}, so parameter names depend on the statement alone. A
 * subclass says only how its tree is built.
 */
abstract class AbstractStatement implements CriteriaStatement {

    /** The statement's tree, its parameters named in {@code context}. */
    abstract QueryTree tree(TreeContext context);

    @Override
    public final Snapshot snapshot() {
        TreeContext context = new TreeContext();
        QueryTree tree = tree(context);
        List<AthanorParameterExpression<?>> parameters = context.finish();
        return new Snapshot(tree, parameters, context.values());
    }

    @Override
    public final QueryTree tree() {
        return snapshot().tree();
    }

    @Override
    public final List<AthanorParameterExpression<?>> parameters() {
        return snapshot().parameters();
    }

    @Override
    public final Map<String, Object> implicitValues() {
        return snapshot().implicitValues();
    }

    @Override
    public final String describe() {
        return JpqlText.statement(tree());
    }

    /** The parameters the statement uses, in the order they first appear in it. */
    public Set<ParameterExpression<?>> getParameters() {
        return new LinkedHashSet<>(parameters());
    }

    @Override
    public String toString() {
        return describe();
    }
}
