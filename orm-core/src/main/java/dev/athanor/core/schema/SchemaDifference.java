package dev.athanor.core.schema;

import java.util.Objects;

/**
 * One way the database differs from the mapping, found by {@link SchemaManager#validate()}.
 *
 * @param entity the entity (or the id generator's users) the table belongs to
 * @param table the table
 * @param column the column, or null when the whole table is missing
 * @param expected what the mapping declares, e.g. {@code VARCHAR(100) NOT NULL}
 * @param found what the database has, e.g. {@code VARCHAR NULL}, or {@code missing}
 */
public record SchemaDifference(String entity, String table, String column, String expected, String found) {

    public SchemaDifference {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(found, "found");
    }

    @Override
    public String toString() {
        return entity + ": " + (column == null ? "table " + table : "column " + table + "." + column)
                + ": expected " + expected + ", found " + found;
    }
}
