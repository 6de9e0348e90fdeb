package dev.athanor.core.query.compile;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.query.QueryPlan;
import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.query.tree.QueryTree;
import dev.athanor.core.sql.ast.Assignment;
import dev.athanor.core.sql.ast.Delete;
import dev.athanor.core.sql.ast.Exists;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.Join;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.Select;
import dev.athanor.core.sql.ast.SelectItem;
import dev.athanor.core.sql.ast.Statement;
import dev.athanor.core.sql.ast.Subquery;
import dev.athanor.core.sql.ast.Update;
import java.util.ArrayList;
import java.util.List;

/**
 * Bulk UPDATE and DELETE on one entity's table: columns bare in the statement (qualified by the table
 * name inside subqueries), SET of basic, embedded and to-one attributes (an entity value sets the
 * foreign key to its id). Version columns are left as they are and nothing cascades: join rows of a
 * deleted owner are left to the database's foreign keys, as the specification says.
 *
 * <p>The statement changes one table, so a path that navigates a to-one association
 * ({@code o.customer.name}) cannot join in it. Such a WHERE becomes {@code EXISTS (SELECT 1 FROM
 * <the joined tables> WHERE <they belong to the row> AND <the condition>)}, which keeps exactly the
 * rows the same SELECT with its inner joins would return; such a SET value becomes the scalar subquery
 * {@code (SELECT <value> FROM <the joined tables> WHERE <they belong to the row>)}. Neither reads the
 * changed table in its own FROM, which MySQL refuses.
 */
final class UpdateDeleteTranslator {

    private final Compilation c;
    private final SelectTranslator selects;

    UpdateDeleteTranslator(Compilation c, SelectTranslator selects) {
        this.c = c;
        this.selects = selects;
    }

    QueryPlan update(QueryTree.Update u) {
        Scope scope = root(c, u.entity(), u.alias(), u.pos());
        Variable v = scope.firstRoot();
        List<Assignment> assignments = new ArrayList<>();
        for (QueryTree.Assignment a : u.assignments()) {
            Expr.Path target = a.target();
            PathResolver.Resolved r = selects.x.paths.resolve(target, scope);
            AttributeModel attribute;
            Typed column;
            if (r instanceof PathResolver.Basic b) {
                attribute = b.attribute();
                column = Typed.attribute(b.column(), attribute);
            } else if (r instanceof PathResolver.ToOne t) {
                attribute = t.attribute();
                column = selects.x.resolved(t, target.pos(), scope, null);
            } else {
                throw c.error(ErrorCode.QUERY_SYNTAX, a.pos(), "SET assigns a basic attribute, an attribute of an"
                        + " embedded value or a to-one association; " + String.join(".", target.names())
                        + " is none of these.", null);
            }
            if (attribute.version() || attribute.id()) {
                throw c.error(ErrorCode.QUERY_UNSUPPORTED, a.pos(), "SET of the " + (attribute.id() ? "id" : "@Version")
                        + " attribute " + attribute.name() + ".", "Leave ids and versions to Athanor.");
            }
            Typed value = value(a.value(), scope, column);
            if (!(a.value() instanceof Expr.Literal l && l.value() == null)) {
                selects.x.conditions.checkComparable(column, selects.x.scalar(value, a.value()), a.value().pos());
            }
            String name = attribute.kind().toOne() ? attribute.joinColumn().name() : attribute.column().name();
            if (assignments.stream().anyMatch(earlier -> earlier.column().equals(name))) {
                throw c.error(ErrorCode.QUERY_SYNTAX, a.pos(), "SET assigns " + String.join(".", target.names())
                        + " twice.", "Assign each attribute once.");
            }
            assignments.add(Assignment.of(name, value.sql()));
        }
        Expression where = Conditions.and(condition(u.where(), scope), Discriminators.restriction(v, scope));
        return plan(QueryPlan.Kind.UPDATE, new Update(v.entity.tableName(), assignments, where));
    }

    QueryPlan delete(QueryTree.Delete d) {
        Scope scope = root(c, d.entity(), d.alias(), d.pos());
        Expression where = Conditions.and(condition(d.where(), scope),
                Discriminators.restriction(scope.firstRoot(), scope));
        return plan(QueryPlan.Kind.DELETE, new Delete(scope.firstRoot().entity.tableName(), where));
    }

    private static Scope root(Compilation compilation, String entityName, String alias, int pos) {
        Scope scope = new Scope(compilation, null, true);
        Variable v = scope.root(alias != null ? alias : "this", compilation.entity(entityName, pos), pos);
        if (alias == null) {
            scope.implicitRoot = v;
        }
        return scope;
    }

    /** The WHERE condition, as an EXISTS over the joined tables when a path in it joins. */
    private Expression condition(Expr where, Scope statement) {
        if (where == null) {
            return null;
        }
        if (!joins(where, statement, true, null)) {
            return selects.x.conditions.condition(where, statement);
        }
        Scope joined = new Scope(c, statement, false);
        Expression condition = selects.x.conditions.condition(where, joined);
        return new Exists(correlated(joined, Literal.of(1), condition));
    }

    /** A SET value, as a scalar subquery over the joined tables when a path in it joins. */
    private Typed value(Expr value, Scope statement, Typed column) {
        if (!joins(value, statement, false, column)) {
            return selects.x.value(value, statement, column);
        }
        Scope joined = new Scope(c, statement, false);
        Typed t = selects.x.scalar(selects.x.value(value, joined, column), value);
        return new Typed(new Subquery(correlated(joined, t.sql(), null)), t.type(), t.attribute(), t.entity(),
                List.of());
    }

    /**
     * Whether {@code e} navigates a to-one association from the statement's row, found by translating it
     * once in a throw-away compilation: the real translation must know before it starts, because inside
     * a subquery the row's columns are qualified by the table name and outside they are bare.
     */
    private boolean joins(Expr e, Scope statement, boolean condition, Typed column) {
        Compilation probe = new Compilation(c.metadata, c.selection, c.text);
        Variable root = statement.firstRoot();
        Scope bulk = root(probe, root.entity.name(), statement.implicitRoot == null ? root.name : null, root.pos);
        Scope scope = new Scope(probe, bulk, false);
        ExpressionTranslator x = new SelectTranslator(probe).x;
        if (condition) {
            x.conditions.condition(e, scope);
        } else {
            x.value(e, scope, column);
        }
        return !scope.joins().isEmpty();
    }

    /**
     * A subquery of the tables {@code joined} brought in for paths from the statement's row: the first
     * join's table is its FROM and that join's condition (the foreign key of the row) its WHERE.
     */
    private static Select correlated(Scope joined, Expression item, Expression condition) {
        List<Scope.Joined> joins = joined.joins();
        Join first = joins.get(0).join();
        List<Join> rest = joins.subList(1, joins.size()).stream().map(Scope.Joined::join).toList();
        return new Select(false, List.of(SelectItem.of(item)), first.table(), rest, Conditions.and(first.on(),
                condition), List.of(), null, List.of(), null, null, null);
    }

    private QueryPlan plan(QueryPlan.Kind kind, Statement statement) {
        return new QueryPlan(kind, c.text, statement, c.parameters.parameters(), c.parameters.slots(), List.of(),
                List.of(), List.of(), List.of(), c.tables, Integer.class, null);
    }
}
