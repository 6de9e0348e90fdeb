package dev.athanor.core.meta;

import java.util.List;
import java.util.Objects;

/**
 * The mapping of a to-many attribute ({@code @OneToMany} or {@code @ManyToMany}), resolved against
 * both entities: where the rows that link owner and elements live, whether this side writes them,
 * and in which order elements are read.
 *
 * <p>Every to-many is read the same way, through exactly one of {@code foreignKey} (a column of the
 * element's table holding the owner's id: the element's own {@code @ManyToOne} for
 * {@code mappedBy}, or a unidirectional {@code @OneToMany @JoinColumn}) and {@code joinTable} (seen
 * from this side: for the inverse side of a many-to-many, the owning side's table with its columns
 * swapped). Only the owning side ({@code mappedBy == null}) writes.
 *
 * @param container the declared collection interface
 * @param elementEntity the entity class of the elements
 * @param mappedBy the attribute of the element entity that owns the association, or null on the owning side
 * @param joinTable the join table seen from this side, or null when a foreign key links the two
 * @param foreignKey the element table's column referring to the owner, or null when a join table links them
 * @param orderBy {@code @OrderBy}, resolved to columns of the element's table; empty when unordered
 * @param orphanRemoval whether an element taken out of the collection is removed ({@code @OneToMany} only)
 * @param orderColumn {@code @OrderColumn} of a list: the column holding each element's 0-based position,
 *     in the join table when there is one and in the element's table otherwise; null when there is none
 * @param mapKey for a {@code Map}: the attribute of the element entity whose value is each element's key
 *     ({@code @MapKey(name)}, the element's id by default); null for the other containers
 * @param mapKeyType for a {@code Map}: the (boxed) Java type of that attribute; null for the other containers
 */
public record CollectionModel(Container container, Class<?> elementEntity, String mappedBy,
        JoinTableModel joinTable, ColumnModel foreignKey, List<Order> orderBy, boolean orphanRemoval,
        ColumnModel orderColumn, String mapKey, Class<?> mapKeyType) {

    /**
     * The collection interface an attribute is declared as. A {@code MAP} is stored as a {@code SET}
     * is: its keys are an attribute of its elements, so only the container differs.
     */
    public enum Container {
        LIST, SET, COLLECTION, MAP
    }

    /** One item of {@code @OrderBy}: an attribute of the element entity, its column, and the direction. */
    public record Order(String attribute, String column, boolean descending) {
        public Order {
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(column, "column");
        }
    }

    /** A to-many that is neither a {@code Map} nor a list with an order column. */
    public CollectionModel(Container container, Class<?> elementEntity, String mappedBy, JoinTableModel joinTable,
            ColumnModel foreignKey, List<Order> orderBy, boolean orphanRemoval) {
        this(container, elementEntity, mappedBy, joinTable, foreignKey, orderBy, orphanRemoval, null, null, null);
    }

    /** A to-many that is not a {@code Map}: a list with its order column, or without (null). */
    public CollectionModel(Container container, Class<?> elementEntity, String mappedBy, JoinTableModel joinTable,
            ColumnModel foreignKey, List<Order> orderBy, boolean orphanRemoval, ColumnModel orderColumn) {
        this(container, elementEntity, mappedBy, joinTable, foreignKey, orderBy, orphanRemoval, orderColumn, null,
                null);
    }

    /** A to-many without an order column: a {@code Map} keyed by {@code mapKey}, or another container (both null). */
    public CollectionModel(Container container, Class<?> elementEntity, String mappedBy, JoinTableModel joinTable,
            ColumnModel foreignKey, List<Order> orderBy, boolean orphanRemoval, String mapKey, Class<?> mapKeyType) {
        this(container, elementEntity, mappedBy, joinTable, foreignKey, orderBy, orphanRemoval, null, mapKey,
                mapKeyType);
    }

    public CollectionModel {
        Objects.requireNonNull(container, "container");
        if ((container == Container.MAP) != (mapKey != null && mapKeyType != null)) {
            throw new IllegalArgumentException("a Map, and only a Map, has a key attribute and its type");
        }
        Objects.requireNonNull(elementEntity, "elementEntity");
        orderBy = List.copyOf(orderBy);
        if ((joinTable == null) == (foreignKey == null)) {
            throw new IllegalArgumentException("a to-many is linked by a join table or by a foreign key, exactly one");
        }
        if (orderColumn != null && (container != Container.LIST || !orderBy.isEmpty())) {
            throw new IllegalArgumentException("an order column belongs to a list without @OrderBy");
        }
    }

    /** Whether the list keeps its order in an {@code @OrderColumn}. */
    public boolean ordered() {
        return orderColumn != null;
    }

    /** Whether the attribute is a {@code java.util.Map} of its elements, keyed by {@link #mapKey()}. */
    public boolean isMap() {
        return container == Container.MAP;
    }

    /** Whether an element is held at most once: a {@code Set}, or a {@code Map}'s values. */
    public boolean distinctElements() {
        return container == Container.SET || container == Container.MAP;
    }

    /** Whether this side writes the association (it has no {@code mappedBy}). */
    public boolean owning() {
        return mappedBy == null;
    }
}
