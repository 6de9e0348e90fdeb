package dev.athanor.core.meta.build;

import dev.athanor.core.meta.AttributeAccess;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.AttributeModel.Cascade;
import dev.athanor.core.meta.AttributeModel.Fetch;
import dev.athanor.core.meta.AttributeModel.Kind;
import dev.athanor.core.meta.CollectionModel;
import dev.athanor.core.meta.ColumnModel;
import dev.athanor.core.meta.EmbeddableModel;
import dev.athanor.core.meta.JoinColumnModel;
import dev.athanor.core.meta.ValueMapping;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An attribute while the metadata is being read: mutable, because a to-one's foreign key can
 * only be typed once every entity's id is known. {@link #freeze(int)} makes the model.
 */
final class AttributeDraft {

    final PersistentMember member;
    final Kind kind;
    final AttributeAccess accessor;
    boolean id;
    boolean version;
    boolean optional = true;
    Fetch fetch = Fetch.EAGER;
    ValueMapping value = ValueMapping.PLAIN;
    final List<ColumnModel> columns = new ArrayList<>();
    EmbeddableModel embeddable;
    final List<AttributeDraft> embedded = new ArrayList<>();
    Set<Cascade> cascade = EnumSet.noneOf(Cascade.class);
    /** For a to-one: what {@code @JoinColumn} says, until the target's id is known. */
    JoinColumnSpec joinColumnSpec;
    /** For a to-one, once resolved. */
    JoinColumnModel joinColumn;
    /** For a to-many: what its annotations say, until both entities are known. */
    ToManySpec toManySpec;
    /** For a to-many: its {@code @OrderColumn}, or null. */
    OrderColumn orderColumn;
    /** For a to-many, once resolved. */
    CollectionModel collection;

    /**
     * A to-many as declared: its element entity, container, {@code mappedBy} (empty on the owning
     * side), {@code @JoinColumn} and {@code @JoinTable} (null when absent) and {@code @OrderBy}
     * (null when absent, empty for "by id"); for a {@code Map}, {@code @MapKey}'s name (empty for the
     * element's id) and the declared key class (null when raw), both null for the other containers.
     */
    record ToManySpec(Class<?> target, CollectionModel.Container container, String mappedBy, boolean orphanRemoval,
            JoinColumn joinColumn, JoinTable joinTable, String orderBy, String mapKey, Class<?> declaredKeyType) {
    }

    /** A to-one's {@code @JoinColumn} as declared; empty names mean the defaults. */
    record JoinColumnSpec(Class<?> target, String table, String name, String referencedColumnName, boolean nullable,
            boolean unique, boolean insertable, boolean updatable, String columnDefinition, String options,
            String comment) {

        /** The same join column under another name (an XML mapping's override). */
        JoinColumnSpec withName(String newName) {
            return new JoinColumnSpec(target, table, newName, referencedColumnName, nullable, unique, insertable,
                    updatable, columnDefinition, options, comment);
        }
    }

    AttributeDraft(PersistentMember member, Kind kind, AttributeAccess accessor) {
        this.member = member;
        this.kind = kind;
        this.accessor = accessor;
    }

    String name() {
        return member.name();
    }

    /** The columns as they will be frozen: a to-one's foreign key once it is resolved. */
    List<ColumnModel> columns() {
        if (kind.toOne()) {
            return joinColumn == null ? List.of() : List.of(joinColumn.column());
        }
        if (kind == Kind.EMBEDDED) {
            return embedded.stream().flatMap(child -> child.columns().stream()).toList();
        }
        return columns;
    }

    AttributeModel freeze(int index) {
        List<ColumnModel> frozenColumns = columns();
        List<AttributeModel> children = freezeAll(embedded);
        boolean insertable = frozenColumns.stream().anyMatch(ColumnModel::insertable);
        boolean updatable = frozenColumns.stream().anyMatch(ColumnModel::updatable);
        return new AttributeModel(index, member.name(), member.type(), kind, member.declaringClass(), member.access(),
                accessor, id, version, frozenColumns, optional && !id && !member.type().isPrimitive(), insertable,
                updatable, fetch, value, embeddable, children, joinColumn, cascade, collection);
    }

    /** Freezes drafts in their order, numbering them from 0. */
    static List<AttributeModel> freezeAll(List<AttributeDraft> drafts) {
        List<AttributeModel> models = new ArrayList<>(drafts.size());
        for (AttributeDraft draft : drafts) {
            models.add(draft.freeze(models.size()));
        }
        return models;
    }
}
