package dev.athanor.core.sql.ast;

/**
 * One column of a CREATE TABLE. {@code type} is the dialect's type name (or a columnDefinition),
 * written as given. {@code defaultValue} may be null; a DEFAULT takes literals and functions, never
 * bind parameters. An {@code identity} column is filled by the database (auto-increment) and must
 * be the table's whole primary key. {@code options} is SQL appended to the definition as given
 * (JPA's {@code @Column(options)}); {@code comment} is text, quoted by the renderer, and left out
 * where the database keeps no column comments. Both may be null.
 */
public record ColumnDef(String name, String type, boolean nullable, Expression defaultValue, boolean identity,
                        String options, String comment) {

    public ColumnDef(String name, String type, boolean nullable, Expression defaultValue, boolean identity) {
        this(name, type, nullable, defaultValue, identity, null, null);
    }

    public ColumnDef {
        options = options == null || options.isBlank() ? null : options;
        comment = comment == null || comment.isEmpty() ? null : comment;
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
        return new ColumnDef(name, type, nullable, value, identity, options, comment);
    }

    /** This column with SQL {@code options} appended to its definition and a {@code comment} (either may be null). */
    public ColumnDef withOptionsAndComment(String newOptions, String newComment) {
        return new ColumnDef(name, type, nullable, defaultValue, identity, newOptions, newComment);
    }
}
