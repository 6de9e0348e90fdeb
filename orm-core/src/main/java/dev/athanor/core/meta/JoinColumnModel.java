package dev.athanor.core.meta;

import java.util.Objects;

/**
 * The foreign key on the owning side of a to-one association: which entity it points to, the
 * column holding the key and the column of the referenced table it holds.
 *
 * @param targetEntity the referenced entity class
 * @param column the foreign key column; its Java type is the referenced id's
 * @param referencedColumnName the referenced table's column, by default the target's id column
 */
public record JoinColumnModel(Class<?> targetEntity, ColumnModel column, String referencedColumnName) {

    public JoinColumnModel {
        Objects.requireNonNull(targetEntity, "targetEntity");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(referencedColumnName, "referencedColumnName");
    }

    /** The foreign key column's name. */
    public String name() {
        return column.name();
    }
}
