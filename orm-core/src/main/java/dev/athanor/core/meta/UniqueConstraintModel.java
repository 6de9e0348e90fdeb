package dev.athanor.core.meta;

import java.util.List;

/**
 * A unique constraint over one or more columns of an entity's table, as
 * {@code @Table(uniqueConstraints = @UniqueConstraint(...))} declares it. A column's own
 * {@code @Column(unique = true)} stays on its {@link ColumnModel}.
 *
 * @param name the constraint name, or null when the mapping gives none (schema generation names it)
 * @param columns the constrained columns, in order, spelled as the entity's columns are
 */
public record UniqueConstraintModel(String name, List<String> columns) {

    public UniqueConstraintModel {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("unique constraint " + name + " needs at least one column");
        }
        name = name == null || name.isBlank() ? null : name;
    }
}
