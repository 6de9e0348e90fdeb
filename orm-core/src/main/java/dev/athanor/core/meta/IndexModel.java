package dev.athanor.core.meta;

import java.util.List;
import java.util.Objects;

/**
 * An index of an entity's table, as {@code @Table(indexes = @Index(...))} declares it, its
 * {@code columnList} parsed and checked against the entity's columns.
 *
 * @param name the index name, or null when the mapping gives none (schema generation names it)
 * @param columns the indexed columns, in order, spelled as the entity's columns are
 * @param unique whether it is a unique index
 */
public record IndexModel(String name, List<Column> columns, boolean unique) {

    /** One indexed column and its direction ({@code "name DESC"} in a column list). */
    public record Column(String name, boolean descending) {
        public Column {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String toString() {
            return descending ? name + " DESC" : name;
        }
    }

    public IndexModel {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " needs at least one column");
        }
        name = name == null || name.isBlank() ? null : name;
    }

    /** The column names, without direction. */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }
}
