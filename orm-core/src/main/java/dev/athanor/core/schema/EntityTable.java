package dev.athanor.core.schema;

import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.sql.ast.CreateIndex;
import dev.athanor.core.sql.ast.CreateTable;
import dev.athanor.core.sql.ast.ForeignKey;
import java.util.List;
import java.util.Objects;

/**
 * An entity's table as schema generation declares it: the CREATE TABLE with its columns, primary
 * key, unique constraints and checks, the foreign keys of its to-one associations, kept apart until
 * the generator has decided whether each goes inside the CREATE TABLE or into an ALTER TABLE after,
 * and its indexes, created after the table (and dropped with it).
 *
 * @param entity the entity mapped to the table
 * @param table the CREATE TABLE, without foreign keys
 * @param foreignKeys one per join column, in attribute order
 * @param indexes {@code @Table(indexes)}, in declaration order
 */
public record EntityTable(EntityModel entity, CreateTable table, List<ForeignKey> foreignKeys,
        List<CreateIndex> indexes) {

    public EntityTable {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(table, "table");
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
    }

    /** The table's name. */
    public String name() {
        return table.table();
    }
}
