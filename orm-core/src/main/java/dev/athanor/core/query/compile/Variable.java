package dev.athanor.core.query.compile;

import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.sql.ast.ColumnRef;

/**
 * An entity in a query's FROM clause: a root, an explicit join, or a join made for a path such as
 * {@code o.customer.name}. Its columns are read through {@code alias}; in UPDATE and DELETE the
 * root has no alias, so its columns are bare in its own statement and qualified by the table name
 * inside subqueries.
 */
final class Variable {

    final String name;
    final EntityModel entity;
    final String alias;
    final int pos;
    final Scope scope;
    /** The variable this one was joined from, and over which attribute; null for roots and entity joins. */
    final Variable owner;
    final AttributeModel attribute;
    final boolean fetch;
    /**
     * For a join over a list with an order column: that column (of the element's table, or of the join
     * table joined in for it), which {@code INDEX(v)} reads; null otherwise.
     */
    ColumnRef position;
    /** Whether a path outside its own join named it (a fetch join that is also filtered on must stay in paging). */
    boolean referenced;

    Variable(String name, EntityModel entity, String alias, int pos, Scope scope, Variable owner,
            AttributeModel attribute, boolean fetch) {
        this.name = name;
        this.entity = entity;
        this.alias = alias;
        this.pos = pos;
        this.scope = scope;
        this.owner = owner;
        this.attribute = attribute;
        this.fetch = fetch;
    }

    /** {@code column} of this variable's table, as seen from a query of {@code from}. */
    ColumnRef column(String column, Scope from) {
        if (alias != null) {
            return ColumnRef.of(alias, column);
        }
        return from == scope ? ColumnRef.of(column) : ColumnRef.of(entity.tableName(), column);
    }

    /** Whether this variable, and every variable it was joined from, is kept when fetch joins are left out. */
    boolean keptWithoutFetches() {
        for (Variable v = this; v != null; v = v.owner) {
            if (v.fetch && !v.referenced) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return name + " (" + entity.name() + ")";
    }
}
