package dev.athanor.core.schema;

import dev.athanor.core.sql.ast.ColumnDef;
import dev.athanor.core.sql.ast.CreateIndex;
import dev.athanor.core.sql.ast.CreateTable;
import dev.athanor.core.sql.ast.UniqueConstraint;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Compares the tables schema generation would create with the catalog that JDBC's
 * {@link DatabaseMetaData} reports for the connection's current catalog and schema: every table
 * and column must exist (names compared without regard to case), with a type of a compatible
 * {@link SqlTypeFamily} and the same nullability; every index of the mapping must exist by name, and
 * every unique constraint as a unique index over its columns (SQLite names the indexes of inline
 * UNIQUE constraints itself). Extra tables, columns and indexes are the database's business and are
 * not reported; neither are sequences, checks and foreign keys.
 */
final class SchemaValidator {

    private final SchemaGenerator generator;

    SchemaValidator(SchemaGenerator generator) {
        this.generator = generator;
    }

    /** Every difference found, in model order; empty when the database matches. */
    List<SchemaDifference> differences(Connection connection) throws SQLException {
        DatabaseMetaData catalog = connection.getMetaData();
        String catalogName = connection.getCatalog();
        Map<String, String> tables = tableNames(catalog, catalogName);
        List<SchemaDifference> differences = new ArrayList<>();
        for (EntityTable table : generator.tables()) {
            compare(table.entity().name(), table.table(), tables, catalog, catalogName, differences);
            String actual = tables.get(key(table.name()));
            if (actual != null) {
                compareIndexes(table, catalog, catalogName, actual, differences);
            }
        }
        for (IdGeneratorObject object : generator.idGenerators()) {
            if (object.isTable()) {
                compare("id generator of " + String.join(", ", object.users()), object.table(), tables, catalog,
                        catalogName, differences);
            }
        }
        return differences;
    }

    private static void compare(String owner, CreateTable expected, Map<String, String> tables,
            DatabaseMetaData catalog, String catalogName, List<SchemaDifference> differences) throws SQLException {
        String actual = tables.get(key(expected.table()));
        if (actual == null) {
            differences.add(new SchemaDifference(owner, expected.table(), null, "a table", "missing"));
            return;
        }
        Map<String, FoundColumn> columns = columns(catalog, catalogName, actual);
        for (ColumnDef column : expected.columns()) {
            FoundColumn found = columns.get(key(column.name()));
            boolean nullable = column.nullable() && !expected.primaryKey().contains(column.name());
            String wanted = column.type() + (nullable ? " NULL" : " NOT NULL");
            if (found == null) {
                differences.add(new SchemaDifference(owner, expected.table(), column.name(), wanted, "missing"));
            } else if (!SqlTypeFamily.of(column.type()).accepts(SqlTypeFamily.of(found.type()))
                    // SQLite reports an INTEGER PRIMARY KEY as nullable, yet it never holds null
                    || !column.identity() && found.nullable() != nullable) {
                differences.add(new SchemaDifference(owner, expected.table(), column.name(), wanted,
                        found.type() + (found.nullable() ? " NULL" : " NOT NULL")));
            }
        }
    }

    private static void compareIndexes(EntityTable table, DatabaseMetaData catalog, String catalogName, String actual,
            List<SchemaDifference> differences) throws SQLException {
        if (table.indexes().isEmpty() && table.table().uniques().isEmpty()) {
            return;
        }
        Map<String, FoundIndex> found = indexes(catalog, catalogName, actual);
        String owner = table.entity().name();
        for (CreateIndex index : table.indexes()) {
            FoundIndex present = found.get(key(index.name()));
            String columns = index.columns().stream().map(c -> c.name() + (c.descending() ? " DESC" : ""))
                    .collect(Collectors.joining(", "));
            String wanted = (index.unique() ? "unique index " : "index ") + index.name() + " (" + columns + ")";
            if (present == null) {
                differences.add(new SchemaDifference(owner, table.name(), null, wanted, "missing"));
            } else if (index.unique() && !present.unique()) {
                differences.add(new SchemaDifference(owner, table.name(), null, wanted, "a non-unique index"));
            }
        }
        for (UniqueConstraint unique : table.table().uniques()) {
            List<String> wanted = unique.columns().stream().map(SchemaValidator::key).sorted().toList();
            boolean present = found.values().stream()
                    .anyMatch(i -> i.unique() && i.columns().stream().map(SchemaValidator::key).sorted().toList()
                            .equals(wanted));
            if (!present) {
                differences.add(new SchemaDifference(owner, table.name(), null, "unique constraint " + unique.name()
                        + " (" + String.join(", ", unique.columns()) + ")", "missing"));
            }
        }
    }

    /** The table's indexes by lower-case name, each with its columns in index order. */
    private static Map<String, FoundIndex> indexes(DatabaseMetaData catalog, String catalogName, String table)
            throws SQLException {
        Map<String, FoundIndex> indexes = new LinkedHashMap<>();
        try (ResultSet rs = catalog.getIndexInfo(catalogName, null, table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                if (name == null || column == null || !rs.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    continue; // table statistics, or an index over an expression
                }
                FoundIndex index = indexes.get(key(name));
                if (index == null) {
                    index = new FoundIndex(!rs.getBoolean("NON_UNIQUE"), new ArrayList<>());
                    indexes.put(key(name), index);
                }
                index.columns().add(column); // rows come in ORDINAL_POSITION order within an index
            }
        }
        return indexes;
    }

    private static Map<String, String> tableNames(DatabaseMetaData catalog, String catalogName) throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        try (ResultSet rs = catalog.getTables(catalogName, null, "%", null)) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                names.putIfAbsent(key(name), name);
            }
        }
        return names;
    }

    private static Map<String, FoundColumn> columns(DatabaseMetaData catalog, String catalogName, String table)
            throws SQLException {
        Map<String, FoundColumn> columns = new LinkedHashMap<>();
        try (ResultSet rs = catalog.getColumns(catalogName, null, table, "%")) {
            while (rs.next()) {
                // the name is a pattern, where '_' matches any character: keep only the table asked for
                if (rs.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    columns.put(key(rs.getString("COLUMN_NAME")), new FoundColumn(rs.getString("TYPE_NAME"),
                            !"NO".equalsIgnoreCase(rs.getString("IS_NULLABLE"))));
                }
            }
        }
        return columns;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** An index as the catalog reports it; columns in order. */
    private record FoundIndex(boolean unique, List<String> columns) {
    }

    /** A column as the catalog reports it. */
    private record FoundColumn(String type, boolean nullable) {
    }
}
