package dev.athanor.core.schema;

import dev.athanor.core.dialect.Dialect;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.ColumnModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.InheritanceModel;
import dev.athanor.core.meta.JoinTableModel;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.sql.ast.ColumnDef;
import dev.athanor.core.sql.ast.CreateTable;
import dev.athanor.core.sql.ast.ForeignKey;
import dev.athanor.core.sql.ast.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one entity (for a SINGLE_TABLE hierarchy, its root and every subclass, whose columns are then
 * nullable, with the discriminator column NOT NULL) into its {@link EntityTable}: a column per mapped column (embedded ones
 * flattened), typed by {@code columnDefinition} or by the dialect from the stored Java type with
 * length, precision, scale and fractional seconds, with its options and comment; NOT NULL where
 * the column is not nullable; the id columns as primary key; an identity column for IDENTITY and
 * AUTO ids; the unique constraints, checks and indexes {@link TableConstraints} names; the table's
 * comment and options; a foreign key for each to-one join column. The foreign key column a
 * unidirectional {@code @OneToMany @JoinColumn} of another entity puts into this entity's table is
 * added here, nullable (it is written by an UPDATE after the row's INSERT), and so is the order column
 * of a list without a join table. {@link #joinTables} declares the join tables of an entity's owning
 * to-many attributes, with the list's order column when it has one.
 */
final class EntityTableBuilder {

    /** Large objects get the largest type the dialect has for their Java type. */
    private static final int LOB_LENGTH = Integer.MAX_VALUE;
    private static final Pattern FRACTIONAL_SECONDS = Pattern.compile("((?i:DATETIME|TIMESTAMP|TIME))\\(\\d+\\)");

    private final Metadata metadata;
    private final Dialect dialect;

    EntityTableBuilder(Metadata metadata, Dialect dialect) {
        this.metadata = metadata;
        this.dialect = dialect;
    }

    EntityTable build(EntityModel entity) {
        String table = entity.tableName();
        List<EntityModel> members = metadata.subtypes(entity);
        Map<String, ColumnModel> columns = columns(entity);
        // a subclass's column holds NULL in the rows of every other class, whatever its mapping says
        java.util.Set<String> ofSubclasses = new java.util.HashSet<>();
        for (EntityModel member : members.subList(1, members.size())) {
            columns(member).forEach((name, column) -> {
                if (columns.putIfAbsent(name, column) == null) {
                    ofSubclasses.add(name);
                }
            });
        }
        Map<String, Boolean> lobs = new LinkedHashMap<>();
        members.forEach(member -> lobs.putAll(lobColumns(member)));
        List<String> primaryKey = entity.idAttributes().stream()
                .flatMap(id -> id.columns().stream()).map(ColumnModel::name).toList();
        boolean identity = SchemaGenerator.usesIdentity(entity.idGeneration());
        List<ColumnDef> definitions = new ArrayList<>();
        for (ColumnModel column : columns.values()) {
            String type = type(column, lobs.getOrDefault(column.name(), false));
            boolean key = primaryKey.contains(column.name());
            ColumnDef definition = identity && key
                    ? ColumnDef.identity(column.name(), type)
                    : new ColumnDef(column.name(), type, column.nullable() && !key || ofSubclasses.contains(column.name()),
                            null, false);
            definitions.add(definition.withOptionsAndComment(column.options(), column.comment()));
        }
        entity.inheritance().map(InheritanceModel::discriminator)
                .filter(discriminator -> !columns.containsKey(discriminator.column()))
                .ifPresent(discriminator -> definitions.add(new ColumnDef(discriminator.column(), dialect.typeName(
                        discriminator.javaType(), discriminator.length(), 0, 0), false, null, false)));
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (EntityModel member : members) {
            for (ForeignKey key : foreignKeys(member)) {
                if (foreignKeys.stream().noneMatch(k -> k.name().equals(key.name()))) {
                    foreignKeys.add(key);
                }
            }
        }
        for (OwnerForeignKey referencing : members.stream().flatMap(m -> toManysReferencing(m).stream()).toList()) {
            ColumnModel column = referencing.attribute().collection().foreignKey();
            if (!columns.containsKey(column.name())
                    && definitions.stream().noneMatch(d -> d.name().equals(column.name()))) {
                definitions.add(new ColumnDef(column.name(), type(column, false), true, null, false));
                EntityModel owner = referencing.owner();
                foreignKeys.add(ForeignKey.of(constraintName("fk", table, column.name()), List.of(column.name()),
                        owner.tableName(), List.of(owner.id().column().name())));
            }
        }
        for (ColumnModel column : members.stream().flatMap(m -> orderColumnsIn(m).stream()).toList()) {
            boolean declared = definitions.stream().anyMatch(d -> d.name().equals(column.name()));
            if (!columns.containsKey(column.name()) && !declared) {
                definitions.add(orderColumn(column));
            }
        }
        TableConstraints constraints = TableConstraints.of(entity, columns.values(), primaryKey);
        CreateTable create = new CreateTable(table, definitions, primaryKey, constraints.uniques(), List.of(),
                constraints.checks(), entity.tableDefinition().comment(), entity.tableDefinition().options());
        return new EntityTable(entity, create, foreignKeys, constraints.indexes());
    }

    /**
     * The join tables of {@code entity}'s owning to-many attributes: a NOT NULL column for each side,
     * each a foreign key to its table; a set's rows are unique, so both columns are its primary key;
     * a one-to-many's element belongs to one owner, so its column is unique.
     */
    List<EntityTable> joinTables(EntityModel entity) {
        List<EntityTable> tables = new ArrayList<>();
        for (AttributeModel attribute : entity.attributes()) {
            if (!attribute.kind().toMany() || !attribute.collection().owning()
                    || attribute.collection().joinTable() == null || inherited(entity, attribute)) {
                continue;
            }
            JoinTableModel join = attribute.collection().joinTable();
            EntityModel element = metadata.entity(attribute.collection().elementEntity());
            String owner = join.ownerColumn().name();
            String target = join.elementColumn().name();
            List<ColumnDef> definitions = new ArrayList<>(List.of(
                    new ColumnDef(owner, type(join.ownerColumn(), false), false, null, false),
                    new ColumnDef(target, type(join.elementColumn(), false), false, null, false)));
            if (attribute.collection().ordered()) {
                definitions.add(orderColumn(attribute.collection().orderColumn()));
            }
            List<String> primaryKey = attribute.collection().distinctElements()
                    ? List.of(owner, target) : List.of();
            List<UniqueConstraint> uniques = attribute.kind() == AttributeModel.Kind.ONE_TO_MANY
                    ? List.of(new UniqueConstraint(TableConstraints.name("uk", join.name(), List.of(target)),
                            List.of(target)))
                    : List.of();
            CreateTable create = new CreateTable(join.name(), definitions, primaryKey, uniques, List.of(), List.of(),
                    null, null);
            List<ForeignKey> keys = List.of(
                    ForeignKey.of(constraintName("fk", join.name(), owner), List.of(owner), entity.tableName(),
                            List.of(join.ownerReferencedColumn())),
                    ForeignKey.of(constraintName("fk", join.name(), target), List.of(target), element.tableName(),
                            List.of(join.elementReferencedColumn())));
            tables.add(new EntityTable(entity, create, keys, List.of()));
        }
        return tables;
    }

    /** A unidirectional {@code @OneToMany @JoinColumn} of {@code owner}. */
    private record OwnerForeignKey(EntityModel owner, AttributeModel attribute) {
    }

    /** The unidirectional {@code @OneToMany @JoinColumn} attributes whose foreign key is in {@code entity}'s table. */
    private List<OwnerForeignKey> toManysReferencing(EntityModel entity) {
        List<OwnerForeignKey> found = new ArrayList<>();
        for (EntityModel owner : metadata.entities()) {
            for (AttributeModel attribute : owner.attributes()) {
                if (attribute.kind().toMany() && attribute.collection().owning() && !inherited(owner, attribute)
                        && attribute.collection().foreignKey() != null
                        && attribute.collection().elementEntity() == entity.javaType()) {
                    found.add(new OwnerForeignKey(owner, attribute));
                }
            }
        }
        return found;
    }

    /**
     * The order columns other entities' lists ({@code @OrderColumn} without a join table) put into
     * {@code entity}'s table: a unidirectional {@code @JoinColumn} one's, or a {@code mappedBy} one's.
     */
    private List<ColumnModel> orderColumnsIn(EntityModel entity) {
        List<ColumnModel> found = new ArrayList<>();
        for (EntityModel owner : metadata.entities()) {
            for (AttributeModel attribute : owner.attributes()) {
                if (attribute.kind().toMany() && attribute.collection().ordered() && !inherited(owner, attribute)
                        && attribute.collection().joinTable() == null
                        && attribute.collection().elementEntity() == entity.javaType()) {
                    found.add(attribute.collection().orderColumn());
                }
            }
        }
        return found;
    }

    /** Whether {@code entity} inherits {@code attribute} from an entity superclass, whose own table declares it. */
    private static boolean inherited(EntityModel entity, AttributeModel attribute) {
        Class<?> parent = entity.inheritance().map(InheritanceModel::parent).orElse(null);
        return parent != null && attribute.declaringClass().isAssignableFrom(parent);
    }

    /** An order column: INTEGER unless its {@code columnDefinition} says otherwise, NOT NULL unless nullable. */
    private ColumnDef orderColumn(ColumnModel column) {
        return new ColumnDef(column.name(), type(column, false), column.nullable(), null, false)
                .withOptionsAndComment(column.options(), null);
    }

    /** The columns of the entity's own table by name; a column mapped twice (once read-only) counts once. */
    private static Map<String, ColumnModel> columns(EntityModel entity) {
        Map<String, ColumnModel> columns = new LinkedHashMap<>();
        for (ColumnModel column : entity.columns()) {
            if (!column.table().equals(entity.tableName())) {
                continue;
            }
            ColumnModel seen = columns.get(column.name());
            if (seen == null || !seen.writable() && column.writable()) {
                columns.put(column.name(), column);
            }
        }
        return columns;
    }

    private static Map<String, Boolean> lobColumns(EntityModel entity) {
        Map<String, Boolean> lobs = new LinkedHashMap<>();
        collectLobs(entity.attributes(), lobs);
        return lobs;
    }

    private static void collectLobs(List<AttributeModel> attributes, Map<String, Boolean> lobs) {
        for (AttributeModel attribute : attributes) {
            if (attribute.kind() == AttributeModel.Kind.EMBEDDED) {
                collectLobs(attribute.embeddedAttributes(), lobs);
            } else if (attribute.kind() == AttributeModel.Kind.BASIC && attribute.lob()) {
                attribute.columns().forEach(c -> lobs.put(c.name(), true));
            }
        }
    }

    private String type(ColumnModel column, boolean lob) {
        if (column.columnDefinition() != null && !column.columnDefinition().isBlank()) {
            return column.columnDefinition();
        }
        int length = lob && column.length() == ColumnModel.DEFAULT_LENGTH ? LOB_LENGTH : column.length();
        String type = dialect.typeName(column.javaType(), length, column.precision(), column.scale());
        return column.secondPrecision() == ColumnModel.DEFAULT_SECOND_PRECISION ? type
                : withFractionalSeconds(type, column.secondPrecision());
    }

    /**
     * A temporal type with {@code digits} fractional-second digits, where the dialect's type gives
     * them in parentheses ({@code DATETIME(6)}, {@code TIME(6)} on MySQL). A type without them
     * (SQLite's, which stores text and keeps what it is given) stays as it is.
     */
    static String withFractionalSeconds(String type, int digits) {
        Matcher matcher = FRACTIONAL_SECONDS.matcher(type);
        return matcher.matches() ? matcher.group(1) + "(" + digits + ")" : type;
    }

    private List<ForeignKey> foreignKeys(EntityModel entity) {
        List<ForeignKey> keys = new ArrayList<>();
        for (AttributeModel attribute : entity.attributes()) {
            if (!attribute.kind().toOne() || !attribute.joinColumn().column().table().equals(entity.tableName())) {
                continue;
            }
            var join = attribute.joinColumn();
            EntityModel target = metadata.entity(join.targetEntity());
            keys.add(ForeignKey.of(constraintName("fk", entity.tableName(), join.name()), List.of(join.name()),
                    target.tableName(), List.of(join.referencedColumnName())));
        }
        return keys;
    }

    /**
     * {@code <prefix>_<table>_<column>}, shortened to 64 characters with a hash of the whole name so
     * that two long names stay distinct.
     */
    static String constraintName(String prefix, String table, String column) {
        return TableConstraints.name(prefix, table, List.of(column));
    }
}
