package dev.athanor.core.meta.build;

import dev.athanor.core.meta.CheckModel;
import dev.athanor.core.meta.ColumnModel;
import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import java.util.Arrays;
import java.util.List;

/**
 * Applies {@code @Column} and {@code @AttributeOverride} to one basic attribute: the name
 * defaults to the attribute's, the rest to the annotation's defaults, JPA 3.2's {@code options},
 * {@code comment}, {@code check} and {@code secondPrecision} included.
 */
final class ColumnFactory {

    private ColumnFactory() {
    }

    /**
     * The column of a basic attribute.
     *
     * @param declared the attribute's own {@code @Column}, or null
     * @param override the column an enclosing {@code @AttributeOverride} gives it, which wins; or null
     * @param notNull whether the attribute cannot hold null (an id, a primitive, {@code optional = false})
     */
    static ColumnModel basic(String name, Column declared, Column override, String table, Class<?> javaType,
            boolean notNull) {
        Column column = override != null ? override : declared;
        if (column == null) {
            return new ColumnModel(name, table, !notNull, false, ColumnModel.DEFAULT_LENGTH, 0, 0, true, true, null,
                    javaType, null, null, List.of(), ColumnModel.DEFAULT_SECOND_PRECISION);
        }
        return new ColumnModel(column.name().isEmpty() ? name : column.name(), table, column.nullable() && !notNull,
                column.unique(), column.length(), column.precision(), column.scale(), column.insertable(),
                column.updatable(), column.columnDefinition().isEmpty() ? null : column.columnDefinition(), javaType,
                column.options(), column.comment(), checks(column.check()),
                Math.max(column.secondPrecision(), ColumnModel.DEFAULT_SECOND_PRECISION));
    }

    /** {@code @CheckConstraint}s as the model keeps them; an empty name lets schema generation name it. */
    static List<CheckModel> checks(CheckConstraint[] declared) {
        return Arrays.stream(declared).filter(c -> !c.constraint().isBlank()).map(c -> new CheckModel(c.name(), c.constraint())).toList();
    }
}
