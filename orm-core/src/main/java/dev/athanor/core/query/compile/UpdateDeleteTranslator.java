package dev.athanor.core.query.compile;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.query.QueryPlan;
import dev.athanor.core.query.tree.Expr;
import dev.athanor.core.query.tree.QueryTree;
import dev.athanor.core.sql.ast.Assignment;
import dev.athanor.core.sql.ast.Delete;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.Statement;
import dev.athanor.core.sql.ast.Update;
import java.util.ArrayList;
import java.util.List;

/**
 * Bulk UPDATE and DELETE on one entity's table: columns bare in the statement (qualified by the table
 * name inside subqueries), SET of basic, embedded and to-one attributes (an entity value sets the
 * foreign key to its id). Version columns are left as they are and nothing cascades: join rows of a
 * deleted owner are left to the database's foreign keys, as the specification says.
 */
final class UpdateDeleteTranslator {

    private final Compilation c;
    private final SelectTranslator selects;

    UpdateDeleteTranslator(Compilation c, SelectTranslator selects) {
        this.c = c;
        this.selects = selects;
    }

    QueryPlan update(QueryTree.Update u) {
        Scope scope = root(u.entity(), u.alias(), u.pos());
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
            Typed value = selects.x.value(a.value(), scope, column);
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
        Expression where = u.where() == null ? null : selects.x.conditions.condition(u.where(), scope);
        return plan(QueryPlan.Kind.UPDATE, new Update(v.entity.tableName(), assignments, where));
    }

    QueryPlan delete(QueryTree.Delete d) {
        Scope scope = root(d.entity(), d.alias(), d.pos());
        Expression where = d.where() == null ? null : selects.x.conditions.condition(d.where(), scope);
        return plan(QueryPlan.Kind.DELETE, new Delete(scope.firstRoot().entity.tableName(), where));
    }

    private Scope root(String entityName, String alias, int pos) {
        Scope scope = new Scope(c, null, true);
        Variable v = scope.root(alias != null ? alias : "this", c.entity(entityName, pos), pos);
        if (alias == null) {
            scope.implicitRoot = v;
        }
        return scope;
    }

    private QueryPlan plan(QueryPlan.Kind kind, Statement statement) {
        return new QueryPlan(kind, c.text, statement, c.parameters.parameters(), c.parameters.slots(), List.of(),
                List.of(), List.of(), List.of(), c.tables, Integer.class, null);
    }
}
