package dev.athanor.jpa.criteria;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.query.tree.QueryTree;
import dev.athanor.jpa.metamodel.AthanorMetamodel;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.metamodel.EntityType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The clauses of one query specification, shared by {@code CriteriaQuery} and {@code Subquery}:
 * roots and their joins, the selection, WHERE, GROUP BY, HAVING and DISTINCT, turned into a
 * {@link QueryTree.QuerySpec}.
 */
final class QueryClauses {

    /** Numbers the variables of a whole statement, subqueries included, in creation order. */
    static final class Aliases {
        private static final GeneratedNames NAMES = new GeneratedNames("generatedAlias");

        private int next;

        String next() {
            return NAMES.get(next++);
        }
    }

    private final AthanorMetamodel metamodel;
    private final Aliases aliases;
    private final boolean subquery;
    // sized for the usual single root: a query is built on every call
    private final List<Root<?>> roots = new ArrayList<>(1);
    private final List<AbstractFrom<?, ?>> fromItems = new ArrayList<>(1);
    private Selection<?> selection;
    private AbstractPredicate where;
    private List<AbstractExpression<?>> groupBy = List.of();
    private AbstractPredicate having;
    private boolean distinct;

    QueryClauses(AthanorMetamodel metamodel, Aliases aliases, boolean subquery) {
        this.metamodel = metamodel;
        this.aliases = aliases;
        this.subquery = subquery;
    }

    AthanorMetamodel metamodel() {
        return metamodel;
    }

    Aliases aliases() {
        return aliases;
    }

    String nextAlias() {
        return aliases.next();
    }

    boolean isSubquery() {
        return subquery;
    }

    <X> Root<X> from(EntityType<X> entity) {
        if (entity == null) {
            throw new IllegalArgumentException("from(...) needs an entity type, got null");
        }
        AthanorRoot<X> root = new AthanorRoot<>(this, entity);
        roots.add(root);
        fromItems.add(root);
        return root;
    }

    /** A join from a correlated variable, written as a FROM item of this subquery. */
    void addDerivedItem(AthanorJoin<?, ?> join) {
        fromItems.add(join);
    }

    Set<Root<?>> roots() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(roots));
    }

    /** The only root, for a query that selects nothing explicitly; null when there is not exactly one. */
    Root<?> singleRoot() {
        return roots.size() == 1 ? roots.get(0) : null;
    }

    boolean hasFromItems() {
        return !fromItems.isEmpty();
    }

    Selection<?> selection() {
        return selection;
    }

    void selection(Selection<?> selection) {
        this.selection = selection;
    }

    void where(AbstractPredicate where) {
        this.where = where;
    }

    Predicate where() {
        return where;
    }

    void groupBy(List<? extends Expression<?>> expressions) {
        this.groupBy = List.copyOf(AbstractExpression.nodes(expressions));
    }

    List<Expression<?>> groupBy() {
        return List.copyOf(groupBy);
    }

    void having(AbstractPredicate having) {
        this.having = having;
    }

    Predicate having() {
        return having;
    }

    void distinct(boolean distinct) {
        this.distinct = distinct;
    }

    boolean distinct() {
        return distinct;
    }

    /** The restriction of {@code where(Expression<Boolean>)}: none, or the condition as a predicate. */
    static AbstractPredicate restriction(Expression<Boolean> restriction) {
        return restriction == null ? null : AbstractPredicate.of(restriction);
    }

    /** The restriction of {@code where(Predicate...)}: none, one, or their conjunction. */
    static AbstractPredicate conjunction(List<? extends Expression<Boolean>> restrictions) {
        if (restrictions.isEmpty()) {
            return null;
        }
        if (restrictions.size() == 1) {
            return AbstractPredicate.of(restrictions.get(0));
        }
        return new Junction(Predicate.BooleanOperator.AND, restrictions);
    }

    QueryTree.QuerySpec spec(TreeContext context, String what) {
        if (fromItems.isEmpty()) {
            throw new IllegalStateException(ErrorMessage.of(ErrorCode.QUERY_STATE, "The " + what + " has no root")
                    .hint("Call from(Entity.class) on it before using it").render());
        }
        // clause by clause, in the order JPQL writes them: parameters are numbered in order of appearance
        boolean outer = context.inline(true);
        List<QueryTree.Selection> select = selectTree(context, what);
        context.inline(false);
        List<QueryTree.From> from = fromTree(context);
        Expr restriction = condition(where, context);
        context.inline(true);
        List<Expr> groups = DerivedExpression.trees(groupBy, context);
        context.inline(false);
        Expr groupRestriction = condition(having, context);
        context.inline(outer);
        return new QueryTree.QuerySpec(-1, distinct, select, from, restriction, groups, groupRestriction);
    }

    private List<QueryTree.From> fromTree(TreeContext context) {
        if (fromItems.size() == 1) {
            return List.of(fromItemTree(fromItems.get(0), context));
        }
        List<QueryTree.From> from = new ArrayList<>(fromItems.size());
        for (AbstractFrom<?, ?> item : fromItems) {
            from.add(fromItemTree(item, context));
        }
        return from;
    }

    private static QueryTree.From fromItemTree(AbstractFrom<?, ?> item, TreeContext context) {
        return item instanceof AthanorRoot<?> root
                ? root.fromTree(context)
                : ((AthanorJoin<?, ?>) item).derivedFromTree(context);
    }

    private static Expr condition(AbstractPredicate predicate, TreeContext context) {
        if (predicate == null || predicate instanceof Junction junction && junction.isTautology()) {
            return null;
        }
        return predicate.tree(context);
    }

    private List<QueryTree.Selection> selectTree(TreeContext context, String what) {
        if (selection == null) {
            if (subquery && singleRoot() != null) {
                return List.of(item(singleRoot(), context));
            }
            if (roots.size() > 1 || subquery) {
                throw new IllegalStateException(ErrorMessage.of(ErrorCode.QUERY_STATE, "The " + what
                        + " has several roots and selects none of them").hint("Call select(...) on it").render());
            }
            return List.of();
        }
        if (selection instanceof AthanorCompoundSelection<?> compound
                && compound.kind() != AthanorCompoundSelection.Kind.CONSTRUCT) {
            List<Selection<?>> selected = compound.getCompoundSelectionItems();
            List<QueryTree.Selection> items = new ArrayList<>(selected.size());
            for (Selection<?> item : selected) {
                items.add(item(item, context));
            }
            return items;
        }
        return List.of(item(selection, context));
    }

    /** One SELECT item: an expression with its alias, or a {@code NEW} for a construct. */
    static QueryTree.Selection item(Selection<?> selection, TreeContext context) {
        if (selection instanceof AthanorCompoundSelection<?> construct) {
            List<Selection<?>> items = construct.getCompoundSelectionItems();
            List<Expr> args = new ArrayList<>(items.size());
            for (Selection<?> item : items) {
                args.add(AbstractExpression.node((Expression<?>) item).tree(context));
            }
            return new QueryTree.Selection(-1, new Expr.Constructor(Expr.NO_POSITION,
                    construct.getJavaType().getName(), args), construct.getAlias());
        }
        AbstractExpression<?> node = AbstractExpression.node((Expression<?>) selection);
        return new QueryTree.Selection(-1, node instanceof AbstractPredicate predicate ? asValue(predicate, context)
                : node.tree(context), selection.getAlias());
    }

    /**
     * A predicate selected as a value. JPQL selects no conditions, so it becomes
     * {@code CASE WHEN condition THEN TRUE ELSE FALSE END}.
     */
    private static Expr asValue(AbstractPredicate predicate, TreeContext context) {
        return new Expr.Case(Expr.NO_POSITION, null, List.of(new Expr.When(predicate.tree(context),
                new Expr.Literal(Expr.NO_POSITION, Boolean.TRUE))), new Expr.Literal(Expr.NO_POSITION, Boolean.FALSE));
    }
}
