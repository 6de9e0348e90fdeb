package dev.athanor.core.sql.ast;

/**
 * One column of a CREATE TABLE. {@code type} is the dialect's type name (or a columnDefinition),
 * written as given. {@code defaultValue} may be null; a DEFAULT takes literals and functions, never
 * bind parameters. An {@code identity} column is filled by the database (auto-increment) and must
 * be the table's whole primary key.
 */
public record ColumnDef(String name, String type, boolean nullable, Expression defaultValue, boolean identity) {

    public ColumnDef {
        Requires.name(name, "a column definition");
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("column " + name + " needs a type");
        }
        if (identity && defaultValue != null) {
            throw new IllegalArgumentException("identity column " + name + " is filled by the database; it takes"
                    + " no DEFAULT");
        }
    }

    public static ColumnDef of(String name, String type) {
        return new ColumnDef(name, type, true, null, false);
    }

    public static ColumnDef notNull(String name, String type) {
        return new ColumnDef(name, type, false, null, false);
    }

    public static ColumnDef identity(String name, String type) {
        return new ColumnDef(name, type, false, null, true);
    }

    public ColumnDef withDefault(Expression value) {
        return new ColumnDef(name, type, nullable, value, identity);
    }
}
