package dev.athanor.core.meta;

import java.util.List;
import java.util.Objects;

/**
 * One column an attribute is stored in, with the defaults of {@code @Column} already applied.
 *
 * @param name the column name, as written in the mapping (not quoted)
 * @param table the table it belongs to: the entity's table unless a mapping says otherwise
 * @param nullable whether schema generation writes it without NOT NULL
 * @param unique whether it carries a unique constraint of its own
 * @param length for character and binary columns; 255 by default
 * @param precision for decimal columns; 0 means the dialect's default
 * @param scale for decimal columns
 * @param insertable whether INSERT statements write it
 * @param updatable whether UPDATE statements write it
 * @param columnDefinition the SQL fragment to declare it with, or null for the dialect's type
 * @param javaType the Java type of the value bound to and read from the column: the attribute's
 *     type, or the converter's database type, {@code Integer} or {@code String} for an enum, the
 *     referenced id's type for a foreign key
 * @param options SQL appended to the column's definition ({@code @Column(options)}), or null
 * @param comment the column comment ({@code @Column(comment)}), or null
 * @param checks {@code @Column(check)}: check constraints on this column
 * @param secondPrecision fractional-second digits of a temporal column; {@link #DEFAULT_SECOND_PRECISION}
 *     leaves the dialect's
 */
public record ColumnModel(String name, String table, boolean nullable, boolean unique, int length, int precision,
        int scale, boolean insertable, boolean updatable, String columnDefinition, Class<?> javaType, String options,
        String comment, List<CheckModel> checks, int secondPrecision) {

    /** The length JPA gives a column that does not say. */
    public static final int DEFAULT_LENGTH = 255;
    /** {@code @Column(secondPrecision)}'s default: the database's own precision. */
    public static final int DEFAULT_SECOND_PRECISION = -1;

    public ColumnModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(javaType, "javaType");
        options = options == null || options.isBlank() ? null : options;
        comment = comment == null || comment.isEmpty() ? null : comment;
        checks = checks == null ? List.of() : List.copyOf(checks);
        if (secondPrecision < DEFAULT_SECOND_PRECISION) {
            throw new IllegalArgumentException("column " + name + ": secondPrecision " + secondPrecision
                    + " is negative");
        }
    }

    /** This column under another name (an XML mapping's override). */
    public ColumnModel withName(String newName) {
        return new ColumnModel(newName, table, nullable, unique, length, precision, scale, insertable, updatable,
                columnDefinition, javaType, options, comment, checks, secondPrecision);
    }

    /** Whether the column is written by at least one of INSERT and UPDATE. */
    public boolean writable() {
        return insertable || updatable;
    }

    @Override
    public String toString() {
        return table + "." + name;
    }
}
