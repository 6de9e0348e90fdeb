package dev.athanor.core.query.compile;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.query.tree.QueryTree;
import dev.athanor.core.sql.ast.Comparison;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.Join;
import java.util.ArrayList;
import java.util.List;

/**
 * Declares the variables of a FROM clause in a scope and builds its tables: roots, joins over to-one
 * and to-many paths (fetch joins included), joins to unrelated entities with ON, and in a subquery a
 * root that is a path from an outer variable ({@code FROM o.lines l}), correlated in its WHERE.
 */
final class FromClause {

    private final ExpressionTranslator x;
    private final Compilation c;

    FromClause(ExpressionTranslator x) {
        this.x = x;
        this.c = x.c;
    }

    /** Declares every root and join of {@code from} in {@code scope}, then translates the ON conditions. */
    void declare(List<QueryTree.From> from, Scope scope) {
        List<Runnable> onConditions = new ArrayList<>();
        for (QueryTree.From root : from) {
            Variable v = root.entity() != null ? entityRoot(root, from.size(), scope) : pathRoot(root, scope);
            for (QueryTree.Join join : root.joins()) {
                Variable joined = join(join, scope);
                if (join.on() != null) {
                    onConditions.add(() -> {
                        scope.translatingOnOf = joined;
                        try {
                            scope.addOn(joined, x.conditions.condition(join.on(), scope));
                        } finally {
                            scope.translatingOnOf = null;
                        }
                    });
                }
            }
            if (v == null) {
                throw new IllegalStateException("no root variable for " + root);
            }
        }
        onConditions.forEach(Runnable::run);
    }

    private Variable entityRoot(QueryTree.From root, int roots, Scope scope) {
        EntityModel entity = c.entity(root.entity(), root.pos());
        if (root.alias() == null && roots > 1) {
            throw c.error(ErrorCode.QUERY_SYNTAX, root.pos(), "The identification variable of " + root.entity()
                    + " may be omitted only when it is the only entity in FROM.", "Name it: FROM " + root.entity() + " "
                    + Character.toLowerCase(root.entity().charAt(0)) + ".");
        }
        String name = root.alias() != null ? root.alias() : "this";
        Variable v = scope.root(name, entity, root.pos());
        if (root.alias() == null) {
            scope.implicitRoot = v;
        }
        Expression restriction = Discriminators.restriction(v, scope);
        if (restriction != null) {
            scope.conditions.add(restriction);
        }
        return v;
    }

    /** {@code FROM o.lines l} in a subquery: the elements of an outer variable's collection. */
    private Variable pathRoot(QueryTree.From root, Scope scope) {
        if (root.alias() == null) {
            throw c.error(ErrorCode.QUERY_SYNTAX, root.pos(), "A path in FROM needs an identification variable.",
                    "Write FROM " + String.join(".", root.path().names()) + " x.");
        }
        PathResolver.Resolved r = x.paths.resolve(root.path(), scope);
        if (r instanceof PathResolver.Collection col) {
            EntityModel element = x.collections.element(col.attribute());
            Variable v = scope.root(root.alias(), element, root.pos());
            var mapping = col.attribute().collection();
            if (mapping.joinTable() == null) {
                scope.conditions.add(Comparison.eq(v.column(mapping.foreignKey().name(), scope), col.owner().column(
                        x.collections.idColumn(col.owner().entity, root.pos()), scope)));
                if (mapping.ordered()) {
                    v.position = v.column(mapping.orderColumn().name(), scope);
                }
            } else {
                scope.conditions.add(new dev.athanor.core.sql.ast.InSubquery(v.column(x.collections.idColumn(element,
                        root.pos()), scope), x.collections.linked(scope, col, root.pos(), id -> id, null), false));
            }
            return v;
        }
        if (r instanceof PathResolver.ToOne t) {
            EntityModel target = c.entity(t.attribute().joinColumn().targetEntity());
            Variable v = scope.root(root.alias(), target, root.pos());
            scope.conditions.add(Comparison.eq(v.column(t.attribute().joinColumn().referencedColumnName(), scope),
                    t.owner().column(t.attribute().joinColumn().name(), scope)));
            return v;
        }
        throw c.error(ErrorCode.QUERY_SYNTAX, root.pos(), "A path in FROM must lead to an association of an outer"
                + " variable.", null);
    }

    private Variable join(QueryTree.Join join, Scope scope) {
        return join(join, scope, null);
    }

    /** A join; {@code treatAs}, when not null, the subclass a {@code JOIN TREAT(path AS Sub)} restricts the targets to. */
    private Variable join(QueryTree.Join join, Scope scope, EntityModel treatAs) {
        Join.Type type = join.type() == QueryTree.JoinType.LEFT ? Join.Type.LEFT : Join.Type.INNER;
        String name = join.alias();
        if (join.entity() != null) {
            EntityModel entity = c.entity(join.entity(), join.pos());
            if (join.fetch()) {
                throw c.error(ErrorCode.QUERY_SYNTAX, join.pos(), "JOIN FETCH follows an association, not an entity"
                        + " name.", null);
            }
            if (join.on() == null) {
                throw c.error(ErrorCode.QUERY_SYNTAX, join.pos(), "A join to the entity " + entity.name()
                        + " needs an ON condition.", null);
            }
            Variable v = scope.join(name, entity, join.pos(), null, null, false, type, alias -> Scope.PENDING_ON);
            Expression restriction = Discriminators.restriction(v, scope);
            if (restriction != null) {
                scope.addOn(v, restriction);
            }
            return v;
        }
        Expr target = join.target();
        if (target instanceof Expr.Treat treat) {
            EntityModel wanted = c.entity(treat.entityName(), treat.pos());
            if (join.fetch()) {
                throw c.error(ErrorCode.QUERY_UNSUPPORTED, treat.pos(), "JOIN FETCH TREAT(... AS " + wanted.name()
                        + "): a fetch join fills the association, which would then hold only its " + wanted.name()
                        + " targets.", "Fetch the association without TREAT, and JOIN TREAT(...) it a second time"
                        + " to filter.");
            }
            Variable v = join(new QueryTree.Join(join.pos(), join.type(), join.fetch(), treat.path(), null, name,
                    null), scope, wanted);
            Expression restriction = Discriminators.restriction(v, scope);
            if (restriction != null) {
                scope.addOn(v, restriction); // a downcast: only the targets of that class are joined
            }
            return v;
        }
        if (!(target instanceof Expr.Path path)) {
            throw c.error(ErrorCode.QUERY_SYNTAX, target.pos(), "A join follows a path such as o.customer.", null);
        }
        c.markReferences = false;
        PathResolver.Resolved r;
        try {
            r = x.paths.resolve(path, scope);
        } finally {
            c.markReferences = true;
        }
        if (r instanceof PathResolver.Collection col) {
            if (name == null && !join.fetch()) {
                throw c.error(ErrorCode.QUERY_SYNTAX, join.pos(), "A join needs an identification variable.", null);
            }
            EntityModel element = x.collections.element(col.attribute());
            return x.collections.join(scope, col.owner(), col.attribute(), name, join.pos(), join.fetch(), type,
                    treated(element, treatAs, join.pos()));
        }
        if (r instanceof PathResolver.ToOne t) {
            EntityModel target2 = treated(c.entity(t.attribute().joinColumn().targetEntity()), treatAs, join.pos());
            String fk = t.attribute().joinColumn().name();
            String referenced = t.attribute().joinColumn().referencedColumnName();
            return scope.join(name, target2, join.pos(), t.owner(), t.attribute(), join.fetch(), type,
                    alias -> Comparison.eq(ColumnRef.of(alias, referenced), t.owner().column(fk, scope)));
        }
        throw c.error(ErrorCode.QUERY_SYNTAX, path.pos(), "Only associations are joined; "
                + String.join(".", path.names()) + " is not one.", null);
    }

    /** The entity a join ranges over: the association's, or the subclass a TREAT names (checked to be one). */
    private EntityModel treated(EntityModel declared, EntityModel treatAs, int pos) {
        if (treatAs == null) {
            return declared;
        }
        x.paths.checkTreat(declared, treatAs, pos);
        return treatAs.javaType().isAssignableFrom(declared.javaType()) ? declared : treatAs;
    }
}
