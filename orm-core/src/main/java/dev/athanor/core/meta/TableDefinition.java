package dev.athanor.core.meta;

import java.util.List;

/**
 * What an entity's {@code @Table} says about its table beyond the name: indexes, multi-column
 * unique constraints, table checks, a comment and SQL options. Only schema generation reads it.
 *
 * @param indexes {@code @Table(indexes)}, in declaration order
 * @param uniqueConstraints {@code @Table(uniqueConstraints)}, in declaration order
 * @param checks {@code @Table(check)}; column checks stay on their {@link ColumnModel}
 * @param comment the table comment, or null
 * @param options SQL appended to the CREATE TABLE, or null
 */
public record TableDefinition(List<IndexModel> indexes, List<UniqueConstraintModel> uniqueConstraints,
        List<CheckModel> checks, String comment, String options) {

    /** A table with nothing declared beyond its columns. */
    public static final TableDefinition NONE = new TableDefinition(List.of(), List.of(), List.of(), null, null);

    public TableDefinition {
        indexes = List.copyOf(indexes);
        uniqueConstraints = List.copyOf(uniqueConstraints);
        checks = List.copyOf(checks);
        comment = comment == null || comment.isEmpty() ? null : comment;
        options = options == null || options.isBlank() ? null : options;
    }
}
