package dev.athanor.core.meta.build;

import dev.athanor.core.meta.ColumnModel;
import jakarta.persistence.Column;
import java.util.Map;

/**
 * Applies {@code @Column} and {@code @AttributeOverride} to one basic attribute: the name
 * defaults to the attribute's, the rest to the annotation's defaults.
 */
final class ColumnFactory {

    private ColumnFactory() {
    }

    /**
     * The column of a basic attribute.
     *
     * @param declared the attribute's own {@code @Column}, or null
     * @param overrides {@code @AttributeOverride} columns by attribute name; one for {@code name} wins
     * @param notNull whether the attribute cannot hold null (an id, a primitive, {@code optional = false})
     */
    static ColumnModel basic(String name, Column declared, Map<String, Column> overrides, String table,
            Class<?> javaType, boolean notNull) {
        Column column = overrides.getOrDefault(name, declared);
        if (column == null) {
            return new ColumnModel(name, table, !notNull, false, ColumnModel.DEFAULT_LENGTH, 0, 0, true, true, null,
                    javaType);
        }
        return new ColumnModel(column.name().isEmpty() ? name : column.name(), table, column.nullable() && !notNull,
                column.unique(), column.length(), column.precision(), column.scale(), column.insertable(),
                column.updatable(), column.columnDefinition().isEmpty() ? null : column.columnDefinition(), javaType);
    }
}
