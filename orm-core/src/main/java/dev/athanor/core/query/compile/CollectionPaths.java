package dev.athanor.core.query.compile;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.CollectionModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.JoinTableModel;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Comparison;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.FunctionCall;
import dev.athanor.core.sql.ast.Join;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.ast.Select;
import dev.athanor.core.sql.ast.TableRef;

/**
 * How a collection-valued path becomes SQL: a join of the element table (through the join table when
 * there is one), or a subquery correlated with the owner's row for IS EMPTY, MEMBER OF and SIZE.
 */
final class CollectionPaths {

    private final Compilation c;

    CollectionPaths(Compilation c) {
        this.c = c;
    }

    EntityModel element(AttributeModel collection) {
        return c.entity(collection.collection().elementEntity());
    }

    /** {@code JOIN owner.collection name}: the element table, joined through the join table if any. */
    Variable join(Scope scope, Variable owner, AttributeModel attribute, String name, int pos, boolean fetch,
            Join.Type type) {
        return join(scope, owner, attribute, name, pos, fetch, type, element(attribute));
    }

    /** As above, the joined variable ranging over {@code element}: the collection's, or a subclass a TREAT names. */
    Variable join(Scope scope, Variable owner, AttributeModel attribute, String name, int pos, boolean fetch,
            Join.Type type, EntityModel element) {
        CollectionModel mapping = attribute.collection();
        Expression ownerId = ownerColumn(owner, scope, pos);
        if (mapping.joinTable() == null) {
            Variable v = scope.join(name, element, pos, owner, attribute, fetch, type,
                    alias -> Comparison.eq(ColumnRef.of(alias, mapping.foreignKey().name()), ownerId));
            if (mapping.ordered()) {
                v.position = ColumnRef.of(v.alias, mapping.orderColumn().name());
            }
            return v;
        }
        JoinTableModel table = mapping.joinTable();
        String link = c.newAlias(table.name());
        Join linkJoin = new Join(type, TableRef.of(table.name(), link),
                Comparison.eq(ColumnRef.of(link, table.ownerColumn().name()), ownerId));
        Variable v = scope.join(name, element, pos, owner, attribute, fetch, type,
                alias -> Comparison.eq(ColumnRef.of(alias, table.elementReferencedColumn()),
                        ColumnRef.of(link, table.elementColumn().name())));
        scope.insertBefore(v, linkJoin);
        if (mapping.ordered()) {
            v.position = ColumnRef.of(link, mapping.orderColumn().name());
        }
        return v;
    }

    /**
     * {@code SELECT item FROM <rows linking owner and its elements> WHERE <they belong to the owner>};
     * {@code item} is given the element id expression (the join table's element column, or the element's id).
     */
    Select linked(Scope scope, PathResolver.Collection path, int pos, java.util.function.Function<Expression,
            Expression> item, Expression elementIdEquals) {
        CollectionModel mapping = path.attribute().collection();
        Expression ownerId = ownerColumn(path.owner(), scope, pos);
        String alias;
        String table;
        Expression belongs;
        Expression elementId;
        if (mapping.joinTable() != null) {
            JoinTableModel jt = mapping.joinTable();
            table = jt.name();
            alias = c.newAlias(table);
            belongs = Comparison.eq(ColumnRef.of(alias, jt.ownerColumn().name()), ownerId);
            elementId = ColumnRef.of(alias, jt.elementColumn().name());
        } else {
            EntityModel element = element(path.attribute());
            table = element.tableName();
            alias = c.newAlias(element.name());
            belongs = Comparison.eq(ColumnRef.of(alias, mapping.foreignKey().name()), ownerId);
            elementId = ColumnRef.of(alias, idColumn(element, pos));
        }
        c.table(table);
        Expression where = elementIdEquals == null ? belongs
                : Conditions.and(belongs, Comparison.eq(elementId, elementIdEquals));
        return Select.of(TableRef.of(table, alias), item.apply(elementId)).withWhere(where);
    }

    /** {@code SIZE(path)}: the number of elements, as a correlated COUNT. */
    Expression size(Scope scope, PathResolver.Collection path, int pos) {
        return new dev.athanor.core.sql.ast.Subquery(linked(scope, path, pos, id -> FunctionCall.countAll(), null));
    }

    /** {@code EXISTS (SELECT 1 ...)} of the owner's elements, optionally only the one with id {@code elementId}. */
    Expression exists(Scope scope, PathResolver.Collection path, int pos, Expression elementId) {
        return new dev.athanor.core.sql.ast.Exists(linked(scope, path, pos, id -> Literal.of(1), elementId));
    }

    private Expression ownerColumn(Variable owner, Scope scope, int pos) {
        return owner.column(idColumn(owner.entity, pos), scope);
    }

    /** The single id column of {@code entity}; composite ids are refused where one column is needed. */
    String idColumn(EntityModel entity, int pos) {
        if (entity.idAttributes().size() != 1 || entity.idAttributes().get(0).columns().size() != 1) {
            throw c.error(ErrorCode.QUERY_UNSUPPORTED, pos, entity.name() + " has a composite id, which this"
                    + " construct compares as one value.", "Compare the id's attributes one by one.");
        }
        return entity.idAttributes().get(0).columns().get(0).name();
    }
}
