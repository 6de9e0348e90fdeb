package dev.athanor.core.meta;

import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One entity, frozen: its name, class, table, id, version and persistent attributes.
 *
 * <p>Attributes are ordered by declaring class, from the topmost {@code @MappedSuperclass} down
 * to the entity, and by name within a class, so that the order depends neither on reflection
 * nor on the class file, and a mapped superclass's attributes have the same indexes in every
 * entity that extends it (through the same chain).
 */
public final class EntityModel {

    private final String name;
    private final Class<?> javaType;
    private final TableName table;
    private final IdGeneration idGeneration;
    private final Attributes attributes;
    private final List<AttributeModel> ids;
    private final AttributeModel version;
    private final List<Class<?>> supertypes;
    private final AttributeModel.AccessKind access;
    private final Instantiator instantiator;
    private final TableDefinition tableDefinition;
    private final InheritanceModel inheritance;

    /** A table's name, with its schema and catalog when the mapping gives them (null otherwise). */
    public record TableName(String name, String schema, String catalog) {
        public TableName {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String toString() {
            return (catalog == null ? "" : catalog + ".") + (schema == null ? "" : schema + ".") + name;
        }
    }

    /**
     * @param supertypes the mapped superclasses, from the direct superclass upwards
     * @param access the entity's default access type
     * @param constructor the no-argument constructor, as a handle returning the new instance
     */
    public EntityModel(String name, Class<?> javaType, TableName table, IdGeneration idGeneration,
            List<AttributeModel> attributes, List<Class<?>> supertypes, AttributeModel.AccessKind access,
            MethodHandle constructor) {
        this(name, javaType, table, idGeneration, attributes, supertypes, access, constructor, TableDefinition.NONE);
    }

    /**
     * @param tableDefinition the table's indexes, unique constraints, checks, comment and options
     */
    public EntityModel(String name, Class<?> javaType, TableName table, IdGeneration idGeneration,
            List<AttributeModel> attributes, List<Class<?>> supertypes, AttributeModel.AccessKind access,
            MethodHandle constructor, TableDefinition tableDefinition) {
        this(name, javaType, table, idGeneration, attributes, supertypes, access, constructor, tableDefinition, null);
    }

    /**
     * @param constructor null for an abstract class of an inheritance hierarchy, which is never instantiated
     * @param inheritance where it sits in a SINGLE_TABLE hierarchy; null when it is in none
     */
    public EntityModel(String name, Class<?> javaType, TableName table, IdGeneration idGeneration,
            List<AttributeModel> attributes, List<Class<?>> supertypes, AttributeModel.AccessKind access,
            MethodHandle constructor, TableDefinition tableDefinition, InheritanceModel inheritance) {
        this.name = Objects.requireNonNull(name, "name");
        this.javaType = Objects.requireNonNull(javaType, "javaType");
        this.table = Objects.requireNonNull(table, "table");
        this.idGeneration = Objects.requireNonNull(idGeneration, "idGeneration");
        this.attributes = new Attributes(javaType, attributes);
        this.ids = this.attributes.list().stream().filter(AttributeModel::id).collect(Collectors.toUnmodifiableList());
        List<AttributeModel> versions = this.attributes.list().stream().filter(AttributeModel::version).toList();
        if (ids.isEmpty()) {
            throw new IllegalArgumentException(javaType.getName() + " has no id attribute");
        }
        if (versions.size() > 1) {
            throw new IllegalArgumentException(javaType.getName() + " has more than one version attribute");
        }
        this.version = versions.isEmpty() ? null : versions.get(0);
        this.supertypes = List.copyOf(supertypes);
        this.access = Objects.requireNonNull(access, "access");
        this.instantiator = constructor == null ? null : new Instantiator(javaType, constructor);
        this.inheritance = inheritance;
        if (constructor == null && (inheritance == null || inheritance.value() != null)) {
            throw new IllegalArgumentException(javaType.getName() + " has no constructor");
        }
        this.tableDefinition = Objects.requireNonNull(tableDefinition, "tableDefinition");
    }

    /** The entity name used in queries: {@code @Entity(name)}, or the unqualified class name. */
    public String name() {
        return name;
    }

    public Class<?> javaType() {
        return javaType;
    }

    public TableName table() {
        return table;
    }

    /** The table's name: {@code @Table(name)}, or the entity name. */
    public String tableName() {
        return table.name();
    }

    /** The id attributes; one for a simple id. */
    public List<AttributeModel> idAttributes() {
        return ids;
    }

    /** The id attribute of an entity with a simple id. */
    public AttributeModel id() {
        if (ids.size() != 1) {
            throw new IllegalStateException(javaType.getName() + " has a composite id " + ids);
        }
        return ids.get(0);
    }

    /** What {@code @Table} declares beyond the name: indexes, unique constraints, checks, comment, options. */
    public TableDefinition tableDefinition() {
        return tableDefinition;
    }

    /** {@code @Table(indexes)}. */
    public List<IndexModel> indexes() {
        return tableDefinition.indexes();
    }

    /** {@code @Table(uniqueConstraints)}; single columns' {@code unique} stays on their {@link ColumnModel}. */
    public List<UniqueConstraintModel> uniqueConstraints() {
        return tableDefinition.uniqueConstraints();
    }

    public IdGeneration idGeneration() {
        return idGeneration;
    }

    public Optional<AttributeModel> version() {
        return Optional.ofNullable(version);
    }

    /** Every persistent attribute, in index order (see the class comment), ids and version included. */
    public List<AttributeModel> attributes() {
        return attributes.list();
    }

    public Optional<AttributeModel> findAttribute(String attributeName) {
        return attributes.find(attributeName);
    }

    /** The attribute called {@code attributeName}; IllegalArgumentException with a did-you-mean otherwise. */
    public AttributeModel attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    /** Every column of the entity's table, in attribute order, embedded ones flattened. */
    public List<ColumnModel> columns() {
        return attributes.list().stream().flatMap(a -> a.columns().stream()).toList();
    }

    /**
     * The {@code @MappedSuperclass} classes it inherits attributes from, nearest first; in a hierarchy,
     * only those below its nearest entity superclass (whose own are that entity's).
     */
    public List<Class<?>> supertypes() {
        return supertypes;
    }

    /** The default access type, from where {@code @Id} sits or from {@code @Access} on the class. */
    public AttributeModel.AccessKind access() {
        return access;
    }

    /** A new, empty instance, through the no-argument constructor. */
    public Object newInstance() {
        if (instantiator == null) {
            throw new IllegalStateException(javaType.getName() + " is abstract: only its subclasses have instances");
        }
        return instantiator.newInstance();
    }

    /** Where it sits in a SINGLE_TABLE inheritance hierarchy; empty when it is in none. */
    public Optional<InheritanceModel> inheritance() {
        return Optional.ofNullable(inheritance);
    }

    /**
     * What {@code TYPE(x)} of a row of exactly this class compares equal to: its discriminator value;
     * its entity name outside any hierarchy; for an abstract class, which has no rows, a value no row holds.
     */
    public Object typeValue() {
        if (inheritance == null) {
            return name;
        }
        if (inheritance.value() != null) {
            return inheritance.value();
        }
        return inheritance.discriminator().type() == InheritanceModel.DiscriminatorModel.Type.INTEGER
                ? Integer.MIN_VALUE : "abstract:" + name;
    }

    /** Whether it belongs to an inheritance hierarchy (as its root or below it). */
    public boolean inHierarchy() {
        return inheritance != null;
    }

    @Override
    public String toString() {
        return "EntityModel[" + name + " -> " + table + "]";
    }
}
