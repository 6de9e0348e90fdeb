package dev.athanor.core.schema;

import java.util.Locale;

/**
 * Broad kinds of column types, for telling whether a column the database reports can hold what
 * the mapping stores. Databases spell one type many ways (SQLite keeps the declared text, MariaDB
 * reports BOOLEAN as BIT or TINYINT, DATETIME(6) as DATETIME), so validation compares kinds, not
 * names; a type of no known kind is compatible with everything.
 */
enum SqlTypeFamily {
    INTEGER, DECIMAL, TEXT, BINARY, TEMPORAL, OTHER;

    /** The kind of a type name such as {@code VARCHAR(100)}, {@code BIGINT UNSIGNED} or {@code varchar(20) default 'x'}. */
    static SqlTypeFamily of(String typeName) {
        if (typeName == null) {
            return OTHER;
        }
        String type = typeName.strip().toUpperCase(Locale.ROOT);
        int end = 0;
        while (end < type.length() && (Character.isLetter(type.charAt(end)) || type.charAt(end) == '_')) {
            end++;
        }
        String word = type.substring(0, end);
        if (word.contains("INT") || word.startsWith("BOOL") || word.equals("BIT") || word.equals("SERIAL")) {
            return INTEGER;
        }
        if (word.contains("CHAR") || word.contains("TEXT") || word.contains("CLOB") || word.equals("ENUM")
                || word.equals("UUID")) {
            return TEXT;
        }
        if (word.contains("BLOB") || word.contains("BINARY")) {
            return BINARY;
        }
        if (word.startsWith("DATE") || word.startsWith("TIME") || word.equals("YEAR")) {
            return TEMPORAL;
        }
        if (word.startsWith("DEC") || word.equals("NUMERIC") || word.equals("NUMBER") || word.equals("REAL")
                || word.startsWith("FLOAT") || word.startsWith("DOUBLE")) {
            return DECIMAL;
        }
        return OTHER;
    }

    /** Whether a column of kind {@code found} can hold values of this kind. */
    boolean accepts(SqlTypeFamily found) {
        return this == found || this == OTHER || found == OTHER;
    }
}
