package dev.athanor.core.meta;

import java.util.Objects;

/**
 * A join table as one side of a to-many sees it: the column holding that side's (the owner's) id
 * and the column holding the element's id.
 *
 * @param name the table's name
 * @param ownerColumn the column referring to the owner's table; its Java type is the owner's id type
 * @param ownerReferencedColumn the owner's id column it refers to
 * @param elementColumn the column referring to the element's table
 * @param elementReferencedColumn the element's id column it refers to
 */
public record JoinTableModel(String name, ColumnModel ownerColumn, String ownerReferencedColumn,
        ColumnModel elementColumn, String elementReferencedColumn) {

    public JoinTableModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ownerColumn, "ownerColumn");
        Objects.requireNonNull(ownerReferencedColumn, "ownerReferencedColumn");
        Objects.requireNonNull(elementColumn, "elementColumn");
        Objects.requireNonNull(elementReferencedColumn, "elementReferencedColumn");
    }

    /** The same table seen from the other side: the inverse side of a many-to-many reads it so. */
    public JoinTableModel swapped() {
        return new JoinTableModel(name, elementColumn, elementReferencedColumn, ownerColumn, ownerReferencedColumn);
    }
}
