package dev.athanor.core.query.compile;

import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.sql.ast.Expression;
import java.util.List;

/**
 * A translated value with what the compiler knows of it: its Java type, the attribute whose column it
 * is (so that parameters and results convert as that attribute), and for an entity-valued expression
 * the entity (its SQL is then the id column). An embedded value has several columns and no single SQL.
 *
 * @param sql the SQL expression; null for an embedded value
 * @param type the boxed Java type, {@code Object.class} when unknown (a parameter without context, NULL)
 * @param attribute the attribute whose column {@code sql} is, or null
 * @param entity for an entity-valued expression, its entity; else null
 * @param columns the columns of an embedded value; else empty
 */
record Typed(Expression sql, Class<?> type, AttributeModel attribute, EntityModel entity, List<Expression> columns) {

    Typed {
        columns = List.copyOf(columns);
    }

    static Typed value(Expression sql, Class<?> type) {
        return new Typed(sql, Types.box(type), null, null, List.of());
    }

    static Typed attribute(Expression sql, AttributeModel attribute) {
        return new Typed(sql, Types.box(attribute.javaType()), attribute, null, List.of());
    }

    static Typed entity(Expression idColumn, EntityModel entity) {
        return new Typed(idColumn, entity.javaType(), null, entity, List.of());
    }

    static Typed embedded(List<Expression> columns, AttributeModel attribute) {
        return new Typed(null, attribute.javaType(), attribute, null, columns);
    }

    boolean isEntity() {
        return entity != null;
    }

    boolean isEmbedded() {
        return sql == null;
    }

    /** The same value seen only for its type: arithmetic with a parameter gives it the type, not the conversion. */
    Typed typeOnly() {
        return new Typed(sql, type, null, null, columns);
    }

    /** How a message names this type. */
    String describe() {
        return entity != null ? "entity " + entity.name() : type == Object.class ? "unknown" : type.getSimpleName();
    }
}
