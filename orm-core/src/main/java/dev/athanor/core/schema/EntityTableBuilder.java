package dev.athanor.core.schema;

import dev.athanor.core.dialect.Dialect;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.ColumnModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.sql.ast.ColumnDef;
import dev.athanor.core.sql.ast.CreateTable;
import dev.athanor.core.sql.ast.ForeignKey;
import dev.athanor.core.sql.ast.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one entity into its {@link EntityTable}: a column per mapped column (embedded ones
 * flattened), typed by {@code columnDefinition} or by the dialect from the stored Java type with
 * length, precision and scale; NOT NULL where the column is not nullable; the id columns as
 * primary key; an identity column for IDENTITY and AUTO ids; a unique constraint for each
 * {@code unique} column; a foreign key for each to-one join column.
 */
final class EntityTableBuilder {

    /** MySQL's limit on identifier length; SQLite has none, so one rule serves both. */
    private static final int MAX_NAME = 64;
    /** Large objects get the largest type the dialect has for their Java type. */
    private static final int LOB_LENGTH = Integer.MAX_VALUE;

    private final Metadata metadata;
    private final Dialect dialect;

    EntityTableBuilder(Metadata metadata, Dialect dialect) {
        this.metadata = metadata;
        this.dialect = dialect;
    }

    EntityTable build(EntityModel entity) {
        String table = entity.tableName();
        Map<String, ColumnModel> columns = columns(entity);
        Map<String, Boolean> lobs = lobColumns(entity);
        List<String> primaryKey = entity.idAttributes().stream()
                .flatMap(id -> id.columns().stream()).map(ColumnModel::name).toList();
        boolean identity = SchemaGenerator.usesIdentity(entity.idGeneration());
        List<ColumnDef> definitions = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (ColumnModel column : columns.values()) {
            String type = type(column, lobs.getOrDefault(column.name(), false));
            boolean key = primaryKey.contains(column.name());
            definitions.add(identity && key
                    ? ColumnDef.identity(column.name(), type)
                    : new ColumnDef(column.name(), type, column.nullable() && !key, null, false));
            if (column.unique() && !(key && primaryKey.size() == 1)) {
                uniques.add(new UniqueConstraint(constraintName("uk", table, column.name()), List.of(column.name())));
            }
        }
        return new EntityTable(entity, new CreateTable(table, definitions, primaryKey, uniques, List.of(), List.of()),
                foreignKeys(entity));
    }

    /** The columns of the entity's own table by name; a column mapped twice (once read-only) counts once, writable first. */
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
        return dialect.typeName(column.javaType(), length, column.precision(), column.scale());
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
        String name = prefix + "_" + table + "_" + column;
        if (name.length() <= MAX_NAME) {
            return name;
        }
        String hash = Integer.toHexString(name.hashCode());
        return name.substring(0, MAX_NAME - hash.length() - 1) + "_" + hash;
    }
}
