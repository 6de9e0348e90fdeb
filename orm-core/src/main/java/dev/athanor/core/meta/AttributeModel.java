package dev.athanor.core.meta;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One persistent attribute of an entity or embeddable, frozen.
 *
 * <p>{@code index} is the attribute's position in its owner's {@code attributes()} list, from 0;
 * the enhancement agent addresses dirty and loaded bits by it. The attributes of an embedded
 * value are numbered within the embeddable.
 *
 * @param index 0-based position among the owner's attributes
 * @param name the attribute name (field name, or property name under property access)
 * @param javaType the declared Java type
 * @param kind basic, embedded, a to-one or a to-many association
 * @param declaringClass the class that declares the field or getter (a mapped superclass for inherited ones)
 * @param access whether it is read through its field or its getter and setter
 * @param accessor reads and writes the value on an instance
 * @param id whether it is (part of) the entity's id
 * @param version whether it is the entity's {@code @Version}
 * @param columns its columns: one for a basic attribute or a to-one (the foreign key), those of
 *     its embedded attributes, overrides applied, for an embedded one; none for a to-many, which has
 *     no column in its owner's table
 * @param optional whether null is allowed ({@code @Basic(optional)}, {@code @ManyToOne(optional)});
 *     never for primitives and ids
 * @param insertable whether INSERT writes it (false if none of its columns is insertable)
 * @param updatable whether UPDATE writes it (false if none of its columns is updatable)
 * @param fetch when its value is loaded
 * @param value how a basic value is stored; {@link ValueMapping#PLAIN} for other kinds
 * @param embeddable the embeddable's model, for an embedded attribute; null otherwise
 * @param embeddedAttributes the embedded value's attributes with this embedding's column overrides;
 *     empty unless embedded
 * @param joinColumn the foreign key, for a to-one; null otherwise
 * @param cascade the operations cascaded over an association; empty otherwise
 * @param collection the mapping of a to-many; null otherwise
 */
public record AttributeModel(int index, String name, Class<?> javaType, Kind kind, Class<?> declaringClass,
        AccessKind access, AttributeAccess accessor, boolean id, boolean version, List<ColumnModel> columns,
        boolean optional, boolean insertable, boolean updatable, Fetch fetch, ValueMapping value,
        EmbeddableModel embeddable, List<AttributeModel> embeddedAttributes, JoinColumnModel joinColumn,
        Set<Cascade> cascade, CollectionModel collection) {

    /** What an attribute maps to. */
    public enum Kind {
        BASIC, EMBEDDED, MANY_TO_ONE, ONE_TO_ONE, ONE_TO_MANY, MANY_TO_MANY;

        /** Whether it is a single-valued association to another entity. */
        public boolean toOne() {
            return this == MANY_TO_ONE || this == ONE_TO_ONE;
        }

        /** Whether it is a collection of entities. */
        public boolean toMany() {
            return this == ONE_TO_MANY || this == MANY_TO_MANY;
        }
    }

    /** How the value is read and written: the field, or the getter and setter. */
    public enum AccessKind {
        FIELD, PROPERTY
    }

    /** When the value is loaded. */
    public enum Fetch {
        EAGER, LAZY
    }

    /** The entity operations cascaded over an association. */
    public enum Cascade {
        PERSIST, MERGE, REMOVE, REFRESH, DETACH
    }

    /** An attribute that is not a to-many: the components above without {@code collection}. */
    public AttributeModel(int index, String name, Class<?> javaType, Kind kind, Class<?> declaringClass,
            AccessKind access, AttributeAccess accessor, boolean id, boolean version, List<ColumnModel> columns,
            boolean optional, boolean insertable, boolean updatable, Fetch fetch, ValueMapping value,
            EmbeddableModel embeddable, List<AttributeModel> embeddedAttributes, JoinColumnModel joinColumn,
            Set<Cascade> cascade) {
        this(index, name, javaType, kind, declaringClass, access, accessor, id, version, columns, optional, insertable,
                updatable, fetch, value, embeddable, embeddedAttributes, joinColumn, cascade, null);
    }

    public AttributeModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(javaType, "javaType");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(declaringClass, "declaringClass");
        Objects.requireNonNull(accessor, "accessor");
        Objects.requireNonNull(fetch, "fetch");
        Objects.requireNonNull(value, "value");
        columns = List.copyOf(columns);
        embeddedAttributes = List.copyOf(embeddedAttributes);
        cascade = cascade.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(cascade));
        if (kind == Kind.EMBEDDED && embeddable == null) {
            throw new IllegalArgumentException(name + ": an embedded attribute needs its embeddable");
        }
        if (kind.toOne() && joinColumn == null) {
            throw new IllegalArgumentException(name + ": a to-one attribute needs its join column");
        }
        if (kind.toMany() != (collection != null)) {
            throw new IllegalArgumentException(name + ": a to-many attribute, and only one, has a collection mapping");
        }
        if (kind.toMany() && !columns.isEmpty()) {
            throw new IllegalArgumentException(name + ": a to-many attribute has no column in its owner's table");
        }
    }

    /** The attribute's value in {@code instance}. */
    public Object get(Object instance) {
        return accessor.get(instance);
    }

    /**
     * Sets the attribute's value in {@code instance}. Never needed, and refused, for an attribute of
     * a record embeddable: build the whole value with {@link EmbeddableModel#instantiate} instead.
     */
    public void set(Object instance, Object newValue) {
        accessor.set(instance, newValue);
    }

    /** The single column of a basic or to-one attribute. */
    public ColumnModel column() {
        if (columns.size() != 1) {
            throw new IllegalStateException(name + " is mapped to " + columns.size() + " columns, not one");
        }
        return columns.get(0);
    }

    /** How an enum is stored, or null when the attribute is not an enum stored as such. */
    public ValueMapping.EnumStorage enumStorage() {
        return value.enumStorage();
    }

    /** The temporal precision of a {@code java.util} date, or null. */
    public ValueMapping.TemporalKind temporal() {
        return value.temporal();
    }

    /** Whether it is stored as a large object. */
    public boolean lob() {
        return value.lob();
    }

    /** The converter applied, if any. */
    public Optional<ConverterModel> converter() {
        return Optional.ofNullable(value.converter());
    }

    /** The embedded attribute called {@code attributeName}, for an embedded attribute. */
    public Optional<AttributeModel> embeddedAttribute(String attributeName) {
        return embeddedAttributes.stream().filter(a -> a.name().equals(attributeName)).findFirst();
    }

    @Override
    public String toString() {
        return declaringClass.getSimpleName() + "." + name + "#" + index + " " + kind + " " + columns;
    }
}
