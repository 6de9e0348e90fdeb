package dev.athanor.core.schema;

import dev.athanor.core.sql.ast.ColumnDef;
import dev.athanor.core.sql.ast.CreateTable;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares the tables schema generation would create with the catalog that JDBC's
 * {@link DatabaseMetaData} reports for the connection's current catalog and schema: every table
 * and column must exist (names compared without regard to case), with a type of a compatible
 * {@link SqlTypeFamily} and the same nullability. Extra tables and columns are the database's
 * business and are not reported; neither are sequences, indexes and foreign keys.
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

    /** A column as the catalog reports it. */
    private record FoundColumn(String type, boolean nullable) {
    }
}
